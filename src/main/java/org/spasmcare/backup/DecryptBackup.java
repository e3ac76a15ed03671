package org.spasmcare.backup;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.function.Function;

/**
 * Decrypts a downloaded encrypted backup ({@code *.zip.enc}) into the plain zip, for the restore steps,
 * with the key from the environment variable SPASMCARE_BACKUP_KEY. Needs nothing but a JDK, so it runs
 * from the jar without starting SpasmCare (docs/running.md, "Restore"):
 * <pre>
 * SPASMCARE_BACKUP_KEY=... java -cp spasmcare.jar -Dloader.main=org.spasmcare.backup.DecryptBackup \
 *     org.springframework.boot.loader.launch.PropertiesLauncher daily-....zip.enc daily-....zip
 * </pre>
 * The output is written beside its target and renamed into place only when the whole file decrypted and
 * passed its integrity checks, so a wrong key or a damaged file never leaves a file behind.
 */
public final class DecryptBackup {

    static final String KEY_VARIABLE = "SPASMCARE_BACKUP_KEY";

    private DecryptBackup() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System::getenv, System.out, System.err));
    }

    /** 0 when decrypted, 1 when it could not be, 2 for wrong arguments or no key. */
    static int run(String[] args, Function<String, String> environment, PrintStream out, PrintStream err) {
        if (args.length != 2) {
            err.println("Usage: DecryptBackup <encrypted backup, *.zip.enc> <zip to write>");
            err.println("The key is read from the environment variable " + KEY_VARIABLE + ".");
            return 2;
        }
        Optional<BackupKey> key;
        try {
            key = BackupKey.parse(environment.apply(KEY_VARIABLE));
        } catch (InvalidBackupKeyException e) {
            err.println(e.getMessage());
            return 2;
        }
        if (key.isEmpty()) {
            err.println("Set the environment variable " + KEY_VARIABLE + " to the key the backup was encrypted with"
                    + " (SpasmCare's spasmcare.backup.key when the backup was taken).");
            return 2;
        }
        Path encrypted = Path.of(args[0]);
        Path target = Path.of(args[1]).toAbsolutePath();
        try {
            decrypt(encrypted, target, key.get());
        } catch (IOException e) {
            err.println("Could not decrypt " + encrypted + ": " + message(e));
            return 1;
        }
        out.println("Decrypted " + encrypted + " into " + target);
        return 0;
    }

    private static void decrypt(Path encrypted, Path target, BackupKey key) throws IOException {
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString(), null, "it exists already; choose a new name");
        }
        Path temporary = target.resolveSibling("." + target.getFileName() + ".decrypting");
        try {
            Files.deleteIfExists(temporary);
            Files.createFile(temporary);
            OwnerOnly.file(temporary);
            BackupEncryption.decrypt(encrypted, temporary, key);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static String message(IOException e) {
        if (e instanceof FileAlreadyExistsException exists) {
            return exists.getFile() + ": " + exists.getReason();
        }
        if (e instanceof java.nio.file.NoSuchFileException missing) {
            return "no such file: " + missing.getFile();
        }
        return e.getMessage();
    }
}
