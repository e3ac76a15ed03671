package org.spasmcare.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.spasmcare.backup.BackupEncryption.BackupDecryptionException;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * The encrypted backup format on bytes: what goes in comes out, and a wrong key or any change to the file
 * is refused with a message that says which, never with garbage.
 */
class BackupEncryptionTest {

    /** A valid key for tests: bytes 0 to 31, in base64. */
    static final String KEY = Base64.getEncoder().encodeToString(bytes(32, i -> (byte) i));
    static final String OTHER_KEY = Base64.getEncoder().encodeToString(bytes(32, i -> (byte) (100 + i)));
    private static final int CHUNK = BackupEncryption.CHUNK;
    private static final int HEADER = 60;
    private static final int SEGMENT = CHUNK + 16;

    private static byte[] bytes(int length, java.util.function.IntFunction<Byte> at) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = at.apply(i);
        }
        return bytes;
    }

    private static byte[] data(int length) {
        byte[] data = new byte[length];
        new Random(length).nextBytes(data);
        return data;
    }

    static BackupKey key(String base64) {
        return BackupKey.parse(base64).orElseThrow();
    }

    private static byte[] encrypt(byte[] plain, String key) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BackupEncryption.encrypt(new ByteArrayInputStream(plain), out, key(key));
        return out.toByteArray();
    }

    private static byte[] decrypt(byte[] encrypted, String key) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BackupEncryption.decrypt(new ByteArrayInputStream(encrypted), out, key(key));
        return out.toByteArray();
    }

    @Test
    void shouldGiveBackExactlyWhatWasEncryptedWhateverItsLength() throws IOException {
        for (int length : new int[] { 0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 3 * CHUNK + 5 }) {
            byte[] plain = data(length);
            byte[] encrypted = encrypt(plain, KEY);

            assertThat(decrypt(encrypted, KEY)).as("length " + length).isEqualTo(plain);
            int chunks = Math.max(1, (length + CHUNK - 1) / CHUNK);
            assertThat(encrypted).as("header, then each chunk with its tag").hasSize(HEADER + length + 16 * chunks);
        }
    }

    @Test
    void shouldNotRepeatItselfForTheSameData() throws IOException {
        byte[] plain = data(1000);
        assertThat(encrypt(plain, KEY)).isNotEqualTo(encrypt(plain, KEY));
        assertThat(new String(encrypt("every patient's log".repeat(50).getBytes(), KEY), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("patient");
    }

    @Test
    void shouldRefuseAWrongKeyClearly() throws IOException {
        byte[] encrypted = encrypt(data(CHUNK + 10), KEY);

        assertThatThrownBy(() -> decrypt(encrypted, OTHER_KEY)).isInstanceOf(BackupDecryptionException.class)
                .hasMessageContaining("encrypted with a different key")
                .hasMessageContaining("spasmcare.backup.key (SPASMCARE_BACKUP_KEY)");
    }

    @Test
    void shouldRefuseAChangedByteAnywhereInTheChunks() throws IOException {
        byte[] encrypted = encrypt(data(2 * CHUNK + 100), KEY);
        for (int at : new int[] { HEADER, HEADER + SEGMENT + 7, encrypted.length - 1 }) {
            byte[] changed = encrypted.clone();
            changed[at] ^= 1;

            assertThatThrownBy(() -> decrypt(changed, KEY)).as("byte " + at).isInstanceOf(BackupDecryptionException.class)
                    .hasMessageContaining("fails its integrity check");
        }
    }

    @Test
    void shouldRefuseAChangedHeader() throws IOException {
        byte[] encrypted = encrypt(data(100), KEY);
        byte[] chunkSize = encrypted.clone();
        chunkSize[10] ^= 1;
        byte[] salt = encrypted.clone();
        salt[20] ^= 1;

        assertThatThrownBy(() -> decrypt(chunkSize, KEY)).isInstanceOf(BackupDecryptionException.class);
        assertThatThrownBy(() -> decrypt(salt, KEY)).isInstanceOf(BackupDecryptionException.class)
                .hasMessageContaining("header was changed");
    }

    @Test
    void shouldRefuseAFileCutShortLengthenedOrReordered() throws IOException {
        byte[] encrypted = encrypt(data(3 * CHUNK), KEY); // three full chunks, the third the last
        byte[] withoutLastChunk = Arrays.copyOf(encrypted, HEADER + 2 * SEGMENT);
        byte[] cutInTheMiddle = Arrays.copyOf(encrypted, encrypted.length - 100);
        byte[] lengthened = Arrays.copyOf(encrypted, encrypted.length + 1);
        byte[] headerOnly = Arrays.copyOf(encrypted, HEADER);
        byte[] swapped = encrypted.clone();
        System.arraycopy(encrypted, HEADER + SEGMENT, swapped, HEADER, SEGMENT);
        System.arraycopy(encrypted, HEADER, swapped, HEADER + SEGMENT, SEGMENT);

        for (byte[] changed : new byte[][] { withoutLastChunk, cutInTheMiddle, lengthened, headerOnly, swapped }) {
            Throwable refused = catchThrowable(() -> decrypt(changed, KEY));
            assertThat(refused).isInstanceOf(BackupDecryptionException.class);
            assertThat(refused.getMessage()).containsAnyOf("fails its integrity check", "cut short");
        }
    }

    @Test
    void shouldSayWhenAFileIsNotAnEncryptedBackup() {
        assertThatThrownBy(() -> decrypt("PK\u0003\u0004 a plain zip".getBytes(), KEY))
                .isInstanceOf(BackupDecryptionException.class)
                .hasMessageContaining("not an encrypted SpasmCare backup");
    }

    @Test
    void shouldReadTheKeySettingAndNeverShowIt() {
        assertThat(BackupKey.parse(null)).isEmpty();
        assertThat(BackupKey.parse("  ")).isEmpty();
        assertThat(BackupKey.parse(" " + KEY + "\n")).isPresent();
        assertThat(key(KEY).toString()).doesNotContain(KEY);
        assertThat(new BackupProperties(java.nio.file.Path.of("b"), "-", 1, KEY).toString()).doesNotContain(KEY)
                .contains("key=(set)");

        String shortKey = Base64.getEncoder().encodeToString(bytes(16, i -> (byte) 7));
        assertThatThrownBy(() -> BackupKey.parse(shortKey)).isInstanceOf(InvalidBackupKeyException.class)
                .hasMessage("spasmcare.backup.key (SPASMCARE_BACKUP_KEY) holds 16 bytes; it must hold 32 bytes (256 bits)"
                        + " in base64, 44 characters.")
                .message().doesNotContain(shortKey);
        assertThatThrownBy(() -> BackupKey.parse("not base64 at all!")).isInstanceOf(InvalidBackupKeyException.class)
                .hasMessage("spasmcare.backup.key (SPASMCARE_BACKUP_KEY) is not valid base64.");
    }

    @Test
    void shouldStopStartUpWithAPlainMessageForAnUnusableKey() {
        Throwable invalid = catchThrowable(() -> new DatabaseBackups(new org.springframework.jdbc.datasource
                .DriverManagerDataSource("jdbc:h2:mem:unused"), new BackupProperties(java.nio.file.Path.of("b"), "-", 1,
                "secret-but-too-short"), java.time.Clock.systemUTC()));
        assertThat(invalid).isInstanceOf(InvalidBackupKeyException.class);

        FailureAnalysis analysis = StartupFailureMessagesTest.analyze(
                new BeanCreationException("databaseBackups", "Failed to instantiate", invalid));

        assertThat(analysis.getDescription()).startsWith("SpasmCare cannot use the key for encrypting backups:")
                .contains("spasmcare.backup.key (SPASMCARE_BACKUP_KEY)").doesNotContain("secret-but-too-short");
        assertThat(analysis.getAction()).contains("openssl rand -base64 32").contains("leave the setting unset");
    }
}
