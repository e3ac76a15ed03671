package org.spasmcare.backup;

import java.nio.file.Path;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Shows a stopped database upgrade as a plain Description and Action on the console, instead of a long
 * stack trace: which migration failed and why, what state the data is in, where the pre-migration backup
 * is, and what to do next. Registered in META-INF/spring.factories.
 */
class MigrationStoppedFailureAnalyzer extends AbstractFailureAnalyzer<MigrationStoppedException> {

    static final String README_SECTION = "the README's 'Backup and restore' section";

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MigrationStoppedException stopped) {
        return new FailureAnalysis(description(stopped), action(stopped), stopped);
    }

    static String description(MigrationStoppedException stopped) {
        String migration = stopped.failedMigration() == null
                ? "The database upgrade from V" + stopped.fromVersion() + " to V" + stopped.toVersion() + " failed."
                : "The database upgrade stopped: migration " + stopped.failedMigration()
                        + (stopped.failedScript() == null ? "" : ", script " + stopped.failedScript()) + ", failed.";
        return switch (stopped.outcome()) {
            case NOT_MIGRATED -> String.join(System.lineSeparator(),
                    "SpasmCare did not upgrade the database from V" + stopped.fromVersion() + " to V"
                            + stopped.toVersion() + ", because it could not first take a backup in "
                            + stopped.backup() + ".",
                    "Reason: " + stopped.reason(),
                    "Nothing was changed: the data is as it was, at V" + stopped.fromVersion() + ".");
            case RESTORED -> String.join(System.lineSeparator(),
                    migration,
                    "Reason: " + stopped.reason(),
                    "",
                    "The embedded H2 database cannot undo part of a migration, so SpasmCare put back the copy it"
                            + " took just before the upgrade.",
                    "The data and the schema are restored to exactly how they were before this start (V"
                            + stopped.fromVersion() + "). Nothing was lost.",
                    "Pre-migration backup: " + stopped.backup());
            case NOT_RESTORED -> String.join(System.lineSeparator(),
                    migration,
                    "Reason: " + stopped.reason(),
                    "",
                    "Putting back the pre-migration backup failed too: " + stopped.restoreProblem(),
                    "The database in " + stopped.databaseFolder() + " may be half-migrated.",
                    "Pre-migration backup (the data as it was at V" + stopped.fromVersion() + "): " + stopped.backup());
        };
    }

    static String action(MigrationStoppedException stopped) {
        String script = stopped.failedScript() == null ? "the failing migration" : stopped.failedScript();
        return switch (stopped.outcome()) {
            case NOT_MIGRATED -> "Make sure the backups folder (spasmcare.backup.folder, SPASMCARE_BACKUP_FOLDER) exists"
                    + " or can be created, is writable and has room, then start SpasmCare again.";
            case RESTORED -> String.join(System.lineSeparator(),
                    "Fix or remove " + script + " and start SpasmCare again: it takes a new backup and tries the"
                            + " upgrade again. There is nothing to repair in the database (no 'flyway repair').",
                    "To go back to an older copy instead, restore a backup as " + README_SECTION + " describes.");
            case NOT_RESTORED -> stopped.backup().getFileName().toString().endsWith(BackupEncryption.SUFFIX)
                    ? String.join(System.lineSeparator(),
                    "Do not start SpasmCare on this data folder until it is restored. Restore the pre-migration backup"
                            + " by hand: move the files in " + stopped.databaseFolder() + " aside, decrypt the backup"
                            + " with the backup key (in SPASMCARE_BACKUP_KEY), then unzip it:",
                    "    java -cp spasmcare.jar -Dloader.main=" + DecryptBackup.class.getName()
                            + " org.springframework.boot.loader.launch.PropertiesLauncher " + stopped.backup() + " "
                            + decrypted(stopped.backup()),
                    "    unzip " + decrypted(stopped.backup()) + " -d " + stopped.databaseFolder(),
                    "Then fix or remove " + script + " and start SpasmCare again (" + README_SECTION + ").")
                    : String.join(System.lineSeparator(),
                    "Do not start SpasmCare on this data folder until it is restored. Restore the pre-migration backup"
                            + " by hand: move the files in " + stopped.databaseFolder() + " aside, then",
                    "    unzip " + stopped.backup() + " -d " + stopped.databaseFolder(),
                    "Then fix or remove " + script + " and start SpasmCare again (" + README_SECTION + ").");
        };
    }

    /** Where to decrypt an encrypted backup for a restore by hand: beside it, without ".enc". */
    private static Path decrypted(Path backup) {
        String name = backup.getFileName().toString();
        return backup.resolveSibling(name.substring(0, name.length() - BackupEncryption.SUFFIX.length()));
    }
}
