package org.spasmcare.backup;

/** A backup could not be written; no partial file is left under a backup's name. */
public class BackupFailedException extends RuntimeException {

    BackupFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
