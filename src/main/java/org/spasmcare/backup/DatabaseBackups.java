package org.spasmcare.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spasmcare.backup.Backup.Kind;

/**
 * Online backups of the embedded H2 database: a consistent copy taken while the app runs (H2's
 * {@code BACKUP TO}), written under a temporary name and renamed into place when whole, so the folder
 * never holds half a backup under a backup's name. One backup at a time.
 *
 * <p>With a key set ({@code spasmcare.backup.key}), each backup is encrypted ({@link BackupEncryption}):
 * H2 writes the plain zip beside it in the owner-only folder, which is encrypted into the temporary file
 * and deleted before the backup is published as {@code <name>.zip.enc}.
 *
 * <p>On any other database (PostgreSQL) every method that would take a backup refuses with a
 * {@link BackupNotSupportedException} saying to use {@code pg_dump}.
 */
public class DatabaseBackups {

    private static final Logger log = LoggerFactory.getLogger(DatabaseBackups.class);

    private final DataSource dataSource;
    private final BackupProperties properties;
    private final BackupFolder folder;
    private final Optional<BackupKey> key;
    private final Object oneAtATime = new Object();

    DatabaseBackups(DataSource dataSource, BackupProperties properties, Clock clock) {
        this.dataSource = dataSource;
        this.properties = properties;
        this.folder = new BackupFolder(properties.folder(), clock);
        this.key = BackupKey.parse(properties.key()); // an unusable key stops start-up here
    }

    /** Whether the backups this app writes are encrypted. */
    public boolean encrypted() {
        return key.isPresent();
    }

    /** The key backups are encrypted with, to decrypt one for a restore. */
    Optional<BackupKey> key() {
        return key;
    }

    /** Whether this app's database can be backed up here; false on PostgreSQL and on in-memory H2. */
    public boolean supported() {
        try {
            return H2Files.inspect(dataSource).isH2File();
        } catch (SQLException e) {
            log.warn("Cannot tell which database this is: {}", e.getMessage());
            return false;
        }
    }

    /** Takes a backup now, on an admin's request; the app never deletes these. */
    public Backup backUpNow() {
        return take(dataSource, Kind.MANUAL, null, null);
    }

    /** The automatic backup: takes one and deletes the daily ones past the number to keep. */
    Backup daily() {
        Backup backup = take(dataSource, Kind.DAILY, null, null);
        prune(Kind.DAILY);
        return backup;
    }

    /**
     * The copy taken just before a database upgrade, through the DataSource Flyway migrates with, so it
     * can be put back if the upgrade fails half way.
     */
    Backup beforeMigration(DataSource flywayDataSource, String fromVersion, String toVersion) {
        Backup backup = take(flywayDataSource, Kind.PRE_MIGRATION, fromVersion, toVersion);
        prune(Kind.PRE_MIGRATION);
        return backup;
    }

    /** Every backup, newest first. */
    public List<Backup> list() {
        return folder.list();
    }

    /** The backup of exactly that name; empty for any other name, so no name reaches another file. */
    public Optional<Backup> find(String name) {
        return folder.find(name);
    }

    /** The file of a backup, to send or to restore. */
    public Path fileOf(Backup backup) {
        return folder.fileOf(backup);
    }

    public BackupProperties settings() {
        return properties;
    }

    private Backup take(DataSource source, Kind kind, String fromVersion, String toVersion) {
        H2Files.Database database;
        try {
            database = H2Files.inspect(source);
        } catch (SQLException e) {
            throw new BackupFailedException("cannot reach the database to back it up: " + e.getMessage(), e);
        }
        if (!database.isH2File()) {
            throw new BackupNotSupportedException(H2Files.H2.equals(database.product())
                    ? "an in-memory H2 database" : database.product());
        }
        synchronized (oneAtATime) {
            long started = System.nanoTime();
            String name = null;
            try {
                folder.prepare();
                name = folder.newName(kind, fromVersion, toVersion, key.isPresent());
                Path temporary = folder.temporaryFor(name);
                Path zip = key.isPresent() ? folder.plainTemporaryFor(name) : temporary;
                H2Files.backUpTo(source, zip);
                if (H2Files.storeSize(zip, database.name()).isEmpty()) {
                    throw new IOException("H2 wrote a backup without " + database.name() + ".mv.db");
                }
                if (key.isPresent()) {
                    OwnerOnly.file(zip);
                    BackupEncryption.encrypt(zip, temporary, key.get());
                    Files.delete(zip);
                }
                Backup backup = folder.publish(name);
                log.info("Backed up the database to {} ({} bytes, {} ms)", folder.path().resolve(name),
                        backup.sizeBytes(), (System.nanoTime() - started) / 1_000_000);
                return backup;
            } catch (IOException | SQLException | RuntimeException e) {
                deleteQuietly(name);
                throw new BackupFailedException("could not back up the database into " + folder.path() + ": "
                        + e.getMessage(), e);
            }
        }
    }

    private void prune(Kind kind) {
        synchronized (oneAtATime) {
            try {
                for (String deleted : folder.prune(kind, properties.keep())) {
                    log.info("Deleted the old {} backup {} (keeping the newest {})", kind.prefix(), deleted,
                            properties.keep());
                }
            } catch (IOException e) {
                log.warn("Could not delete old {} backups in {}: {}", kind.prefix(), folder.path(), e.getMessage());
            }
        }
    }

    private void deleteQuietly(String name) {
        if (name == null) {
            return;
        }
        try {
            Files.deleteIfExists(folder.plainTemporaryFor(name));
            Files.deleteIfExists(folder.temporaryFor(name));
        } catch (IOException e) {
            log.warn("Could not delete the unfinished backup {}: {}", folder.temporaryFor(name), e.getMessage());
        }
    }
}
