package org.spasmcare.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.spasmcare.support.ShippedMigrations;
import org.spasmcare.support.AppProcess;
import org.spasmcare.support.HttpSession;
import org.spasmcare.support.RequiresPostgres;
import org.spasmcare.support.TestPostgres;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * Upgrading a PostgreSQL database of the release before content editing (schema V3: accounts, episodes,
 * log entries): the current packaged app starts on it with the postgres profile, Flyway migrates it to
 * the latest version, and the patient's data is all there, signed in to through the app.
 */
@RequiresPostgres
class PostgresUpgradeIT {

    private static final String PASSWORD = "a long and unusual passphrase";

    @Test
    void shouldMigrateAVersion3DatabaseToTheLatestAndKeepThePatientsLog() throws Exception {
        try (TestPostgres.Database database = TestPostgres.createDatabase()) {
            JdbcTemplate jdbc = new JdbcTemplate(new SimpleDriverDataSource(new org.postgresql.Driver(), database.url(),
                    database.user(), database.password()));
            Flyway.configure().dataSource(database.url(), database.user(), database.password())
                    .locations("classpath:db/migration").target("3").load().migrate();
            assertThat(versions(jdbc)).containsExactly("1", "2", "3");

            // what the V3 release wrote for a patient with a three-day log
            String username = "before-upgrade";
            LocalDate onset = LocalDate.now().minusDays(5);
            jdbc.update("insert into account (username, password_hash, role, enabled, created_at) values (?, ?, 'PATIENT', true, ?)",
                    username, PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD),
                    Timestamp.from(Instant.now()));
            jdbc.update("insert into episode (account_id, onset_date, started_at, is_current, pain_score, red_flags,"
                    + " safety_factors, age, rules_version) select id, ?, ?, true, 7, '', 'BLOOD_THINNERS', 52, '1'"
                    + " from account where username = ?", Date.valueOf(onset), Timestamp.from(Instant.now()), username);
            for (int day = 1; day <= 3; day++) {
                jdbc.update("insert into log_entry (episode_id, entry_date, pain, interference, treatments, red_flags, notes)"
                        + " select id, ?, ?, ?, 'HEAT_COLD', '', ? from episode", Date.valueOf(onset.plusDays(day)),
                        8 - day, 6 - day, "old release, day " + day);
            }
            List<Map<String, Object>> before = logOf(jdbc, "e.treatments");

            Path dataDir = Files.createDirectories(Path.of("target", "postgres-upgrade", "data"));
            try (AppProcess app = AppProcess.startPackagedJar(dataDir, Path.of("target", "postgres-upgrade", "app.log"),
                    List.of(), Map.of("SPRING_PROFILES_ACTIVE", "postgres", "SPASMCARE_DB_URL", database.url(),
                            "SPASMCARE_DB_USER", database.user(), "SPASMCARE_DB_PASSWORD", database.password()))) {
                assertThat(ShippedMigrations.versions()).hasSizeGreaterThanOrEqualTo(8);
                assertThat(versions(jdbc)).containsExactlyElementsOf(ShippedMigrations.versions());
                assertThat(app.output()).contains("Migrating schema \"public\" to version \"4 - treatment revisions\"");
                // since V10 the treatments are rows of their own: read back as the V3 text they came from
                assertThat(logOf(jdbc, "(select string_agg(t.treatment, ',' order by t.treatment)"
                        + " from log_entry_treatment t where t.log_entry_id = e.id) as treatments")).isEqualTo(before);
                assertThat(jdbc.queryForObject("select must_change_password from account where username = ?",
                        Boolean.class, username)).isFalse();
                // each treatment: the shipped wording (V4) and the clinical rules version 2 wording (V7)
                assertThat(jdbc.queryForObject("select count(*) from treatment_revision where status = 'PUBLISHED'",
                        Integer.class)).isEqualTo(14);

                HttpSession patient = HttpSession.signIn(app.baseUrl(), username, PASSWORD).orElseThrow();
                String log = patient.get("/log").body();
                assertThat(log).contains("old release, day 1", "old release, day 2", "old release, day 3");
            }
        }
    }

    private static List<String> versions(JdbcTemplate jdbc) {
        return jdbc.queryForList("select version from flyway_schema_history where success order by installed_rank",
                String.class);
    }

    /** The patient's log; {@code treatments} selects an entry's treatments as text, as the schema at hand keeps them. */
    private static List<Map<String, Object>> logOf(JdbcTemplate jdbc, String treatments) {
        return jdbc.queryForList("select a.username, a.password_hash, s.onset_date, s.pain_score, s.safety_factors, s.age,"
                + " e.entry_date, e.pain, e.interference, " + treatments + ", e.notes from log_entry e"
                + " join episode s on s.id = e.episode_id join account a on a.id = s.account_id order by e.entry_date");
    }
}
