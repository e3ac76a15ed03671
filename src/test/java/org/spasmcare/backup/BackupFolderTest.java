package org.spasmcare.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spasmcare.backup.Backup.Kind;

/** Backup names, listing, finding by name (and nothing else) and pruning, on plain files. */
class BackupFolderTest {

    private static final Instant NOON = Instant.parse("2026-11-22T12:00:05Z");

    @TempDir
    Path root;

    private Path folder() {
        return root.resolve("backups");
    }

    private BackupFolder at(Instant now) {
        // a zone far from UTC, so a name in local time would show
        return new BackupFolder(folder(), Clock.fixed(now, ZoneId.of("Pacific/Auckland")));
    }

    @Test
    void shouldNameABackupByItsKindAndItsTimeInUtc() {
        BackupFolder backups = at(NOON);
        assertThat(backups.newName(Kind.DAILY, null, null)).isEqualTo("daily-20261122T120005Z.zip");
        assertThat(backups.newName(Kind.MANUAL, null, null)).isEqualTo("manual-20261122T120005Z.zip");
        assertThat(backups.newName(Kind.PRE_MIGRATION, "3", "4.1"))
                .isEqualTo("pre-migration-V3-to-V4.1-20261122T120005Z.zip");
    }

    @Test
    void shouldNumberASecondBackupInTheSameSecondAndListItFirst() throws IOException {
        BackupFolder backups = at(NOON);
        String first = write(backups, Kind.MANUAL);
        String second = write(backups, Kind.MANUAL);
        String third = write(backups, Kind.MANUAL);

        assertThat(List.of(first, second, third)).containsExactly("manual-20261122T120005Z.zip",
                "manual-20261122T120005Z-2.zip", "manual-20261122T120005Z-3.zip");
        assertThat(backups.list()).extracting(Backup::name).containsExactly(third, second, first);
    }

    @Test
    void shouldListNewestFirstWithKindTimeSizeAndVersions() throws IOException {
        String old = write(at(NOON.minus(Duration.ofDays(2))), Kind.DAILY);
        String newest = write(at(NOON), Kind.PRE_MIGRATION, "3", "4");
        String middle = write(at(NOON.minus(Duration.ofHours(1))), Kind.MANUAL);

        List<Backup> listed = at(NOON).list();

        assertThat(listed).extracting(Backup::name).containsExactly(newest, middle, old);
        Backup preMigration = listed.get(0);
        assertThat(preMigration.kind()).isEqualTo(Kind.PRE_MIGRATION);
        assertThat(preMigration.takenAt()).isEqualTo(NOON);
        assertThat(preMigration.sizeBytes()).isEqualTo(Files.size(folder().resolve(newest)));
        assertThat(preMigration.fromVersion()).isEqualTo("3");
        assertThat(preMigration.toVersion()).isEqualTo("4");
        assertThat(listed.get(1).kind()).isEqualTo(Kind.MANUAL);
        assertThat(listed.get(2).kind()).isEqualTo(Kind.DAILY);
        assertThat(listed.get(2).takenAt()).isEqualTo(NOON.minus(Duration.ofDays(2)));
    }

    @Test
    void shouldListNothingForAMissingFolderAndIgnoreOtherFiles() throws IOException {
        BackupFolder backups = at(NOON);
        assertThat(backups.list()).isEmpty();

        Files.createDirectories(folder());
        Files.writeString(folder().resolve("notes.txt"), "x");
        Files.writeString(folder().resolve("daily-20261122T120005Z.zip.bak"), "x");
        Files.writeString(folder().resolve("daily-20261399T120005Z.zip"), "month 13");
        Files.createDirectory(folder().resolve("manual-20261122T120005Z.zip"));
        Files.writeString(backups.temporaryFor("daily-20261122T120006Z.zip"), "half written");

        assertThat(backups.list()).isEmpty();
    }

