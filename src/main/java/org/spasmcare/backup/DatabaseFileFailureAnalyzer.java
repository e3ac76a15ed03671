package org.spasmcare.backup;

import java.sql.SQLException;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * A start that fails because the embedded database's file cannot be used ends with a plain Description and
 * Action instead of a long stack trace: another process has the file open, or the data folder cannot be
 * written. Recognised by H2's error codes anywhere in the chain of causes (Hikari and Flyway wrap them).
 * Registered in META-INF/spring.factories.
 */
class DatabaseFileFailureAnalyzer implements FailureAnalyzer {

    /** H2's ErrorCode values (H2 is a runtime dependency, so they are copied here). */
    static final int DATABASE_ALREADY_OPEN = 90020;
    static final int DATABASE_IS_READ_ONLY = 90097;
    static final int FILE_CREATION_FAILED = 90062;
    static final int IO_EXCEPTION = 90028;
    static final int IO_EXCEPTION_2 = 90031;

    private static final String DATA_DIR = "the data folder (spasmcare.data-dir, SPASMCARE_DATA_DIR)";

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                FailureAnalysis analysis = analyze(sql, failure);
                if (analysis != null) {
                    return analysis;
                }
            }
        }
        return null;
    }

    private static FailureAnalysis analyze(SQLException sql, Throwable failure) {
        return switch (sql.getErrorCode()) {
            case DATABASE_ALREADY_OPEN -> new FailureAnalysis(
                    "SpasmCare cannot open its database: another process has the database file open (another"
                            + " SpasmCare on the same data folder, or a database tool).",
                    "Stop the other process, or start this SpasmCare on another data folder (SPASMCARE_DATA_DIR),"
                            + " then start SpasmCare again. Never copy the database file while it is open: take a"
                            + " backup from the admins' backups page instead.",
                    failure);
            case DATABASE_IS_READ_ONLY, FILE_CREATION_FAILED, IO_EXCEPTION, IO_EXCEPTION_2 -> new FailureAnalysis(
                    "SpasmCare cannot write its database in " + DATA_DIR + ": " + firstLine(sql.getMessage()),
                    "Make the data folder and the files in it writable by the account SpasmCare runs as (and"
                            + " check that the disk is not full or mounted read-only), then start SpasmCare again.",
                    failure);
            default -> null;
        };
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }
}
