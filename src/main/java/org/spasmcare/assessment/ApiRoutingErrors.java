package org.spasmcare.assessment;

import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The API's 405, 406 and 415 as RFC 9457 problems. Spring finds these before any controller is chosen, so
 * {@link AssessmentApiErrors} (bound to the API's controller) never sees them; this one looks at the path
 * instead, and leaves pages to the HTML error page. The problem is JSON even for a client that asked for
 * something else: that is what the 406 is about.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiRoutingErrors {

    private static final String API = "/api/";

    private final MessageSource messages;

    ApiRoutingErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> methodNotAllowed(HttpRequestMethodNotSupportedException exception,
            HttpServletRequest request, Locale locale) throws HttpRequestMethodNotSupportedException {
        if (!isApi(request)) {
            throw exception;
        }
        Set<HttpMethod> allowed = exception.getSupportedHttpMethods();
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
                .allow(allowed == null ? new HttpMethod[0] : allowed.toArray(HttpMethod[]::new))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(HttpStatus.METHOD_NOT_ALLOWED, "api.error.method", locale));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException exception,
            HttpServletRequest request, Locale locale) throws HttpMediaTypeNotAcceptableException {
        if (!isApi(request)) {
            throw exception;
        }
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(HttpStatus.NOT_ACCEPTABLE, "api.error.accept", locale));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unsupported(HttpMediaTypeNotSupportedException exception,
            HttpServletRequest request, Locale locale) throws HttpMediaTypeNotSupportedException {
        if (!isApi(request)) {
            throw exception;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                messages.getMessage("api.error.mediaType", null, locale));
        problem.setTitle(messages.getMessage("api.error.mediaType.title", null, locale));
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private ProblemDetail problem(HttpStatus status, String key, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, null, locale));
        problem.setTitle(messages.getMessage(key + ".title", null, locale));
        return problem;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length()).startsWith(API);
    }
}
