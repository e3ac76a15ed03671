package org.spasmcare.backup;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One line of the backups page: the time in UTC and the size rounded for people (kilobytes under a
 * megabyte, megabytes from there).
 */
record BackupRow(String name, String kind, String takenAtUtc, boolean large, long kilobytes, double megabytes,
        String fromVersion, String toVersion) {

    /** As every page shows a time: "18 November 2026, 14:20" (the page's column says UTC). */
    private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);
    private static final long MEGABYTE = 1024 * 1024;

    static BackupRow of(Backup backup) {
        long bytes = backup.sizeBytes();
        return new BackupRow(backup.name(), backup.kind().name(),
                UTC_TIME.format(LocalDateTime.ofInstant(backup.takenAt(), ZoneOffset.UTC)),
                bytes >= MEGABYTE, Math.max(1, (bytes + 1023) / 1024), bytes / (double) MEGABYTE,
                backup.fromVersion(), backup.toVersion());
    }
}
