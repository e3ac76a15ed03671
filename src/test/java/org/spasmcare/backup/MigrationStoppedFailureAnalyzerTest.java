package org.spasmcare.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;

import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.FailureHandler;

/** What the console says when start-up stops for a database upgrade: plain words, where, what next. */
class MigrationStoppedFailureAnalyzerTest {

    private static final Path BACKUP = Path.of("/data/backups/pre-migration-V3-to-V4-20261122T101500Z.zip");
    private static final Path DATA = Path.of("/data");
    private static final FlywayException FAILURE = new FlywayException("Migration V4__add_notes.sql failed",
            new SQLException("Table \"NO_SUCH_TABLE\" not found; SQL statement:\nINSERT INTO no_such_table VALUES (1)"
                    + " [42102-240]"));

    private final MigrationStoppedFailureAnalyzer analyzer = new MigrationStoppedFailureAnalyzer();

    /** As Spring reports it: wrapped in the failure to create Flyway's initializer bean. */
    private FailureAnalysis analyze(MigrationStoppedException stopped) {
        return analyzer.analyze(new BeanCreationException("flywayInitializer", "Invocation of init method failed",
                stopped));
    }

    @Test
    void shouldSayWhichMigrationFailedWhyThatTheDataIsRestoredAndWhereTheBackupIs() {
        FailureAnalysis analysis = analyze(MigrationStoppedException.restored("3", "4", "V4 (add notes)",
                "V4__add_notes.sql", BACKUP, DATA, FAILURE));

        assertThat(analysis.getDescription())
                .contains("migration V4 (add notes), script V4__add_notes.sql, failed")
                .contains("Reason: Table \"NO_SUCH_TABLE\" not found; SQL statement: INSERT INTO no_such_table VALUES (1)")
                .contains("restored to exactly how they were before this start (V3)")
                .contains("Pre-migration backup: " + BACKUP)
                .doesNotContain("\tat ");
        assertThat(analysis.getAction())
                .contains("Fix or remove V4__add_notes.sql and start SpasmCare again")
                .contains("restore a backup as the README's 'Backup and restore' section describes");
        assertThat(analysis.getCause()).isInstanceOf(MigrationStoppedException.class);
    }

    @Test
    void shouldSayPlainlyWhenTheRestoreFailedTooAndHowToRestoreByHand() {
        FailureAnalysis analysis = analyze(MigrationStoppedException.notRestored("3", "4", "V4 (add notes)",
                "V4__add_notes.sql", BACKUP, DATA, FAILURE, new IOException("No space left on device")));

        assertThat(analysis.getDescription())
                .contains("Putting back the pre-migration backup failed too: No space left on device")
                .contains("The database in " + DATA + " may be half-migrated")
                .doesNotContain("Nothing was lost");
        assertThat(analysis.getAction())
                .contains("Do not start SpasmCare on this data folder until it is restored")
                .contains("unzip " + BACKUP + " -d " + DATA);
    }

    @Test
    void shouldSayToDecryptAnEncryptedBackupBeforeRestoringItByHand() {
        Path encrypted = Path.of(BACKUP + ".enc");
        FailureAnalysis analysis = analyze(MigrationStoppedException.notRestored("3", "4", "V4 (add notes)",
                "V4__add_notes.sql", encrypted, DATA, FAILURE, new IOException("No space left on device")));

        assertThat(analysis.getAction())
                .contains("Do not start SpasmCare on this data folder until it is restored")
                .contains("decrypt the backup with the backup key (in SPASMCARE_BACKUP_KEY)")
                .contains("java -cp spasmcare.jar -Dloader.main=org.spasmcare.backup.DecryptBackup"
                        + " org.springframework.boot.loader.launch.PropertiesLauncher " + encrypted + " " + BACKUP)
                .contains("unzip " + BACKUP + " -d " + DATA);
    }

    @Test
    void shouldSayNothingChangedWhenTheBackupBeforeTheUpgradeCouldNotBeTaken() {
        FailureAnalysis analysis = analyze(MigrationStoppedException.noBackup("3", "4", Path.of("/data/backups"),
                new BackupFailedException("could not back up", new IOException("Permission denied"))));

        assertThat(analysis.getDescription())
                .contains("did not upgrade the database from V3 to V4")
                .contains("could not first take a backup in /data/backups")
                .contains("Reason: Permission denied")
                .contains("Nothing was changed");
        assertThat(analysis.getAction()).contains("writable").contains("SPASMCARE_BACKUP_FOLDER");
    }

    @Test
    void shouldNameTheUpgradeWhenFlywayStoppedBeforeAnyMigration() {
        FailureAnalysis analysis = analyze(MigrationStoppedException.restored("3", "4", null, null, BACKUP, DATA,
                new FlywayException("Validate failed: checksum mismatch for migration version 3")));

        assertThat(analysis.getDescription()).contains("The database upgrade from V3 to V4 failed.")
                .contains("Reason: Validate failed: checksum mismatch");
        assertThat(analysis.getAction()).contains("Fix or remove the failing migration");
    }

    @Test
    void shouldLeaveOtherFailuresToOtherAnalyzers() {
        assertThat(analyzer.analyze(new IllegalStateException("something else"))).isNull();
    }

    @Test
    void shouldBeRegisteredForSpringBootToFind() {
        // others of Boot's analyzers need a bean factory; the ones that cannot be made here are skipped
        assertThat(SpringFactoriesLoader.forDefaultResourceLocation(getClass().getClassLoader())
                .load(FailureAnalyzer.class, null, FailureHandler.handleMessage((message, failure) -> { })))
                .hasAtLeastOneElementOfType(MigrationStoppedFailureAnalyzer.class);
    }
}