    @Test
    void shouldFindOnlyAnExactBackupNameInsideTheFolder() throws IOException {
        BackupFolder backups = at(NOON);
        String name = write(backups, Kind.DAILY);
        Files.writeString(root.resolve("spasmcare.mv.db"), "the live database");
        Files.writeString(folder().resolve("daily-20261122T120004Z.zip.part"), "x");

        assertThat(backups.find(name)).map(Backup::name).contains(name);
        for (String bad : new String[] {null, "", "../spasmcare.mv.db", "..", ".", "/etc/passwd",
                "daily-20261122T120005Z.zip/", "../backups/" + name, "./" + name, name + "\u0000",
                "DAILY-20261122T120005Z.zip", "daily-20261122T120005Z.ZIP", "daily-20261122T120006Z.zip",
                "daily-20261122T120005Z-1.zip", "daily-20261122T120005Z-0.zip", "daily-20261399T120005Z.zip",
                "weekly-20261122T120005Z.zip", "pre-migration-V3-to-V../..-20261122T120005Z.zip",
                "." + name + ".part", "daily-20261122T120004Z.zip.part", "%2e%2e%2fspasmcare.mv.db"}) {
            assertThat(backups.find(bad)).as(String.valueOf(bad)).isEmpty();
        }
    }

    @Test
    void shouldNotFollowALinkThatHasABackupsName() throws IOException {
        BackupFolder backups = at(NOON);
        Files.createDirectories(folder());
        Path secret = Files.writeString(root.resolve("spasmcare.mv.db"), "the live database");
        Files.createSymbolicLink(folder().resolve("manual-20261122T120005Z.zip"), secret);

        assertThat(backups.find("manual-20261122T120005Z.zip")).isEmpty();
        assertThat(backups.list()).isEmpty();
    }

    @Test
    void shouldPruneOnlyTheOldestBackupsOfOneKind() throws IOException {
        List<String> daily = new ArrayList<>();
        for (int day = 0; day < 5; day++) {
            daily.add(write(at(NOON.minus(Duration.ofDays(day))), Kind.DAILY));
        }
        String manual = write(at(NOON.minus(Duration.ofDays(30))), Kind.MANUAL);
        String preMigration = write(at(NOON.minus(Duration.ofDays(31))), Kind.PRE_MIGRATION, "2", "3");

        List<String> deleted = at(NOON).prune(Kind.DAILY, 3);

        assertThat(deleted).containsExactly(daily.get(3), daily.get(4));
        assertThat(at(NOON).list()).extracting(Backup::name)
                .containsExactly(daily.get(0), daily.get(1), daily.get(2), manual, preMigration);
        assertThat(at(NOON).prune(Kind.DAILY, 3)).isEmpty();
        assertThat(at(NOON).prune(Kind.PRE_MIGRATION, 1)).isEmpty();
    }

    @Test
    void shouldPublishOnlyAWholeFileAndClearLeftoversFromAnInterruptedBackup() throws IOException {
        BackupFolder backups = at(NOON);
        backups.prepare();
        Path leftover = Files.writeString(backups.temporaryFor("daily-20261121T023000Z.zip"), "interrupted");
        String name = backups.newName(Kind.MANUAL, null, null);
        Files.writeString(backups.temporaryFor(name), "whole");
        assertThat(backups.find(name)).isEmpty();

        Backup published = backups.publish(name);

        assertThat(published.name()).isEqualTo(name);
        assertThat(Files.readString(backups.fileOf(published))).isEqualTo("whole");
        assertThat(backups.temporaryFor(name)).doesNotExist();
        backups.prepare();
        assertThat(leftover).doesNotExist();
        assertThat(backups.fileOf(published)).exists();
    }

    private String write(BackupFolder backups, Kind kind) throws IOException {
        return write(backups, kind, null, null);
    }

    private String write(BackupFolder backups, Kind kind, String from, String to) throws IOException {
        backups.prepare();
        String name = backups.newName(kind, from, to);
        Files.writeString(backups.temporaryFor(name), "backup " + name);
        return backups.publish(name).name();
    }
}
