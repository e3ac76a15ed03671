package org.spasmcare.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database and its backups hold every patient's log, so only the account the app runs as may read
 * them: folders 0700, files 0600, where the file system has POSIX permissions (elsewhere, such as on
 * Windows, the folder's own access rules apply and nothing is changed).
 *
 * <p>H2 creates its files with the process's umask (often 0644), so the app sets the permissions after
 * H2 has created them; the folder being 0700 is what keeps other accounts out of files created later.
 */
final class OwnerOnly {

    private static final Logger log = LoggerFactory.getLogger(OwnerOnly.class);
    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {
    }

    /** Creates the folder if needed, then makes it the owner's only. */
    static void folder(Path folder) throws IOException {
        Files.createDirectories(folder);
        set(folder, FOLDER);
    }

    /** Makes a file the owner's only. */
    static void file(Path file) throws IOException {
        set(file, FILE);
    }

    /**
     * The H2 database's folder and every file of that database in it ({@code spasmcare.mv.db},
     * {@code spasmcare.trace.db}, ...); a failure is logged, not thrown, since the app still works.
     */
    static void database(H2Files.Database database) {
        try {
            folder(database.folder());
            try (var files = Files.newDirectoryStream(database.folder(), database.name() + ".*")) {
                for (Path file : files) {
                    if (Files.isRegularFile(file)) {
                        file(file);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Could not make the database folder {} readable by this account only: {}. Check its owner and"
                    + " permissions (chmod 700 on the folder, 600 on its files).", database.folder(), e.toString());
        }
    }

    private static void set(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (Files.getFileStore(path).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }
}
