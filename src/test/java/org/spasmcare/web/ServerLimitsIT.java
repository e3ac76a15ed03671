package org.spasmcare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A server with a small session cap, behind a TLS proxy (spasmcare.tls-proxy): new visitors past the cap get
 * the "busy" page, never a 500, while a visitor with a session carries on; the session cookie is Secure and
 * every answer carries HSTS. Its own app and database, as its settings differ from RunningApp's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spasmcare.max-sessions=2", "spasmcare.tls-proxy=true"})
class ServerLimitsIT {

    @LocalServerPort
    private int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("spasmcare-server-limits");
        registry.add("spasmcare.data-dir", dir::toString);
    }

    @Test
    void shouldAnswerNewVisitorsPastTheSessionCapWithTheBusyPageAndKeepTheOthersGoing() {
        HttpResponse<String> first = open("/register", null);
        HttpResponse<String> second = open("/register", null);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(200);
        String cookie = first.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).as("behind a TLS proxy").containsIgnoringCase("; Secure");

        HttpResponse<String> third = open("/register", null);
        assertThat(third.statusCode()).isEqualTo(503);
        assertThat(third.body()).contains("Too many people are using SpasmCare right now")
                .doesNotContain("Exception");

        assertThat(open("/register", cookie.substring(0, cookie.indexOf(';'))).statusCode()).isEqualTo(200);
        assertThat(open("/treatments", null).statusCode()).as("a page without a form needs no session").isEqualTo(200);
    }

    @Test
    void shouldSendHstsBehindATlsProxy() {
        HttpResponse<String> page = open("/", null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000; includeSubDomains");
        assertThat(page.headers().firstValue("Set-Cookie")).as("no session for a page without a form").isEmpty();
    }

    private HttpResponse<String> open(String path, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html");
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        try {
            return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
