package org.spasmcare.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;

/**
 * The one HTTP client of the tests: a visitor of a running app (in this JVM or a separate process) as a
 * browser without script. It keeps its cookies (the session), follows no redirects (tests look at them),
 * and reads the CSRF token from the form of the page it is on (with jsoup), as a browser sends it back.
 * Safe to share between threads once signed in.
 */
public final class HttpSession {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** One client for every session: the cookies are this class's own, so nothing of one visitor leaks to another. */
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final String baseUrl;
    /** Cookie name to value; shared with the same session sent to another address ({@link #on(String)}). */
    private final Map<String, String> cookies;

    /** A new visitor, without cookies. */
    public HttpSession(String baseUrl) {
        this(baseUrl, new ConcurrentHashMap<>());
    }

    private HttpSession(String baseUrl, Map<String, String> cookies) {
        this.baseUrl = baseUrl;
        this.cookies = cookies;
    }

    /**
     * The same browser session sent to another address, as a load balancer would send it to another app
     * instance: both share their cookies from now on, whichever of them the app gives a new one.
     */
    public HttpSession on(String otherBaseUrl) {
        return new HttpSession(otherBaseUrl, cookies);
    }

    /** Registers a new patient, who is then signed in. */
    public static HttpSession register(String baseUrl, String username, String password) {
        HttpSession session = new HttpSession(baseUrl);
        HttpResponse<String> registered = session.submit("/register", "/register",
                Map.of("username", username, "password", password, "confirmPassword", password));
        assertThat(registered.statusCode()).as("registering " + username).isEqualTo(302);
        return session;
    }

    /** Signs a patient in through the sign-in form; empty when the app refuses (a 302 anywhere but the log). */
    public static Optional<HttpSession> signIn(String baseUrl, String username, String password) {
        HttpSession session = new HttpSession(baseUrl);
        HttpResponse<String> signedIn = session.signIn(username, password);
        return isRedirectToLog(signedIn) ? Optional.of(session) : Optional.empty();
    }

    /** Posts the sign-in form, with the token of the sign-in page, and answers the app's answer. */
    public HttpResponse<String> signIn(String username, String password) {
        return submit("/login", "/login", Map.of("username", username, "password", password));
    }

    /** Starts the signed-in patient's recovery log by hand, from an onset date. */
    public void startLog(LocalDate onset) {
        HttpResponse<String> started = submit("/log", "/log/start", Map.of("onsetDate", onset.toString()));
        assertThat(isRedirectToLog(started)).as("starting the log: %s %s", started.statusCode(), started.headers().map())
                .isTrue();
    }

    /** The "saved" answer of the log's forms: a redirect back to /log (not to /login). */
    public static boolean isRedirectToLog(HttpResponse<?> response) {
        return response.statusCode() == 302
                && response.headers().firstValue("Location").filter(location -> location.endsWith("/log")).isPresent();
    }

    /** GETs a page and reads the CSRF token from its first form. */
    public String csrfToken(String path) {
        HttpResponse<String> page = get(path);
        Optional<String> token = csrfTokenIn(page.body());
        assertThat(token).as("a CSRF token on " + path + " (status " + page.statusCode() + ")").isPresent();
        return token.get();
    }

    /** The CSRF token of the first form of a page that has one. */
    public static Optional<String> csrfTokenIn(String html) {
        return Optional.ofNullable(Jsoup.parse(html).selectFirst("form input[name=_csrf]")).map(input -> input.attr("value"));
    }

    /** Opens {@code page} and posts {@code fields} to {@code action} with the CSRF token that page carries. */
    public HttpResponse<String> submit(String page, String action, Map<String, String> fields) {
        List<String> namesAndValues = new ArrayList<>(List.of("_csrf", csrfToken(page)));
        fields.forEach((name, value) -> {
            namesAndValues.add(name);
            namesAndValues.add(value);
        });
        return post(action, form(namesAndValues.toArray(String[]::new)));
    }

    /** Name-value pairs as an application/x-www-form-urlencoded body. */
    public static String form(String... namesAndValues) {
        StringJoiner body = new StringJoiner("&");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.add(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    /** A GET as a browser sends it (asking for HTML). */
    public HttpResponse<String> get(String path) {
        return get(path, "text/html");
    }

    public HttpResponse<String> get(String path, String accept) {
        return send(request(path).setHeader("Accept", accept).GET().build());
    }

    /** Posts the fields as they are: put the token in yourself (see {@link #csrfToken}), or leave it out to test CSRF. */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        List<String> namesAndValues = new ArrayList<>();
        fields.forEach((name, value) -> {
            namesAndValues.add(name);
            namesAndValues.add(value);
        });
        return post(path, form(namesAndValues.toArray(String[]::new)));
    }

    /** Posts an application/x-www-form-urlencoded body (see {@link #form}). */
    public HttpResponse<String> post(String path, String form) {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** A GET of a file, its body as bytes. */
    public HttpResponse<byte[]> download(String path) {
        return send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The cookies as sent in a Cookie header (NAME=value; ...), empty before the app sets one. */
    public String cookie() {
        return cookies.entrySet().stream().map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
    }

    /** A request to {@code path} of this session's app, with its cookies, asking for HTML unless told otherwise. */
    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(TIMEOUT)
                .header("Accept", "text/html");
        String current = cookie();
        if (!current.isEmpty()) {
            builder.header("Cookie", current);
        }
        return builder;
    }

    /** Sends a request, keeping the cookies the app sets; a failed connection is an UncheckedIOException. */
    public HttpResponse<String> send(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        HttpResponse<T> response;
        try {
            response = HTTP.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        for (String setCookie : response.headers().allValues("Set-Cookie")) {
            String pair = setCookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals > 0) {
                String name = pair.substring(0, equals).strip();
                String value = pair.substring(equals + 1).strip();
                if (value.isEmpty() || setCookie.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
        }
        return response;
    }
}
