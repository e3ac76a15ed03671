package org.spasmcare.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spasmcare.backup.Backup.Kind;
import org.spasmcare.backup.MigrationStoppedException.Outcome;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The migration strategy with Flyway on real H2 file databases (no Spring): a backup before upgrading a
 * database that holds data, none for a fresh one, and a failed migration undone by putting the backup
 * back, through a plain DataSource and through a Hikari pool that refills itself.
 */
class SafeMigrationStrategyTest {

    static final String MIGRATIONS = "classpath:db/migration";
    static final String FAILING = "classpath:db/failing-migration";

    @TempDir
    Path root;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:15:00Z"), ZoneOffset.UTC);

    private String url() {
        return "jdbc:h2:file:" + root.resolve("data").resolve("spasmcare") + ";WRITE_DELAY=0";
    }

    private DataSource plain() {
        return new DriverManagerDataSource(url(), "sa", "");
    }

    private HikariDataSource pool() {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url());
        pool.setUsername("sa");
        pool.setPassword("");
        pool.setMinimumIdle(5);
        return pool;
    }

    /** The backup key, for the tests of encrypted backups; none by default. */
    private String key;

    private DatabaseBackups backups(DataSource dataSource) {
        return new DatabaseBackups(dataSource, new BackupProperties(root.resolve("backups"), "-", 14, key), clock);
    }

    /** Every migration the app ships, oldest first, read from the scripts themselves (not a list to keep up). */
    private static final List<String> SHIPPED = java.util.Arrays.stream(Flyway.configure()
                    .dataSource("jdbc:h2:mem:shipped-migrations", "sa", "").locations(MIGRATIONS).load().info().all())
            .map(migration -> migration.getVersion().getVersion())
            .toList();
    private static final String LATEST = SHIPPED.get(SHIPPED.size() - 1);

    private static Flyway flyway(DataSource dataSource, String... locations) {
        return Flyway.configure().dataSource(dataSource).locations(locations).load();
    }

    @Test
    void plainFlywayLeavesAHalfMigratedDatabaseAndAFailedRowOnH2() {
        // why the strategy exists: H2 commits DDL at once, so Flyway cannot roll a failed migration back
        DataSource dataSource = plain();
        flyway(dataSource, MIGRATIONS).migrate();
        withData(dataSource);

        assertThatThrownBy(() -> flyway(dataSource, MIGRATIONS, FAILING).migrate()).isInstanceOf(FlywayException.class);

        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(columns(jdbc, "LOG_ENTRY")).contains("HALF_APPLIED");
        assertThat(jdbc.queryForList("select half_applied from log_entry", String.class)).containsOnly("half");
        assertThat(tables(jdbc)).contains("HALF_APPLIED_TABLE");
        assertThat(jdbc.queryForObject("select \"success\" from \"flyway_schema_history\" where \"version\" = '900'",
                Boolean.class)).isFalse();
        assertThatThrownBy(() -> flyway(dataSource, MIGRATIONS, FAILING).migrate())
                .hasMessageContaining("Detected failed migration to version 900");
    }

    @Test
    void shouldMigrateAFreshDatabaseWithoutABackup() {
        DataSource dataSource = plain();
        new SafeMigrationStrategy(backups(dataSource), dataSource).migrate(flyway(dataSource, MIGRATIONS));

        assertThat(versions(new JdbcTemplate(dataSource))).containsExactlyElementsOf(SHIPPED);
        assertThat(backups(dataSource).list()).isEmpty();
    }

    @Test
    void shouldTakeNoBackupWhenNothingIsPending() {
        DataSource dataSource = plain();
        flyway(dataSource, MIGRATIONS).migrate();

        new SafeMigrationStrategy(backups(dataSource), dataSource).migrate(flyway(dataSource, MIGRATIONS));

        assertThat(backups(dataSource).list()).isEmpty();
    }

    @Test
    void shouldBackUpADatabaseWithDataBeforeUpgradingIt() {
        DataSource dataSource = plain();
        Flyway.configure().dataSource(dataSource).locations(MIGRATIONS).target("2").load().migrate();

        new SafeMigrationStrategy(backups(dataSource), dataSource).migrate(flyway(dataSource, MIGRATIONS));

        assertThat(versions(new JdbcTemplate(dataSource))).containsExactlyElementsOf(SHIPPED);
        List<Backup> taken = backups(dataSource).list();
        assertThat(taken).extracting(Backup::name).containsExactly("pre-migration-V2-to-V" + LATEST + "-20261122T101500Z.zip");
        assertThat(taken.get(0).kind()).isEqualTo(Kind.PRE_MIGRATION);
    }

    @Test
    void shouldPutTheBackupBackWhenAMigrationFailsHalfWay() {
        DataSource dataSource = plain();
        shouldRestoreExactlyTheDatabaseBefore(dataSource, dataSource);
    }

    @Test
    void shouldCloseAPoolThatRefillsItselfBeforePuttingTheBackupBack() {
        try (HikariDataSource pool = pool()) {
            shouldRestoreExactlyTheDatabaseBefore(pool, plain());
            assertThat(pool.isClosed()).as("the pool is closed so nothing reopens the database mid-way").isTrue();
        }
    }

    @Test
    void shouldDecryptAndPutBackAnEncryptedBackupWhenAMigrationFails() throws Exception {
        key = BackupEncryptionTest.KEY;
        try (HikariDataSource pool = pool()) {
            shouldRestoreExactlyTheDatabaseBefore(pool, plain());
        }
        Path backup = root.resolve("backups/pre-migration-V" + LATEST + "-to-V900-20261122T101500Z.zip.enc");
        assertThat(BackupEncryption.isEncrypted(backup)).isTrue();
        try (var files = Files.list(root.resolve("data"))) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .as("no decrypted copy left beside the database").noneMatch(name -> name.contains("restoring"));
        }
    }

    @Test
    void shouldNotMigrateWhenTheBackupCannotBeTaken() throws Exception {
        DataSource dataSource = plain();
        Flyway.configure().dataSource(dataSource).locations(MIGRATIONS).target("2").load().migrate();
        Files.writeString(root.resolve("backups"), "a file where the backups folder should be");

        MigrationStoppedException stopped = catchThrowableOfType(MigrationStoppedException.class,
                () -> new SafeMigrationStrategy(backups(dataSource), dataSource).migrate(flyway(dataSource, MIGRATIONS)));

        assertThat(stopped.outcome()).isEqualTo(Outcome.NOT_MIGRATED);
        assertThat(stopped.fromVersion()).isEqualTo("2");
        assertThat(stopped.toVersion()).isEqualTo(LATEST);
        assertThat(stopped.backup()).isEqualTo(root.resolve("backups"));
        assertThat(versions(new JdbcTemplate(dataSource))).containsExactly("1", "2");
    }

    private void shouldRestoreExactlyTheDatabaseBefore(DataSource dataSource, DataSource afterwards) {
        flyway(dataSource, MIGRATIONS).migrate();
        withData(dataSource);
        List<String> before = snapshot(new JdbcTemplate(dataSource));

        MigrationStoppedException stopped = catchThrowableOfType(MigrationStoppedException.class,
                () -> new SafeMigrationStrategy(backups(dataSource), dataSource)
                        .migrate(flyway(dataSource, MIGRATIONS, FAILING)));

        assertThat(stopped.outcome()).isEqualTo(Outcome.RESTORED);
        assertThat(stopped.failedMigration()).isEqualTo("V900 (fails half way)");
        assertThat(stopped.failedScript()).isEqualTo("V900__fails_half_way.sql");
        assertThat(stopped.reason()).contains("NO_SUCH_TABLE");
        assertThat(stopped.fromVersion()).isEqualTo(LATEST);
        assertThat(stopped.toVersion()).isEqualTo("900");
        assertThat(stopped.backup()).isEqualTo(root.resolve("backups/pre-migration-V" + LATEST + "-to-V900-20261122T101500Z.zip"
                        + (key == null ? "" : BackupEncryption.SUFFIX)))
                .isRegularFile();
        assertThat(stopped.databaseFolder()).isEqualTo(root.resolve("data"));

        JdbcTemplate jdbc = new JdbcTemplate(afterwards);
        assertThat(columns(jdbc, "LOG_ENTRY")).doesNotContain("HALF_APPLIED");
        assertThat(tables(jdbc)).doesNotContain("HALF_APPLIED_TABLE");
        assertThat(versions(jdbc)).containsExactlyElementsOf(SHIPPED);
        assertThat(jdbc.queryForObject("select count(*) from \"flyway_schema_history\" where not \"success\"",
                Integer.class)).isZero();
        assertThat(snapshot(jdbc)).isEqualTo(before);
        flyway(afterwards, MIGRATIONS).migrate(); // starts again normally once the migration is removed
    }

    private static void withData(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update("insert into account (username, password_hash, role, enabled, created_at)"
                + " values ('ann', 'hash', 'PATIENT', true, TIMESTAMP '2026-11-01 09:00:00')");
        jdbc.update("insert into episode (account_id, onset_date, started_at, is_current, red_flags, safety_factors)"
                + " select id, DATE '2026-11-01', TIMESTAMP '2026-11-01 09:00:00', true, '', '' from account");
        jdbc.update("insert into log_entry (episode_id, entry_date, pain, interference, red_flags, notes)"
                + " select id, DATE '2026-11-02', 6, 5, '', 'first day' from episode");
        jdbc.update("insert into log_entry_treatment (log_entry_id, treatment)"
                + " select id, 'HEAT_COLD' from log_entry where entry_date = DATE '2026-11-02'");
        jdbc.update("insert into log_entry (episode_id, entry_date, pain, interference, red_flags, notes)"
                + " select id, DATE '2026-11-03', 4, 3, '', 'better' from episode");
    }

    private static List<String> snapshot(JdbcTemplate jdbc) {
        return jdbc.queryForList("select a.username || ' ' || e.entry_date || ' ' || e.pain || ' ' || e.notes"
                + " from log_entry e join episode p on p.id = e.episode_id join account a on a.id = p.account_id"
                + " order by e.entry_date", String.class);
    }

    private static List<String> versions(JdbcTemplate jdbc) {
        return jdbc.queryForList("select \"version\" from \"flyway_schema_history\" where \"version\" is not null"
                + " order by \"installed_rank\"", String.class);
    }

    private static List<String> columns(JdbcTemplate jdbc, String table) {
        return jdbc.queryForList("select column_name from information_schema.columns where table_name = ?",
                String.class, table);
    }

    private static List<String> tables(JdbcTemplate jdbc) {
        return jdbc.queryForList("select table_name from information_schema.tables where table_schema = 'PUBLIC'",
                String.class);
    }
}
