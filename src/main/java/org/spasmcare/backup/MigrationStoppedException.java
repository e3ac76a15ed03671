package org.spasmcare.backup;

import java.nio.file.Path;

/**
 * Start-up stopped because a database upgrade could not be done safely. Says what happened, in what
 * state the data was left, and where the pre-migration backup is; {@link MigrationStoppedFailureAnalyzer}
 * turns it into the plain Description and Action shown on the console.
 */
public class MigrationStoppedException extends RuntimeException {

    /** What state the database was left in. */
    public enum Outcome {
        /** The backup before the upgrade could not be taken, so nothing was migrated or changed. */
        NOT_MIGRATED,
        /** A migration failed and the pre-migration backup was put back: the data is as before. */
        RESTORED,
        /** A migration failed and putting the backup back failed too: the database may be half-migrated. */
        NOT_RESTORED
    }

    private final Outcome outcome;
    private final String fromVersion;
    private final String toVersion;
    private final String failedMigration;
    private final String failedScript;
    private final String reason;
    private final Path backup;
    private final Path databaseFolder;
    private final String restoreProblem;

    MigrationStoppedException(Outcome outcome, String fromVersion, String toVersion, String failedMigration,
            String failedScript, String reason, Path backup, Path databaseFolder, String restoreProblem,
            Throwable cause) {
        super(summary(outcome, fromVersion, toVersion, failedMigration, reason, backup, restoreProblem), cause);
        this.outcome = outcome;
        this.fromVersion = fromVersion;
        this.toVersion = toVersion;
        this.failedMigration = failedMigration;
        this.failedScript = failedScript;
        this.reason = reason;
        this.backup = backup;
        this.databaseFolder = databaseFolder;
        this.restoreProblem = restoreProblem;
    }

    static MigrationStoppedException noBackup(String fromVersion, String toVersion, Path backupsFolder,
            Throwable cause) {
        return new MigrationStoppedException(Outcome.NOT_MIGRATED, fromVersion, toVersion, null, null,
                rootMessage(cause), backupsFolder, null, null, cause);
    }

    static MigrationStoppedException restored(String fromVersion, String toVersion, String failedMigration,
            String failedScript, Path backup, Path databaseFolder, Throwable cause) {
        return new MigrationStoppedException(Outcome.RESTORED, fromVersion, toVersion, failedMigration, failedScript,
                rootMessage(cause), backup, databaseFolder, null, cause);
    }

    static MigrationStoppedException notRestored(String fromVersion, String toVersion, String failedMigration,
            String failedScript, Path backup, Path databaseFolder, Throwable cause, Exception restoreFailure) {
        MigrationStoppedException stopped = new MigrationStoppedException(Outcome.NOT_RESTORED, fromVersion, toVersion,
                failedMigration, failedScript, rootMessage(cause), backup, databaseFolder, rootMessage(restoreFailure),
                cause);
        stopped.addSuppressed(restoreFailure);
        return stopped;
    }

    public Outcome outcome() {
        return outcome;
    }

    /** The schema version the database had before this start. */
    public String fromVersion() {
        return fromVersion;
    }

    /** The newest version this start was going to migrate to. */
    public String toVersion() {
        return toVersion;
    }

    /** The failed migration, for example {@code V900 (fails half way)}; null if none could be named. */
    public String failedMigration() {
        return failedMigration;
    }

    /** The failed migration's script, for example {@code V900__fails_half_way.sql}; null if unknown. */
    public String failedScript() {
        return failedScript;
    }

    /** Why it failed, in the database's or Flyway's words. */
    public String reason() {
        return reason;
    }

    /** The pre-migration backup; for {@link Outcome#NOT_MIGRATED}, the folder it could not be written to. */
    public Path backup() {
        return backup;
    }

    /** The folder of the database files; null for {@link Outcome#NOT_MIGRATED}. */
    public Path databaseFolder() {
        return databaseFolder;
    }

    /** Why putting the backup back failed, for {@link Outcome#NOT_RESTORED}. */
    public String restoreProblem() {
        return restoreProblem;
    }

    private static String summary(Outcome outcome, String from, String to, String failed, String reason, Path backup,
            String restoreProblem) {
        return switch (outcome) {
            case NOT_MIGRATED -> "Did not migrate the database from V" + from + " to V" + to
                    + ": could not take the pre-migration backup in " + backup + ": " + reason;
            case RESTORED -> "Migration " + failed + " failed (" + reason + "); the database was restored from "
                    + backup + " to V" + from;
            case NOT_RESTORED -> "Migration " + failed + " failed (" + reason + ") and restoring " + backup
                    + " failed too (" + restoreProblem + ")";
        };
    }

    /** The innermost message: the database's own words, without the layers around it. */
    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
