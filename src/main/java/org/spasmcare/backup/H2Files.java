package org.spasmcare.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.sql.DataSource;

/**
 * What the backups need from H2, in plain SQL and file operations: which database this is, H2's online
 * {@code BACKUP TO}, and putting a backup's files back in place of a closed database's.
 */
final class H2Files {

    static final String H2 = "H2";

    private H2Files() {
    }

    /** What a DataSource points at: the product name and, for an H2 file database, its path without suffix. */
    record Database(String product, Path path) {

        /** Only an H2 file database can be backed up (in-memory ones have nothing to keep). */
        boolean isH2File() {
            return H2.equals(product) && path != null;
        }

        Path folder() {
            return path.getParent();
        }

        /** The database's name, which starts the name of each of its files ({@code spasmcare.mv.db}). */
        String name() {
            return path.getFileName().toString();
        }
    }

    static Database inspect(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            if (!H2.equals(product)) {
                return new Database(product, null);
            }
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("SELECT DATABASE_PATH()")) {
                String path = result.next() ? result.getString(1) : null;
                return new Database(product, path == null ? null : Path.of(path).toAbsolutePath().normalize());
            }
        }
    }

    /**
     * H2's online backup: a consistent copy of the database, taken while the app keeps running, as a zip
     * holding {@code <name>.mv.db}.
     */
    static void backUpTo(DataSource dataSource, Path zip) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("BACKUP TO " + quote(zip.toAbsolutePath().toString()));
        }
    }

    /** Closes an H2 database at once, through a connection of its own. */
    static void shutDown(Connection connection) throws SQLException {
        try (connection; Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
    }

    /**
     * Puts a backup's files in place of a database's, each written beside its target and renamed over it
     * in one step. The database must be closed. Answers the files it replaced.
     */
    static List<Path> restore(Path zip, Database database) throws IOException {
        return restore(zip, database, Optional.empty());
    }

    /**
     * As {@link #restore(Path, Database)}, for a plain or an encrypted backup: an encrypted one is first
     * decrypted whole, with the key, into an owner-only file in the database's folder, so nothing is
     * replaced unless every part of it passed its integrity check.
     */
    static List<Path> restore(Path backup, Database database, Optional<BackupKey> key) throws IOException {
        if (!BackupEncryption.isEncrypted(backup)) {
            return restoreZip(backup, database);
        }
        if (key.isEmpty()) {
            throw new IOException("the backup " + backup + " is encrypted, but " + BackupKey.SETTING + " is not set");
        }
        Path decrypted = database.folder().resolve("." + backup.getFileName() + ".decrypted.restoring");
        try {
            Files.deleteIfExists(decrypted);
            Files.createFile(decrypted);
            OwnerOnly.file(decrypted);
            try {
                BackupEncryption.decrypt(backup, decrypted, key.get());
            } catch (BackupEncryption.BackupDecryptionException e) {
                throw new IOException("the backup " + backup + " cannot be decrypted: " + e.getMessage(), e);
            }
            return restoreZip(decrypted, database);
        } finally {
            Files.deleteIfExists(decrypted);
        }
    }

    private static List<Path> restoreZip(Path zip, Database database) throws IOException {
        List<Path> restored = new ArrayList<>();
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            boolean hasStore = false;
            for (Enumeration<? extends ZipEntry> entries = archive.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                String fileName = entry.getName();
                if (entry.isDirectory() || fileName.contains("/") || fileName.contains("\\")
                        || !fileName.startsWith(database.name() + ".")) {
                    throw new IOException("unexpected file in the backup " + zip + ": " + fileName);
                }
                hasStore |= fileName.equals(database.name() + ".mv.db");
            }
            if (!hasStore) {
                throw new IOException("the backup " + zip + " holds no " + database.name() + ".mv.db");
            }
            for (Enumeration<? extends ZipEntry> entries = archive.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                Path target = database.folder().resolve(entry.getName());
                Path temporary = database.folder().resolve("." + entry.getName() + ".restoring");
                try (InputStream in = archive.getInputStream(entry)) {
                    Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
                }
                OwnerOnly.file(temporary);
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                restored.add(target);
            }
        }
        return restored;
    }

    /** Whether a zip is a backup of a database of that name, for checks after writing one. */
    static Optional<Long> storeSize(Path zip, String databaseName) throws IOException {
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            ZipEntry store = archive.getEntry(databaseName + ".mv.db");
            return store == null ? Optional.empty() : Optional.of(store.getSize());
        }
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
