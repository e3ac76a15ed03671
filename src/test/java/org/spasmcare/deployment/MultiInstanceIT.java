package org.spasmcare.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spasmcare.account.OneTimeCodes;
import org.spasmcare.account.TestAccounts;
import org.spasmcare.support.ShippedMigrations;
import org.spasmcare.support.AppProcess;
import org.spasmcare.support.HttpSession;
import org.spasmcare.support.TestClock;
import org.spasmcare.support.RequiresPostgres;
import org.spasmcare.support.TestPostgres;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * Two instances of the packaged app, started at the same moment with the postgres profile on one empty
 * PostgreSQL database, as compose.yaml runs them behind a round-robin load balancer: one person's requests
 * may reach either. Whatever one instance stores in the session (the sign-in, the CSRF token, a plan
 * waiting for sign-in, a flash message) the other reads; content staff publish on one reaches patients on
 * the other within the catalog's check interval.
 */
@RequiresPostgres
class MultiInstanceIT {

    private static final Logger log = LoggerFactory.getLogger(MultiInstanceIT.class);
    private static final Path OUTPUT = Path.of("target", "multi-instance");
    private static final String PASSWORD = "a long and unusual passphrase";
    /** spasmcare.catalog.check-seconds is 5: a change must show on the other instance well within this. */
    private static final Duration PUBLISH_REACHES_OTHER_INSTANCE = Duration.ofSeconds(10);

    private static TestPostgres.Database database;
    private static AppProcess a;
    private static AppProcess b;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void startTwoInstancesOnOneDatabase() throws Exception {
        database = TestPostgres.createDatabase();
        jdbc = new JdbcTemplate(new SimpleDriverDataSource(new org.postgresql.Driver(), database.url(),
                database.user(), database.password()));
        Map<String, String> environment = Map.of("SPRING_PROFILES_ACTIVE", "postgres",
                "SPASMCARE_DB_URL", database.url(), "SPASMCARE_DB_USER", database.user(),
                "SPASMCARE_DB_PASSWORD", database.password());
        ExecutorService starting = Executors.newFixedThreadPool(2);
        try {
            // both at once, as compose starts them: Flyway's lock lets one migrate while the other waits
            Future<AppProcess> first = starting.submit(() -> start("a", environment));
            Future<AppProcess> second = starting.submit(() -> start("b", environment));
            a = first.get();
            b = second.get();
        } finally {
            starting.shutdown();
        }
    }

