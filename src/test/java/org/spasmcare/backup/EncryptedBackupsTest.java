package org.spasmcare.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Backups of a live H2 database under a key: what lands in the folder is no readable zip, yet it restores,
 * by the app and by hand with {@link DecryptBackup}; without the key or with another, nothing is restored.
 */
class EncryptedBackupsTest {

    @TempDir
    Path root;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T02:30:00Z"), ZoneOffset.UTC);

    private DataSource h2(Path folder) {
        return new DriverManagerDataSource("jdbc:h2:file:" + folder.resolve("spasmcare") + ";WRITE_DELAY=0", "sa", "");
    }

    private DatabaseBackups backups(DataSource dataSource, String key) {
        return new DatabaseBackups(dataSource, new BackupProperties(root.resolve("backups"), "-", 14, key), clock);
    }

    private Path encryptedBackup() {
        DataSource live = h2(root.resolve("live"));
        new JdbcTemplate(live).execute("create table note (id int primary key, text varchar(100))");
        new JdbcTemplate(live).update("insert into note values (1, 'first day: pain 6')");
        DatabaseBackups backups = backups(live, BackupEncryptionTest.KEY);
        Backup backup = backups.backUpNow();
        assertThat(backup.encrypted()).isTrue();
        assertThat(backups.encrypted()).isTrue();
        return backups.fileOf(backup);
    }

    @Test
    void shouldWriteAnEncryptedFileThatIsNoReadableZip() throws Exception {
        Path file = encryptedBackup();

        assertThat(file.getFileName().toString()).isEqualTo("manual-20261122T023000Z.zip.enc");
        assertThat(BackupEncryption.isEncrypted(file)).isTrue();
        assertThatThrownBy(() -> new ZipFile(file.toFile()).close()).isInstanceOf(ZipException.class);
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).doesNotContain("first day")
                .doesNotContain("spasmcare.mv.db");
        try (Stream<Path> files = Files.list(root.resolve("backups"))) {
            assertThat(files).as("no plain zip nor temporary file left").containsExactly(file);
        }
        if (Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
            assertThat(Files.getPosixFilePermissions(file)).isEqualTo(OwnerOnly.FILE);
        }
        assertThat(backups(h2(root.resolve("live")), BackupEncryptionTest.KEY).list())
                .extracting(Backup::name).containsExactly("manual-20261122T023000Z.zip.enc");
    }

    @Test
    void shouldRestoreAnEncryptedBackupWithTheKey() throws Exception {
        Path file = encryptedBackup();
        Path restored = root.resolve("restored");
        Files.createDirectories(restored);

        List<Path> files = H2Files.restore(file, new H2Files.Database(H2Files.H2, restored.resolve("spasmcare")),
                BackupKey.parse(BackupEncryptionTest.KEY));

        assertThat(files).containsExactly(restored.resolve("spasmcare.mv.db"));
        try (Stream<Path> left = Files.list(restored)) {
            assertThat(left).as("no decrypted copy left").containsExactly(restored.resolve("spasmcare.mv.db"));
        }
        assertThat(new JdbcTemplate(h2(restored)).queryForObject("select text from note", String.class))
                .isEqualTo("first day: pain 6");
    }

    @Test
    void shouldRestoreNothingWithoutTheKeyOrWithAnother() throws Exception {
        Path file = encryptedBackup();
        Path restored = root.resolve("restored");
        Files.createDirectories(restored);
        H2Files.Database database = new H2Files.Database(H2Files.H2, restored.resolve("spasmcare"));

        assertThatThrownBy(() -> H2Files.restore(file, database, Optional.empty()))
                .hasMessageContaining("is encrypted, but spasmcare.backup.key (SPASMCARE_BACKUP_KEY) is not set");
        assertThatThrownBy(() -> H2Files.restore(file, database, BackupKey.parse(BackupEncryptionTest.OTHER_KEY)))
                .hasMessageContaining("cannot be decrypted: it was encrypted with a different key");
        try (Stream<Path> left = Files.list(restored)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void shouldDecryptADownloadedBackupByHandForTheRestoreSteps() throws Exception {
        Path file = encryptedBackup();
        Path zip = root.resolve("manual-20261122T023000Z.zip");

        Result result = decryptByHand(Map.of("SPASMCARE_BACKUP_KEY", BackupEncryptionTest.KEY), file, zip);

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("Decrypted " + file + " into " + zip);
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            assertThat(archive.getEntry("spasmcare.mv.db")).isNotNull();
        }
        if (Files.getFileStore(zip).supportsFileAttributeView(PosixFileAttributeView.class)) {
            assertThat(Files.getPosixFilePermissions(zip)).isEqualTo(OwnerOnly.FILE);
        }
        // the restore steps from there: H2's own tool unzips it into an empty folder
        Path restored = root.resolve("restored");
        org.h2.tools.Restore.execute(zip.toString(), restored.toString(), null);
        assertThat(new JdbcTemplate(h2(restored)).queryForObject("select text from note", String.class))
                .isEqualTo("first day: pain 6");
    }

    @Test
    void shouldWriteNothingByHandWithAWrongKeyOrNone() throws Exception {
        Path file = encryptedBackup();
        Path zip = root.resolve("out.zip");

        Result wrong = decryptByHand(Map.of("SPASMCARE_BACKUP_KEY", BackupEncryptionTest.OTHER_KEY), file, zip);
        assertThat(wrong.exit()).isEqualTo(1);
        assertThat(wrong.err()).contains("Could not decrypt " + file + ": it was encrypted with a different key");

        Result none = decryptByHand(Map.of(), file, zip);
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("Set the environment variable SPASMCARE_BACKUP_KEY");

        Files.write(file, new byte[] { 1, 2, 3 }, java.nio.file.StandardOpenOption.APPEND);
        Result tampered = decryptByHand(Map.of("SPASMCARE_BACKUP_KEY", BackupEncryptionTest.KEY), file, zip);
        assertThat(tampered.exit()).isEqualTo(1);
        assertThat(tampered.err()).contains("fails its integrity check");

        try (Stream<Path> files = Files.list(root)) {
            assertThat(files.map(path -> path.getFileName().toString())).doesNotContain("out.zip", ".out.zip.decrypting");
        }
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result decryptByHand(Map<String, String> environment, Path from, Path to) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = DecryptBackup.run(new String[] { from.toString(), to.toString() }, environment::get,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
