package org.spasmcare.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.spasmcare.SpasmCareApplication;
import org.spasmcare.backup.MigrationStoppedException.Outcome;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A migration that fails half way never leaves a half-migrated database: the whole app starts on a
 * database with data and a test-only migration that alters a table and then fails. Start-up stops with
 * a plain message, the database is exactly as before (no half-applied column, no failed row in
 * flyway_schema_history, every row there), and the app starts normally again once the migration is gone.
 */
@ExtendWith(OutputCaptureExtension.class)
class FailedMigrationIT {

    private static final String WITH_FAILING_MIGRATION =
            "--spring.flyway.locations=classpath:db/migration,classpath:db/failing-migration";

    @TempDir
    Path dataDir;

    @Test
    void shouldRestoreTheDatabaseAndStopWithAPlainMessageWhenAMigrationFails(CapturedOutput output) throws Exception {
        List<String> before;
        int migrations;
        String latest; // the newest shipped migration, where the database is before the failing one
        try (ConfigurableApplicationContext first = start()) {
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            jdbc.update("insert into account (username, password_hash, role, enabled, created_at)"
                    + " values ('ann', 'hash', 'PATIENT', true, CURRENT_TIMESTAMP)");
            jdbc.update("insert into episode (account_id, onset_date, started_at, is_current, red_flags, safety_factors)"
                    + " select id, DATE '2026-11-01', CURRENT_TIMESTAMP, true, '', '' from account where username = 'ann'");
            for (int day = 2; day <= 6; day++) {
                jdbc.update("insert into log_entry (episode_id, entry_date, pain, interference, red_flags,"
                        + " notes) select id, DATE '2026-11-0" + day + "', ?, ?, '', ? from episode",
                        9 - day, 8 - day, "day " + day);
            }
            before = snapshot(jdbc);
            migrations = jdbc.queryForObject("select count(*) from \"flyway_schema_history\"", Integer.class);
            latest = jdbc.queryForObject("select \"version\" from \"flyway_schema_history\" where \"version\" is not null"
                    + " order by \"installed_rank\" desc limit 1", String.class);
        }
        assertThat(before).hasSize(5);

        Throwable failure = catchThrowable(() -> start(WITH_FAILING_MIGRATION).close());

        assertThat(failure).as("start-up fails").isNotNull();
        MigrationStoppedException stopped = findStopped(failure);
        assertThat(stopped.outcome()).isEqualTo(Outcome.RESTORED);
        assertThat(stopped.failedMigration()).isEqualTo("V900 (fails half way)");
        assertThat(stopped.backup()).isRegularFile().hasParent(dataDir.resolve("backups").toAbsolutePath());
        assertThat(stopped.backup().getFileName().toString()).matches("pre-migration-V" + latest + "-to-V900-[0-9]{8}T[0-9]{6}Z\\.zip");

        String console = output.getOut() + output.getErr();
        assertThat(console)
                .contains("APPLICATION FAILED TO START")
                .contains("migration V900 (fails half way), script V900__fails_half_way.sql, failed.")
                .contains("Reason: Table \"NO_SUCH_TABLE\" not found")
                .contains("restored to exactly how they were before this start (V" + latest + ")")
                .contains("Pre-migration backup: " + stopped.backup())
                .contains("Fix or remove V900__fails_half_way.sql and start SpasmCare again")
                .doesNotContain("at org.spasmcare.backup.SafeMigrationStrategy.migrate");

        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("spasmcare")
                + ";IFEXISTS=TRUE", "sa", "")) {
            JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            assertThat(jdbc.queryForList("select column_name from information_schema.columns"
                    + " where table_name = 'LOG_ENTRY'", String.class)).isNotEmpty().doesNotContain("HALF_APPLIED");
            assertThat(jdbc.queryForObject("select count(*) from information_schema.tables"
                    + " where table_name = 'HALF_APPLIED_TABLE'", Integer.class)).isZero();
            assertThat(jdbc.queryForObject("select count(*) from \"flyway_schema_history\""
                    + " where \"version\" = '900' or not \"success\"", Integer.class)).isZero();
            assertThat(jdbc.queryForObject("select count(*) from \"flyway_schema_history\"", Integer.class))
                    .isEqualTo(migrations);
            assertThat(snapshot(jdbc)).isEqualTo(before);
        }

        try (ConfigurableApplicationContext again = start()) {
            JdbcTemplate jdbc = again.getBean(JdbcTemplate.class);
            assertThat(snapshot(jdbc)).isEqualTo(before);
            assertThat(jdbc.queryForObject("select count(*) from \"flyway_schema_history\"", Integer.class))
                    .isEqualTo(migrations);
        }
        try (Stream<Path> backups = Files.list(dataDir.resolve("backups"))) {
            assertThat(backups).as("one pre-migration backup, no temporary files").containsExactly(stopped.backup());
        }
    }

    private static MigrationStoppedException findStopped(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MigrationStoppedException stopped) {
                return stopped;
            }
        }
        throw new AssertionError("start-up did not stop for the migration", failure);
    }

    private static List<String> snapshot(JdbcTemplate jdbc) {
        return jdbc.queryForList("select a.username || ' ' || e.entry_date || ' ' || e.pain || ' ' || e.interference"
                + " || ' ' || e.notes from log_entry e join episode p on p.id = e.episode_id"
                + " join account a on a.id = p.account_id order by e.entry_date", String.class);
    }

    private ConfigurableApplicationContext start(String... extra) {
        String[] args = Stream.concat(Stream.of("--server.port=0", "--spasmcare.data-dir=" + dataDir,
                "--spring.main.banner-mode=off"), Stream.of(extra)).toArray(String[]::new);
        return new SpringApplicationBuilder(SpasmCareApplication.class).run(args);
    }
}
