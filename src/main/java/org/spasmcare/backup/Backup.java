package org.spasmcare.backup;

import java.time.Instant;

/**
 * One backup file: a zip with a consistent copy of the embedded database.
 *
 * @param name        the file name, which also says what kind it is and when it was taken (UTC)
 * @param kind        daily, by hand, or just before a database upgrade
 * @param takenAt     when it was taken, to the second
 * @param sizeBytes   the file's size
 * @param fromVersion for a pre-migration backup, the schema version it holds; otherwise null
 * @param toVersion   for a pre-migration backup, the version the upgrade was going to; otherwise null
 */
public record Backup(String name, Kind kind, Instant takenAt, long sizeBytes, String fromVersion, String toVersion) {

    /** Whether it is encrypted with the backup key ({@code *.zip.enc}), rather than a plain zip. */
    public boolean encrypted() {
        return name.endsWith(BackupEncryption.SUFFIX);
    }

    /** Why a backup was taken; the app deletes old automatic ones, never those taken by hand. */
    public enum Kind {
        DAILY("daily"),
        MANUAL("manual"),
        PRE_MIGRATION("pre-migration");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }

        String prefix() {
            return prefix;
        }
    }
}
