package org.spasmcare.backup;

import java.util.Base64;
import java.util.Optional;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key backups are encrypted with: {@code spasmcare.backup.key} (SPASMCARE_BACKUP_KEY), 32 random bytes
 * in base64, as {@code openssl rand -base64 32} makes. Never printed: not in messages, logs or toString.
 */
final class BackupKey {

    static final String SETTING = "spasmcare.backup.key (SPASMCARE_BACKUP_KEY)";
    static final int BYTES = 32;

    private final SecretKey key;

    private BackupKey(byte[] bytes) {
        this.key = new SecretKeySpec(bytes, "AES");
    }

    /**
     * The key a setting holds; empty when it is not set or blank (backups are then not encrypted).
     *
     * @throws InvalidBackupKeyException when it is set but is not 32 bytes in base64; the message never
     *                                   holds the setting's value
     */
    static Optional<BackupKey> parse(String setting) {
        if (setting == null || setting.isBlank()) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(setting.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidBackupKeyException(SETTING + " is not valid base64.");
        }
        if (bytes.length != BYTES) {
            throw new InvalidBackupKeyException(SETTING + " holds " + bytes.length + " bytes; it must hold "
                    + BYTES + " bytes (256 bits) in base64, 44 characters.");
        }
        return Optional.of(new BackupKey(bytes));
    }

    SecretKey secret() {
        return key;
    }

    @Override
    public String toString() {
        return "BackupKey[hidden]";
    }
}
