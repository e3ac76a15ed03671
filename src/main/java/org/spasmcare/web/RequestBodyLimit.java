package org.spasmcare.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.support.RequestContextUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bounds every request body before anything parses it: the JSON API's at {@link #API_BYTES}, every form's at
 * {@link #FORM_BYTES}. A declared length over the bound is answered 413 at once (an RFC 9457 problem for the
 * API, the error page otherwise); a body without one stops with {@link BodyTooLargeException} once it passes
 * the bound. Tomcat's own form limit (server.tomcat.max-http-form-post-size) matches {@link #FORM_BYTES}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestBodyLimit extends OncePerRequestFilter {

    /** A real assessment is well under 3 KB (every code twice over, pretty-printed). */
    public static final int API_BYTES = 8 * 1024;
    /**
     * The largest form, a treatment's content (about 30,000 characters over all its fields), stays under this
     * even when every character is non-Latin and percent-encoded (up to 9 bytes each).
     */
    public static final int FORM_BYTES = 512 * 1024;

    private static final String API = "/api/";

    private final MessageSource messages;
    private final JsonMapper json;

    RequestBodyLimit(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /** Thrown while reading a body that turns out longer than its bound. */
    public static final class BodyTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        BodyTooLargeException(long limit) {
            super("request body over " + limit + " bytes");
        }
    }

    static long limitFor(HttpServletRequest request) {
        return path(request).startsWith(API) ? API_BYTES : FORM_BYTES;
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitFor(request);
        if (request.getContentLengthLong() > limit) {
            refuse(request, response);
            return;
        }
        chain.doFilter(new Bounded(request, limit), response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!path(request).startsWith(API)) {
            response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
            return;
        }
        Locale locale = RequestContextUtils.getLocale(request);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", messages.getMessage("api.error.tooLarge.title", null, locale));
        problem.put("status", HttpStatus.CONTENT_TOO_LARGE.value());
        problem.put("detail", messages.getMessage("api.error.tooLarge", new Object[] {String.valueOf(API_BYTES)},
                locale));
        problem.put("instance", path(request));
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        // the unread body is not wanted: the connection closes rather than reading it all
        response.setHeader("Connection", "close");
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }

    /** The request with a body that stops at its bound. */
    private static final class Bounded extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream body;

        Bounded(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (body == null) {
                body = new BoundedStream(super.getInputStream(), limit);
            }
            return body;
        }
    }

    private static final class BoundedStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private long read;

        BoundedStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > limit) {
                throw new BodyTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** For a caller that reads a body itself: at most {@code limit} bytes, or {@link BodyTooLargeException}. */
    public static byte[] readAtMost(InputStream in, int limit) throws IOException {
        byte[] bytes = in.readNBytes(limit + 1);
        if (bytes.length > limit) {
            throw new BodyTooLargeException(limit);
        }
        return bytes;
    }
}
