package org.spasmcare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.spasmcare.support.HttpSession;
import org.spasmcare.support.RunningApp;

/**
 * Issue 16 over real HTTP: bodies bounded before parsing, with or without a declared length; no 500 for the
 * error page asked for by name; no address taken from the Host header; no HSTS on plain http by default.
 */
class RequestLimitsIT extends RunningApp {

    @Test
    void shouldRefuseAnOversizedFormWithThePlainTooLargePage() {
        HttpSession visitor = new HttpSession(baseUrl());
        String token = visitor.csrfToken("/register");

        HttpResponse<String> response = visitor.post("/register",
                Map.of("_csrf", token, "username", "big", "password", "x".repeat(600 * 1024)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("That was too much to send at once").doesNotContain("Exception");
    }

    @Test
    void shouldRefuseAnOversizedFormWithoutADeclaredLengthWithoutAServerError() {
        byte[] body = ("username=big&password=" + "x".repeat(600 * 1024)).getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/register"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("That was too much to send at once").doesNotContain("Exception");
    }

    @Test
    void shouldRefuseAnOversizedApiBodyWithoutADeclaredLength() {
        byte[] body = ("{\"durationDays\":1,\"painScore\":1,\"redFlags\":[" + "{},".repeat(30_000) + "{}]}")
                .getBytes(StandardCharsets.UTF_8);

        // a stream of unknown length goes chunked: no Content-Length to refuse it by
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/assessments"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/problem+json");
        assertThat(response.body()).contains("\"status\":413");
    }

    @Test
    void shouldAnswerTheErrorPageAskedForByNameAsNotFound() {
        HttpResponse<String> response = browse("/error");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("We could not find that page");
    }

    @Test
    void shouldNeverBuildAnAddressFromTheHostHeader() {
        String redirect = raw("GET /log HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        assertThat(redirect).startsWith("HTTP/1.1 302").containsIgnoringCase("\r\nLocation: /login\r\n")
                .doesNotContain("evil.example");

        String description = raw("GET /v3/api-docs HTTP/1.1\r\nHost: evil.example\r\nAccept: application/json\r\n"
                + "Connection: close\r\n\r\n");
        assertThat(description).startsWith("HTTP/1.1 200").contains("\"servers\":[{\"url\":\"/\"")
                .doesNotContain("evil.example");
    }

    @Test
    void shouldSendNoHstsOverPlainHttpByDefault() {
        assertThat(browse("/").headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    /** One request as written, for a Host header Java's HTTP client will not send. */
    private String raw(String request) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
