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
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser session over plain HTTP against a running app: its cookie kept, the CSRF token read from
 * a form. Safe to share between threads once signed in (the cookie is only replaced when the app sets a new one).
 */
public final class HttpSession {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    /** Shared with the same session sent to another address ({@link #on(String)}). */
    private final AtomicReference<String> cookie;

    public HttpSession(String baseUrl) {
        this(baseUrl, new AtomicReference<>(""));
    }

    private HttpSession(String baseUrl, AtomicReference<String> cookie) {
        this.baseUrl = baseUrl;
        this.cookie = cookie;
    }

    /**
     * The same browser session sent to another address, as a load balancer would send it to another app
     * instance: both share one cookie from now on, whichever of them the app gives a new one.
     */
    public HttpSession on(String otherBaseUrl) {
        return new HttpSession(otherBaseUrl, cookie);
    }

    /** Registers a new patient, who is then signed in. */
    public static HttpSession register(String baseUrl, String username, String password) {
        HttpSession session = new HttpSession(baseUrl);
        HttpResponse<String> registered = session.post("/register", form("_csrf", session.csrfToken("/register"),
                "username", username, "password", password, "confirmPassword", password));
        assertThat(registered.statusCode()).as("registering " + username).isEqualTo(302);
        return session;
    }

    /** Signs in through the sign-in form; empty when the app refuses (a 302 anywhere but the log). */
    public static Optional<HttpSession> signIn(String baseUrl, String username, String password) {
        HttpSession session = new HttpSession(baseUrl);
        HttpResponse<String> signedIn = session.post("/login", form("_csrf", session.csrfToken("/login"),
                "username", username, "password", password));
        return isRedirectToLog(signedIn) ? Optional.of(session) : Optional.empty();
    }

    /** Starts the signed-in patient's recovery log by hand, from an onset date. */
    public void startLog(LocalDate onset) {
        HttpResponse<String> started = post("/log/start", form("_csrf", csrfToken("/log"), "onsetDate", onset.toString()));
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
        Matcher token = CSRF_FIELD.matcher(page.body());
        assertThat(token.find()).as("a CSRF token on " + path + " (status " + page.statusCode() + ")").isTrue();
        return token.group(1);
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

    public HttpResponse<String> get(String path) {
        return send(builder(path).GET().build());
    }

    public HttpResponse<String> post(String path, String form) {
        return send(builder(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** The session cookie as sent in a Cookie header (NAME=value), empty before the app sets one. */
    public String cookie() {
        return cookie.get();
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(TIMEOUT)
                .header("Accept", "text/html");
        String current = cookie.get();
        if (!current.isEmpty()) {
            builder.header("Cookie", current);
        }
        return builder;
    }

    /** Sends a request; a failed connection is an UncheckedIOException. */
    private HttpResponse<String> send(HttpRequest request) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        response.headers().firstValue("Set-Cookie").ifPresent(value -> {
            int end = value.indexOf(';');
            cookie.set(end < 0 ? value : value.substring(0, end));
        });
        return response;
    }
}
