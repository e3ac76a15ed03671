package org.spasmcare.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The database and the backups hold every patient's log: on a POSIX file system, their folders are 0700
 * and their files 0600, whatever the process's umask (here the usual 022, which gives 0755 and 0644).
 */
class OwnerOnlyFilesTest {

    @TempDir
    Path root;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:15:00Z"), ZoneOffset.UTC);

    @BeforeEach
    void onlyOnPosix() {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
    }

    private DataSource h2() {
        return new DriverManagerDataSource("jdbc:h2:file:" + root.resolve("data").resolve("spasmcare")
                + ";WRITE_DELAY=0", "sa", "");
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void shouldWriteTheBackupsFolderAndEachBackupForTheOwnerOnly() throws Exception {
        DatabaseBackups backups = new DatabaseBackups(h2(), new BackupProperties(root.resolve("backups"), "-", 14), clock);

        Backup backup = backups.backUpNow();

        assertThat(mode(root.resolve("backups"))).isEqualTo("rwx------");
        assertThat(mode(backups.fileOf(backup))).isEqualTo("rw-------");
    }

    @Test
    void shouldMakeTheDatabaseFolderAndItsFilesTheOwnersOnlyOnStart() throws Exception {
        DataSource dataSource = h2();
        DatabaseBackups backups = new DatabaseBackups(dataSource, new BackupProperties(root.resolve("backups"), "-", 14),
                clock);

        new SafeMigrationStrategy(backups, dataSource)
                .migrate(Flyway.configure().dataSource(dataSource).locations(SafeMigrationStrategyTest.MIGRATIONS).load());

        assertThat(mode(root.resolve("data"))).isEqualTo("rwx------");
        assertThat(mode(root.resolve("data").resolve("spasmcare.mv.db"))).isEqualTo("rw-------");
    }

    @Test
    void shouldRestoreTheDatabaseFilesForTheOwnerOnly() throws Exception {
        DataSource dataSource = h2();
        DatabaseBackups backups = new DatabaseBackups(dataSource, new BackupProperties(root.resolve("backups"), "-", 14),
                clock);
        Backup backup = backups.backUpNow();
        Path restored = Files.createDirectory(root.resolve("restored"));

        H2Files.restore(backups.fileOf(backup), new H2Files.Database(H2Files.H2, restored.resolve("spasmcare")));

        assertThat(mode(restored.resolve("spasmcare.mv.db"))).isEqualTo("rw-------");
    }
}
