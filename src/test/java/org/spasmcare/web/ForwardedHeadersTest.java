package org.spasmcare.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Forwarded headers, as the postgres profile reads them (forward-headers-strategy native), are believed only
 * from the addresses in spasmcare.trusted-proxies. Tomcat's default would believe this test's own request,
 * which comes from 127.0.0.1, a loopback address; here the only trusted proxy is another address, so a forged
 * X-Forwarded-Host must not reach the redirect.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.forward-headers-strategy=native", "spasmcare.trusted-proxies=10.9.8.7" })
@AutoConfigureTestDatabase
class ForwardedHeadersTest {

    @LocalServerPort
    private int port;

    @Test
    void shouldIgnoreForwardedHeadersFromAnAddressThatIsNotATrustedProxy() throws Exception {
        HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(URI.create("http://localhost:" + port + "/admin/backups"))
                .header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-For", "203.0.113.9")
                .GET().build(), HttpResponse.BodyHandlers.discarding());

        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).doesNotContain("evil.example").doesNotStartWith("https:").endsWith("/login");
    }

    @Test
    void shouldTrustOnlyTheListedAddressesInEitherWayTomcatWritesThem() {
        Pattern loopback = Pattern.compile(new TrustedProxies(List.of("127.0.0.1", "::1")).pattern());
        assertThat(loopback.matcher("127.0.0.1").matches()).isTrue();
        assertThat(loopback.matcher("0:0:0:0:0:0:0:1").matches()).isTrue();
        assertThat(loopback.matcher("::1").matches()).isTrue();
        for (String other : List.of("127.0.0.2", "10.0.0.1", "192.168.1.20", "172.16.0.1", "127x0x0x1")) {
            assertThat(loopback.matcher(other).matches()).as(other).isFalse();
        }
        Pattern none = Pattern.compile(new TrustedProxies(List.of()).pattern());
        assertThat(none.matcher("127.0.0.1").matches()).isFalse();
    }

    @Test
    void shouldRefuseANameOrARangeWithAPlainReason() {
        for (String bad : List.of("nginx", "10.0.0.0/8", "10\\.0\\..*")) {
            assertThatThrownBy(() -> new TrustedProxies(List.of(bad)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("takes IP addresses");
        }
    }
}
