package org.spasmcare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spasmcare.support.BrokenPageForTests;
import org.spasmcare.support.HttpSession;
import org.spasmcare.support.RunningApp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.SessionRepository;

/** The running app over real HTTP: pages, error pages, actuator exposure, the file database and sessions. */
class PagesOverHttpIT extends RunningApp {

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected JdbcTemplate jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/treatments", "/treatments/heat-and-cold", "/treatments/spinal-manipulation",
            "/treatments/compare"})
    void shouldServeEveryPublicPageInTheLayout(String path) {
        HttpResponse<String> response = browse(path);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(response.body()).contains("<main id=\"main\"").contains("It does not replace a doctor")
                .doesNotContain("??");
    }

    @Test
    void shouldServeTheSevenTreatmentsFromTheDatabase() {
        String list = browse("/treatments").body();

        assertThat(list).contains("href=\"/treatments/rest-and-activity\"", "href=\"/treatments/heat-and-cold\"",
                "href=\"/treatments/nsaids\"", "href=\"/treatments/muscle-relaxants\"",
                "href=\"/treatments/physical-therapy\"", "href=\"/treatments/massage\"",
                "href=\"/treatments/spinal-manipulation\"");
        assertThat(browse("/treatments/compare").body().split("<th scope=\"row\">")).hasSize(8);
    }

    @Test
    void shouldAnswerAnUnknownTreatmentWithTheNotFoundPage() {
        HttpResponse<String> response = browse("/treatments/no-such-treatment");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("We could not find that page").contains("<main id=\"main\"")
                .doesNotContain("Whitelabel").doesNotContain("Exception");
    }

    @Test
    void shouldShowTheFriendlyErrorPageWithoutAnyDetailOnAServerError() {
        HttpResponse<String> response = browse(BrokenPageForTests.PATH);

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("Something went wrong on our side")
                .doesNotContain(BrokenPageForTests.SECRET).doesNotContain("IllegalStateException")
                .doesNotContain("Whitelabel").doesNotContain("at org.");
    }

    @Test
    void shouldRefuseAPostWithoutACsrfTokenWithTheForbiddenPage() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/treatments"))
                .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString("x=1")).build());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("You cannot do that here");
    }

    @Test
    void shouldExposeOnlyHealthWithItsProbes() {
        assertThat(get("/actuator/health", "application/json").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/liveness", "application/json").body()).contains("\"UP\"");
        assertThat(get("/actuator/health/readiness", "application/json").body()).contains("\"UP\"");
        for (String hidden : new String[] {"/actuator/env", "/actuator/beans", "/actuator/configprops",
                "/actuator/heapdump", "/actuator/info", "/actuator/metrics"}) {
            assertThat(get(hidden, "application/json").statusCode()).as(hidden).isEqualTo(404);
        }
    }

    @Test
    void shouldServeStaticFilesWithContentHashesAndLongCaching() {
        String home = browse("/").body();
        String css = home.replaceAll("(?s).*href=\"(/assets/css/spasmcare-[0-9a-f]+\\.css)\".*", "$1");

        assertThat(css).startsWith("/assets/css/spasmcare-");
        HttpResponse<String> response = browse(css);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).get().asString().contains("max-age=31536000");
    }

    @Test
    void shouldKeepItsDatabaseInTheConfiguredDataFolder() {
        assertThat(Files.exists(dataDir().resolve("spasmcare.mv.db"))).isTrue();
    }

    /** One instance on the embedded database: sessions stay in memory, the session tables stay empty. */
    @Test
    void shouldKeepSignedInSessionsWhereTheProfileSaysSo() {
        String username = "sessions" + System.nanoTime();
        HttpSession session = HttpSession.register(baseUrl(), username, "a long and unusual passphrase");

        assertThat(session.get("/log").statusCode()).as("signed in").isEqualTo(200);
        assertThat(context.getBeanProvider(SessionRepository.class).getIfAvailable()).isNull();
        assertThat(jdbc.queryForObject("select count(*) from spring_session", Integer.class)).isZero();
    }
}
