package org.spasmcare.backup;

/**
 * {@code spasmcare.backup.key} is set but cannot be used; start-up stops ({@link InvalidBackupKeyFailureAnalyzer}
 * says what to do) rather than write backups that are not encrypted, or that nobody could decrypt.
 */
public class InvalidBackupKeyException extends RuntimeException {

    InvalidBackupKeyException(String message) {
        super(message);
    }
}
