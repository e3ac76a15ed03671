package org.spasmcare.backup;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Database upgrades that never leave a half-migrated database behind.
 *
 * <p>H2 commits every DDL statement at once, so Flyway cannot roll back a migration that fails half way:
 * the statements before the failing one stay applied, and Flyway records the migration as failed in
 * {@code flyway_schema_history}, after which every start refuses to run until someone cleans up by hand.
 * So on an H2 file database that already holds migrated data and has migrations pending, this strategy
 * first takes a backup ({@code pre-migration-V3-to-V4-<time>.zip}), then migrates. If the migration fails,
 * it closes the database, puts the backup's files back, and stops start-up with a
 * {@link MigrationStoppedException}: the data and schema are exactly as before this start.
 *
 * <p>A fresh, empty database is simply migrated (there is nothing to lose), and so is any other database:
 * on PostgreSQL each migration runs in a transaction that Flyway rolls back when it fails.
 */
class SafeMigrationStrategy implements FlywayMigrationStrategy {

    private static final Logger log = LoggerFactory.getLogger(SafeMigrationStrategy.class);

    private final DatabaseBackups backups;
    private final DataSource appDataSource;

    SafeMigrationStrategy(DatabaseBackups backups, DataSource appDataSource) {
        this.backups = backups;
        this.appDataSource = appDataSource;
    }

    @Override
    public void migrate(Flyway flyway) {
        DataSource dataSource = flyway.getConfiguration().getDataSource();
        H2Files.Database database = inspect(dataSource);
        if (!database.isH2File()) {
            flyway.migrate();
            return;
        }
        OwnerOnly.database(database); // H2 has just created or opened its files, with the process's umask
        MigrationInfoService info = flyway.info();
        MigrationInfo current = info.current();
        MigrationInfo[] pending = info.pending();
        if (current == null || current.getVersion() == null || pending.length == 0) {
            flyway.migrate(); // a fresh database, or nothing to do (Flyway still validates)
            return;
        }
        String from = current.getVersion().getVersion();
        String to = Arrays.stream(pending).map(MigrationInfo::getVersion).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).map(version -> version.getVersion()).orElse(from);

        Backup backup;
        try {
            backup = backups.beforeMigration(dataSource, from, to);
        } catch (RuntimeException e) {
            throw MigrationStoppedException.noBackup(from, to, backups.settings().folder(), e);
        }
        Path backupFile = backups.fileOf(backup);
        log.info("Took {} before migrating the database from V{} to V{}", backupFile, from, to);

        try {
            flyway.migrate();
        } catch (RuntimeException failure) {
            Optional<MigrationInfo> failed = failedMigration(flyway);
            String failedName = failed.map(SafeMigrationStrategy::describe).orElse(null);
            String failedScript = failed.map(MigrationInfo::getScript).orElse(null);
            log.warn("Migration {} failed; putting back {}", failedName == null ? "" : failedName, backupFile);
            try {
                restore(dataSource, database, backupFile);
            } catch (Exception restoreFailure) {
                throw MigrationStoppedException.notRestored(from, to, failedName, failedScript, backupFile,
                        database.folder(), failure, restoreFailure);
            }
            log.warn("Restored the database from {}: it is at V{} again, as before this start", backupFile, from);
            throw MigrationStoppedException.restored(from, to, failedName, failedScript, backupFile,
                    database.folder(), failure);
        }
    }

    private static H2Files.Database inspect(DataSource dataSource) {
        try {
            return H2Files.inspect(dataSource);
        } catch (SQLException e) {
            // let Flyway report that it cannot reach the database, in its own words
            return new H2Files.Database("unknown", null);
        }
    }

    /** The migration Flyway marked as failed (H2 records it, since it cannot roll back). */
    private static Optional<MigrationInfo> failedMigration(Flyway flyway) {
        try {
            return Arrays.stream(flyway.info().all())
                    .filter(migration -> migration.getState().isFailed())
                    .reduce((first, second) -> second);
        } catch (RuntimeException e) {
            log.debug("Cannot read which migration failed", e);
            return Optional.empty();
        }
    }

    private static String describe(MigrationInfo migration) {
        String version = migration.getVersion() == null ? "repeatable" : "V" + migration.getVersion().getVersion();
        return version + " (" + migration.getDescription() + ")";
    }

    /**
     * Closes the database so that nothing can open it again mid-way, then puts the backup's files back.
     * The pool is closed first: a pool refilling itself in the background would otherwise reopen the
     * database between its shutdown and the file replacement.
     */
    private void restore(DataSource flywayDataSource, H2Files.Database database, Path backupFile) throws Exception {
        Optional<DataSource> direct = directConnection(flywayDataSource);
        if (direct.isEmpty()) {
            H2Files.shutDown(flywayDataSource.getConnection()); // no pool of Hikari's: nothing refills it
        }
        closePool(appDataSource);
        if (flywayDataSource != appDataSource) {
            closePool(flywayDataSource);
        }
        if (direct.isPresent()) {
            H2Files.shutDown(direct.get().getConnection());
        }
        H2Files.restore(backupFile, database, backups.key());
    }

    /** A plain DataSource to the same database, with no pool, from a Hikari pool's settings. */
    private static Optional<DataSource> directConnection(DataSource dataSource) throws SQLException {
        if (!dataSource.isWrapperFor(HikariDataSource.class)) {
            return Optional.empty();
        }
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        return Optional.of(DataSourceBuilder.create(SafeMigrationStrategy.class.getClassLoader())
                .type(SimpleDriverDataSource.class)
                .url(pool.getJdbcUrl())
                .username(pool.getUsername())
                .password(pool.getPassword())
                .build());
    }

    private static void closePool(DataSource dataSource) throws Exception {
        if (dataSource instanceof AutoCloseable closeable) {
            closeable.close();
        } else if (dataSource.isWrapperFor(HikariDataSource.class)) {
            dataSource.unwrap(HikariDataSource.class).close();
        }
    }
}
