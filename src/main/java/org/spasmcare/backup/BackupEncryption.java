package org.spasmcare.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encryption of backup files with AES-256-GCM, in chunks, with the JDK's own javax.crypto (no extra
 * library, and the hand-decrypt tool {@link DecryptBackup} needs nothing but a JDK). The whole database
 * is never held in memory: one chunk at a time.
 *
 * <p>The format, version 1 (all numbers big-endian):
 * <pre>
 * header:  "SPCENC01" (8 bytes) | chunk size (4 bytes) | salt (32 random bytes) | key check (16 bytes)
 * chunks:  AES-256-GCM(file key, nonce, plaintext chunk, additional data = the whole 60-byte header)
 *          each is the chunk's ciphertext followed by its 16-byte tag
 * </pre>
 * The file key is HMAC-SHA256(backup key, "spasmcare backup file key" | salt), a new key for each file,
 * so nonces never repeat under one key; the key check is the first 16 bytes of HMAC-SHA256(backup key,
 * "spasmcare backup key check" | salt), which tells a wrong key from a damaged file. The nonce of chunk
 * {@code i} is {@code i} (8 bytes) | 0 0 0 | 1 for the last chunk, 0 for any other. Every chunk but the
 * last holds exactly chunk-size bytes; the last holds 0 to chunk-size. So a chunk that was changed,
 * moved, dropped or added, a file cut short or lengthened, or a changed header all fail the check.
 */
final class BackupEncryption {

    static final String SUFFIX = ".enc";
    private static final byte[] MAGIC = "SPCENC01".getBytes(StandardCharsets.US_ASCII);
    static final int CHUNK = 64 * 1024;
    private static final int MIN_CHUNK = 1024;
    private static final int MAX_CHUNK = 16 * 1024 * 1024;
    private static final int SALT = 32;
    private static final int CHECK = 16;
    private static final int HEADER = MAGIC.length + 4 + SALT + CHECK;
    private static final int TAG = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private BackupEncryption() {
    }

    /** Whether a file starts as an encrypted backup does (whatever its name). */
    static boolean isEncrypted(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(MAGIC.length), MAGIC);
        }
    }

    static void encrypt(Path plain, Path encrypted, BackupKey key) throws IOException {
        try (InputStream in = Files.newInputStream(plain); OutputStream out = Files.newOutputStream(encrypted)) {
            encrypt(in, out, key);
        }
    }

    /** Decrypts a whole file; on failure the output may hold the chunks before the bad one: delete it. */
    static void decrypt(Path encrypted, Path plain, BackupKey key) throws IOException {
        try (InputStream in = Files.newInputStream(encrypted); OutputStream out = Files.newOutputStream(plain)) {
            decrypt(in, out, key);
        }
    }

    static void encrypt(InputStream in, OutputStream out, BackupKey key) throws IOException {
        byte[] salt = new byte[SALT];
        RANDOM.nextBytes(salt);
        byte[] header = ByteBuffer.allocate(HEADER).put(MAGIC).putInt(CHUNK).put(salt)
                .put(keyCheck(key, salt)).array();
        out.write(header);
        SecretKeySpec fileKey = fileKey(key, salt);
        byte[] chunk = new byte[CHUNK];
        int filled = in.readNBytes(chunk, 0, CHUNK);
        long index = 0;
        while (true) {
            int next = filled == CHUNK ? in.read() : -1; // a full chunk is the last only if nothing follows
            boolean last = next < 0;
            out.write(crypt(Cipher.ENCRYPT_MODE, fileKey, index, last, header, chunk, filled));
            if (last) {
                return;
            }
            index++;
            chunk[0] = (byte) next;
            filled = 1 + in.readNBytes(chunk, 1, CHUNK - 1);
        }
    }

    static void decrypt(InputStream in, OutputStream out, BackupKey key) throws IOException {
        byte[] header = in.readNBytes(HEADER);
        if (header.length < MAGIC.length || !Arrays.equals(Arrays.copyOf(header, MAGIC.length), MAGIC)) {
            throw new BackupDecryptionException("it is not an encrypted SpasmCare backup (it does not start with"
                    + " SpasmCare's header); a backup taken without a key is a plain zip and needs no decrypting");
        }
        if (header.length < HEADER) {
            throw new BackupDecryptionException("it is cut short: its header is incomplete");
        }
        ByteBuffer fields = ByteBuffer.wrap(header, MAGIC.length, HEADER - MAGIC.length);
        int chunkSize = fields.getInt();
        byte[] salt = new byte[SALT];
        fields.get(salt);
        byte[] check = new byte[CHECK];
        fields.get(check);
        if (!MessageDigest.isEqual(check, keyCheck(key, salt))) {
            throw new BackupDecryptionException("it was encrypted with a different key from the one in "
                    + BackupKey.SETTING + " (or its header was changed); use the key that was set when it was taken");
        }
        if (chunkSize < MIN_CHUNK || chunkSize > MAX_CHUNK) {
            throw new BackupDecryptionException("it is damaged or was changed: its header is not valid");
        }
        SecretKeySpec fileKey = fileKey(key, salt);
        byte[] segment = new byte[chunkSize + TAG];
        int filled = in.readNBytes(segment, 0, segment.length);
        long index = 0;
        while (true) {
            int next = filled == segment.length ? in.read() : -1;
            boolean last = next < 0;
            if (filled < TAG) {
                throw new BackupDecryptionException("it is cut short: part " + (index + 1) + " is incomplete");
            }
            byte[] plain;
            try {
                plain = crypt(Cipher.DECRYPT_MODE, fileKey, index, last, header, segment, filled);
            } catch (BackupDecryptionException e) {
                throw new BackupDecryptionException("it is damaged, cut short or was changed after it was written:"
                        + " part " + (index + 1) + " fails its integrity check");
            }
            out.write(plain);
            if (last) {
                return;
            }
            index++;
            segment[0] = (byte) next;
            filled = 1 + in.readNBytes(segment, 1, segment.length - 1);
        }
    }

    private static byte[] crypt(int mode, SecretKeySpec fileKey, long index, boolean last, byte[] header,
            byte[] data, int length) throws BackupDecryptionException {
        byte[] nonce = ByteBuffer.allocate(12).putLong(index).put(new byte[3]).put((byte) (last ? 1 : 0)).array();
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, fileKey, new GCMParameterSpec(TAG * 8, nonce));
            cipher.updateAAD(header);
            return cipher.doFinal(data, 0, length);
        } catch (AEADBadTagException e) {
            throw new BackupDecryptionException("integrity check failed");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM is not available in this JVM", e);
        }
    }

    private static SecretKeySpec fileKey(BackupKey key, byte[] salt) {
        return new SecretKeySpec(hmac(key, "spasmcare backup file key", salt), "AES");
    }

    private static byte[] keyCheck(BackupKey key, byte[] salt) {
        return Arrays.copyOf(hmac(key, "spasmcare backup key check", salt), CHECK);
    }

    private static byte[] hmac(BackupKey key, String label, byte[] salt) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.secret().getEncoded(), "HmacSHA256"));
            mac.update(label.getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(salt);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this JVM", e);
        }
    }

    /** An encrypted backup that cannot be decrypted; the message says why, for "The backup ... cannot be decrypted: ". */
    static final class BackupDecryptionException extends IOException {

        BackupDecryptionException(String reason) {
            super(reason);
        }
    }
}
