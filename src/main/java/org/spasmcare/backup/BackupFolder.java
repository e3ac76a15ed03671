package org.spasmcare.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.spasmcare.backup.Backup.Kind;

/**
 * The backups folder: how backup files are named, listed, found by name and pruned. Knows nothing of
 * databases, so it is tested on plain files.
 *
 * <p>Names say what a backup is and when it was taken, in UTC: {@code daily-20261122T023000Z.zip},
 * {@code manual-20261122T101502Z.zip}, {@code pre-migration-V3-to-V4-20261122T101502Z.zip}; a second
 * backup of the same kind in the same second gets {@code -2}, {@code -3}, ... before {@code .zip}. An
 * encrypted backup ({@link BackupEncryption}) has {@code .enc} after {@code .zip}. Only a
 * name that matches this pattern exactly is ever resolved to a file, so no request can reach anything
 * else in the folder or outside it.
 */
class BackupFolder {

    private static final String VERSION = "[0-9]{1,9}(?:\\.[0-9]{1,9}){0,5}";
    static final Pattern NAME = Pattern.compile("(daily|manual|pre-migration-V(" + VERSION + ")-to-V(" + VERSION + "))"
            + "-([0-9]{8}T[0-9]{6}Z)(?:-([2-9]|[1-9][0-9]{1,2}))?\\.zip(?:\\.enc)?");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final String TEMPORARY_SUFFIX = ".part";
    private static final int MOST_IN_ONE_SECOND = 999;

    /** Newest first; for one second, the later sequence number first. */
    private static final Comparator<Entry> NEWEST_FIRST = Comparator.comparing((Entry e) -> e.backup().takenAt())
            .thenComparingInt(Entry::sequence).reversed();

    private final Path folder;
    private final Clock clock;

    BackupFolder(Path folder, Clock clock) {
        this.folder = folder.toAbsolutePath().normalize();
        this.clock = clock;
    }

    Path path() {
        return folder;
    }

    /**
     * A new, unused name for a backup taken now. Pre-migration backups name the versions, for example
     * {@code ("3", "4")}; other kinds pass nulls.
     */
    String newName(Kind kind, String fromVersion, String toVersion) {
        return newName(kind, fromVersion, toVersion, false);
    }

    /** A new, unused name, ending {@code .zip.enc} for an encrypted backup; no plain backup has the same stem. */
    String newName(Kind kind, String fromVersion, String toVersion, boolean encrypted) {
        String prefix = kind == Kind.PRE_MIGRATION
                ? kind.prefix() + "-V" + fromVersion + "-to-V" + toVersion
                : kind.prefix();
        String stamp = STAMP.format(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        for (int sequence = 1; sequence <= MOST_IN_ONE_SECOND; sequence++) {
            String plain = prefix + "-" + stamp + (sequence == 1 ? "" : "-" + sequence) + ".zip";
            String name = encrypted ? plain + BackupEncryption.SUFFIX : plain;
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("not a valid backup name: " + name);
            }
            if (unused(plain) && unused(plain + BackupEncryption.SUFFIX)) {
                return name;
            }
        }
        throw new IllegalStateException("more than " + MOST_IN_ONE_SECOND + " backups in one second");
    }

    private boolean unused(String name) {
        return !Files.exists(folder.resolve(name), LinkOption.NOFOLLOW_LINKS)
                && !Files.exists(temporaryFor(name), LinkOption.NOFOLLOW_LINKS)
                && !Files.exists(plainTemporaryFor(name), LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Where H2 writes the plain zip of a backup that is then encrypted into {@link #temporaryFor}; deleted
     * as soon as it is encrypted, and by {@link #prepare} if the app stopped in between.
     */
    Path plainTemporaryFor(String name) {
        return folder.resolve("." + name + ".plain" + TEMPORARY_SUFFIX);
    }

    /** Where a backup is written before it is complete; listing and resolving never see it. */
    Path temporaryFor(String name) {
        return folder.resolve("." + name + TEMPORARY_SUFFIX);
    }

    /**
     * Creates the folder if needed (the owner's only: backups hold every patient's log) and removes
     * temporary files left by a backup that was interrupted.
     */
    void prepare() throws IOException {
        OwnerOnly.folder(folder);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "." + "*" + TEMPORARY_SUFFIX)) {
            for (Path leftover : files) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    /** Moves a finished temporary file to its name in one step, so a backup is either whole or absent. */
    Backup publish(String name) throws IOException {
        Path temporary = temporaryFor(name);
        Path target = folder.resolve(name);
        OwnerOnly.file(temporary);
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the backups folder does not support an atomic rename: " + folder, e);
        }
        return find(name).orElseThrow(() -> new IOException("backup vanished after it was written: " + target));
    }

    /** Every backup in the folder, newest first; an absent folder has none. */
    List<Backup> list() {
        return entries().stream().map(Entry::backup).toList();
    }

    /** The backup of that exact name, if the name is a backup name and such a file is in the folder. */
    Optional<Backup> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        Matcher matcher = NAME.matcher(name);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Path file = folder.resolve(name).normalize();
        if (!folder.equals(file.getParent()) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        return toEntry(matcher, file).map(Entry::backup);
    }

    /** The file of a backup that {@link #find} or {@link #list} returned. */
    Path fileOf(Backup backup) {
        return find(backup.name()).map(found -> folder.resolve(found.name()))
                .orElseThrow(() -> new IllegalArgumentException("no such backup: " + backup.name()));
    }

    /** Deletes all but the newest {@code keep} backups of one kind; answers the names it deleted. */
    List<String> prune(Kind kind, int keep) throws IOException {
        List<String> deleted = new ArrayList<>();
        List<Entry> ofKind = entries().stream().filter(e -> e.backup().kind() == kind).toList();
        for (Entry old : ofKind.subList(Math.min(keep, ofKind.size()), ofKind.size())) {
            Files.deleteIfExists(old.file());
            deleted.add(old.backup().name());
        }
        return deleted;
    }

    private List<Entry> entries() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.{zip,zip.enc}")) {
            for (Path file : files) {
                Matcher matcher = NAME.matcher(file.getFileName().toString());
                if (matcher.matches() && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    toEntry(matcher, file).ifPresent(entries::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the backups folder " + folder, e);
        }
        entries.sort(NEWEST_FIRST);
        return entries;
    }

    /** Empty for a name that has the right shape but no real time in it, such as month 13. */
    private static Optional<Entry> toEntry(Matcher name, Path file) {
        String prefix = name.group(1);
        Kind kind = prefix.startsWith(Kind.PRE_MIGRATION.prefix()) ? Kind.PRE_MIGRATION
                : prefix.equals(Kind.DAILY.prefix()) ? Kind.DAILY : Kind.MANUAL;
        Instant takenAt;
        try {
            takenAt = LocalDateTime.parse(name.group(4), STAMP).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        int sequence = name.group(5) == null ? 1 : Integer.parseInt(name.group(5));
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            size = 0; // deleted while listing: show it as empty rather than fail the page
        }
        return Optional.of(new Entry(new Backup(file.getFileName().toString(), kind, takenAt, size,
                name.group(2), name.group(3)), file, sequence));
    }

    private record Entry(Backup backup, Path file, int sequence) {
    }
}