    private static AppProcess start(String name, Map<String, String> environment) throws Exception {
        Path dataDir = Files.createDirectories(OUTPUT.resolve("data-" + name));
        return AppProcess.startPackagedJar(dataDir, OUTPUT.resolve("app-" + name + ".log"), List.of(), environment);
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            for (AppProcess app : new AppProcess[] {a, b}) {
                if (app != null) {
                    app.close();
                }
            }
        } finally {
            if (database != null) {
                database.close();
            }
        }
    }

    @Test
    void shouldMigrateTheEmptyDatabaseOnceWhileBothStart() {
        assertThat(a.port()).isNotEqualTo(b.port());
        assertThat(jdbc.queryForList("select version from flyway_schema_history where success order by installed_rank",
                String.class)).containsExactlyElementsOf(ShippedMigrations.versions());
        assertThat(ShippedMigrations.versions()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(jdbc.queryForObject("select count(*) from treatment", Integer.class)).isEqualTo(7);
        assertThat(List.of(a.output(), b.output())).as("exactly one instance migrated")
                .filteredOn(output -> output.contains("Successfully applied " + ShippedMigrations.versions().size() + " migrations"))
                .hasSize(1);
    }

    @Test
    void shouldCarryOnePersonsSessionFromOneInstanceToTheOther() {
        // anonymous on A: a plan to save waits in the session while they create an account
        HttpSession onA = new HttpSession(a.baseUrl());
        HttpResponse<String> savePlan = onA.post("/log/save-plan", HttpSession.form("_csrf", onA.csrfToken("/assessment"),
                "step", "3", "noRedFlags", "true", "agoAmount", "2", "agoUnit", "days", "painScore", "6", "age", "40"));
        assertThat(savePlan.statusCode()).isEqualTo(302);
        assertThat(onA.get("/log/save-pending").headers().firstValue("Location")).get().asString().endsWith("/login");

        // the next request reaches B: same session, same CSRF token, the plan still waiting
        HttpSession onB = onA.on(b.baseUrl());
        String username = "twoinstances" + System.nanoTime();
        HttpResponse<String> registered = onB.post("/register", HttpSession.form("_csrf", onB.csrfToken("/register"),
                "username", username, "password", PASSWORD, "confirmPassword", PASSWORD));
        assertThat(registered.statusCode()).isEqualTo(302);
        assertThat(registered.headers().firstValue("Location")).get().asString().contains("/log/save-pending");
        assertThat(HttpSession.isRedirectToLog(onB.get("/log/save-pending"))).as("the plan saved on B").isTrue();

        // back on A, signed in, with the flash message B left in the session
        HttpResponse<String> logOnA = onA.get("/log");
        assertThat(logOnA.statusCode()).isEqualTo(200);
        assertThat(logOnA.body()).contains("Your plan is saved.");

        // a token read on A is good on B, and an entry saved on B is on A's page
        String tokenFromA = onA.csrfToken("/log");
        HttpResponse<String> added = onB.post("/log/entries", HttpSession.form("_csrf", tokenFromA,
                "date", LocalDate.now().toString(), "pain", "4", "interference", "3", "notes", "saved through B"));
        assertThat(HttpSession.isRedirectToLog(added)).as("entry saved on B: %s", added.statusCode()).isTrue();
        assertThat(onA.get("/log").body()).contains("saved through B");
        assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class,
                username)).isEqualTo(1);
    }

    @Test
    void shouldShowContentPublishedOnOneInstanceToPatientsOnTheOtherWithinSeconds() throws Exception {
        String slug = "heat-and-cold";
        String before = summaryOn(b, slug); // B has the catalog cached now
        String wording = "Cold first, then warmth, published through instance A " + System.nanoTime() + ".";
        assertThat(before).isNotEqualTo(wording);
        String passwordHash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);
        String alice = staff("alice", passwordHash);
        String bob = staff("bob", passwordHash);

        HttpSession aliceOnA = signIn(a, alice);
        Element editor = Jsoup.parse(aliceOnA.get("/staff/treatments/" + slug + "/edit").body())
                .selectFirst("form.content-form");
        assertThat(editor).as("the editor's form").isNotNull();
        List<String> fields = new ArrayList<>();
        for (Element field : editor.select("input[name], textarea[name]")) {
            fields.add(field.attr("name"));
            fields.add(field.attr("name").equals("summary") ? wording
                    : field.tagName().equals("textarea") ? field.wholeText() : field.val());
        }
        HttpResponse<String> saved = aliceOnA.post("/staff/treatments/" + slug + "/edit",
                HttpSession.form(fields.toArray(String[]::new)));
        assertThat(saved.statusCode()).as("draft saved").isEqualTo(302);
        int draft = jdbc.queryForObject("select head_revision from treatment where slug = ?", Integer.class, slug);

        HttpSession bobOnA = signIn(a, bob);
        HttpResponse<String> published = bobOnA.post("/staff/treatments/" + slug + "/publish", HttpSession.form(
                "_csrf", bobOnA.csrfToken("/staff/treatments/" + slug + "/review"), "revision", String.valueOf(draft)));
        assertThat(published.statusCode()).isEqualTo(302);
        Instant publishedAt = Instant.now();
        assertThat(summaryOn(a, slug)).as("on A at once").isEqualTo(wording);

        String onB = summaryOn(b, slug);
        while (!onB.equals(wording) && Instant.now().isBefore(publishedAt.plus(PUBLISH_REACHES_OTHER_INSTANCE))) {
            Thread.sleep(200);
            onB = summaryOn(b, slug);
        }
        Duration took = Duration.between(publishedAt, Instant.now());
        log.info("Content published on instance A reached patients on instance B after {} ms", took.toMillis());
        assertThat(onB).as("on B within %s s", PUBLISH_REACHES_OTHER_INSTANCE.toSeconds()).isEqualTo(wording);
    }

    /** A staff account as an admin would create it, straight into the database. */
    private static String staff(String name, String passwordHash) {
        String username = name + System.nanoTime() % 1_000_000_000L;
        jdbc.update("insert into account (username, password_hash, role, enabled, created_at, must_change_password,"
                + " totp_secret) values (?, ?, 'STAFF', true, ?, false, ?)", username, passwordHash,
                Timestamp.from(TestClock.START), TestAccounts.TOTP_SECRET); // any past instant: no calendar read
        return username;
    }

    /** Signs in through the form; where the app sends staff afterwards is its own business. */
    private static HttpSession signIn(AppProcess app, String username) {
        HttpSession session = new HttpSession(app.baseUrl());
        HttpResponse<String> signedIn = session.post("/login", HttpSession.form("_csrf", session.csrfToken("/login"),
                "username", username, "password", PASSWORD));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).get().asString().doesNotContain("error");
        // the packaged app runs on the system clock, so its authenticator-app code is read from that clock
        HttpResponse<String> coded = session.post("/second-factor", HttpSession.form("_csrf",
                session.csrfToken("/second-factor"), "code",
                OneTimeCodes.codeAt(TestAccounts.TOTP_SECRET, Clock.systemUTC().instant())));
        assertThat(coded.statusCode()).isEqualTo(302);
        assertThat(session.get("/staff").statusCode()).as("%s reaches the staff pages", username).isEqualTo(200);
        return session;
    }

    private static String summaryOn(AppProcess app, String slug) {
        String page = new HttpSession(app.baseUrl()).get("/treatments/" + slug).body();
        Element summary = Jsoup.parse(page).selectFirst("p.lead");
        assertThat(summary).as("the summary on " + app.baseUrl()).isNotNull();
        return summary.text();
    }
}
