package org.spasmcare.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.h2.tools.Restore;
import org.junit.jupiter.api.Test;
import org.spasmcare.account.TestAccounts;
import org.junit.jupiter.api.io.TempDir;
import org.spasmcare.account.TestAccounts;
import org.spasmcare.support.HttpSession;
import org.spasmcare.support.RunningApp;
import org.spasmcare.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Nothing a patient saved is lost: a patient logs entries over HTTP, an admin backs up through the
 * backups page and downloads the zip, and the zip restored into an empty folder (H2's Restore tool, as
 * the README says) opens as a database with the same rows. Patients and anonymous visitors cannot
 * reach the page, and names that are not a backup answer 404.
 */
class BackupAndRestoreIT extends RunningApp {

    private static final String ADMIN_PASSWORD = "an admin who backs up";
    private static final Pattern DOWNLOAD_LINK = Pattern.compile("href=\"/admin/backups/(manual-[0-9TZ-]+\\.zip)\"");

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private PasswordEncoder passwordEncoder;

    @TempDir
    Path restoreInto;

    @Test
    void shouldBackUpWhileRunningAndRestoreTheSameRowsIntoAFreshFolder() throws Exception {
        String patientName = "kept" + System.nanoTime();
        HttpSession patient = HttpSession.register(baseUrl(), patientName, "nothing saved is ever lost");
        LocalDate today = TestClock.TODAY;
        patient.submit("/log/start", "/log/start", Map.of("onsetDate", today.minusDays(10).toString()));
        for (int day = 3; day >= 1; day--) {
            HttpResponse<String> saved = patient.submit("/log", "/log/entries", Map.of("date",
                    today.minusDays(day).toString(), "pain", String.valueOf(4 + day), "interference", String.valueOf(day),
                    "notes", "day " + day + " before the backup"));
            assertThat(saved.statusCode()).isEqualTo(302);
        }
        long accountId = jdbc.queryForObject("select id from account where username = ?", Long.class, patientName);
        List<String> entriesBefore = entries(jdbc, accountId);
        assertThat(entriesBefore).hasSize(3);

        HttpSession admin = TestAccounts.signIn(this, createAdmin(), ADMIN_PASSWORD);
        HttpResponse<String> takeBackup = admin.submit("/admin/backups", "/admin/backups", Map.of());
        assertThat(takeBackup.statusCode()).isEqualTo(302);
        assertThat(takeBackup.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/admin/backups"));
        HttpResponse<String> page = admin.get("/admin/backups");
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher link = DOWNLOAD_LINK.matcher(page.body());
        assertThat(link.find()).as("a download link on the page").isTrue();
        String name = link.group(1);
        assertThat(page.body()).contains("The backup " + name + " is ready.", "How to restore a backup",
                "Taken by hand", "Back up now", "A backup is taken automatically every day at 02:30 (server time)",
                "org.h2.tools.Restore", "SPASMCARE_DATA_DIR=/var/lib/spasmcare-restored java -jar spasmcare.jar")
                .doesNotContain("README").doesNotContain("0 30 2 * * *");
        assertThat(page.body()).as("no backup key in this run").contains("Backups are not encrypted")
                .doesNotContain("org.spasmcare.backup.DecryptBackup");
        assertThat(page.body()).as("what a backup holds and who can take it").contains(
                "A backup holds every patient&#39;s recovery log and every account. Only admins can take or download one");
        assertThat(jdbc.queryForList("select action from audit_event where target = ?", String.class, name))
                .as("the backup is in the audit trail").containsExactly("BACKUP_TAKEN");

        // saved after the backup: the backup is a copy of the moment it was taken
        patient.submit("/log", "/log/entries", Map.of("date", today.toString(), "pain", "2", "interference", "1",
                "notes", "after the backup"));
        assertThat(entries(jdbc, accountId)).hasSize(4);

        HttpResponse<byte[]> download = admin.download("/admin/backups/" + name);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).contains("application/zip");
        assertThat(download.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"" + name + "\"");
        assertThat(download.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(download.body()).isEqualTo(Files.readAllBytes(dataDir().resolve("backups").resolve(name)));
        assertThat(jdbc.queryForList("select action from audit_event where target = ? order by id", String.class, name))
                .as("the download is in the audit trail too").containsExactly("BACKUP_TAKEN", "BACKUP_DOWNLOADED");

        Path zip = Files.write(restoreInto.resolve(name), download.body());
        Path fresh = Files.createDirectory(restoreInto.resolve("data"));
        Restore.execute(zip.toString(), fresh.toString(), "spasmcare");
        assertThat(fresh.resolve("spasmcare.mv.db")).isRegularFile();
        try (Connection copy = DriverManager.getConnection("jdbc:h2:file:" + fresh.resolve("spasmcare")
                + ";IFEXISTS=TRUE", "sa", "")) {
            JdbcTemplate restored = new JdbcTemplate(new SingleConnectionDataSource(copy, true));
            assertThat(restored.queryForObject("select username from account where id = ?", String.class, accountId))
                    .isEqualTo(patientName);
            assertThat(entries(restored, accountId)).isEqualTo(entriesBefore);
            assertThat(restored.queryForObject("select count(*) from treatment", Integer.class)).isEqualTo(7);
            assertThat(restored.queryForObject("select max(\"version\") from \"flyway_schema_history\"", String.class))
                    .isEqualTo(jdbc.queryForObject("select max(\"version\") from \"flyway_schema_history\"", String.class));
        }
    }

    @Test
    void shouldKeepPatientsAndAnonymousVisitorsOut() throws Exception {
        HttpResponse<String> anonymous = browse("/admin/backups");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));

        HttpSession patient = HttpSession.register(baseUrl(), "curious" + System.nanoTime(), "only my own log please");
        long backups = backupsOnDisk();
        assertThat(patient.get("/admin/backups").statusCode()).isEqualTo(403);
        assertThat(patient.submit("/log", "/admin/backups", Map.of()).statusCode()).isEqualTo(403);
        assertThat(patient.get("/admin/backups/manual-20261122T101500Z.zip").statusCode()).isEqualTo(403);
        assertThat(backupsOnDisk()).as("no backup taken for a patient").isEqualTo(backups);
    }

    @Test
    void shouldAnswerAPageNotAStackTraceForNamesThatAreNotABackup() throws Exception {
        HttpSession admin = TestAccounts.signIn(this, createAdmin(), ADMIN_PASSWORD);
        for (String name : List.of("manual-20000101T000000Z.zip", "spasmcare.mv.db", "daily-20261399T000000Z.zip",
                "nope")) {
            HttpResponse<String> response = admin.get("/admin/backups/" + name);
            assertThat(response.statusCode()).as(name).isEqualTo(404);
            assertThat(response.body()).as(name).contains("We could not find that page").doesNotContain("Exception");
        }
        for (String path : List.of("/admin/backups/..%2Fspasmcare.mv.db", "/admin/backups/%2e%2e%2fspasmcare.mv.db")) {
            HttpResponse<String> response = admin.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.body()).as(path).doesNotContain("Exception").doesNotContain("at org.");
        }
    }

    private static long backupsOnDisk() throws IOException {
        Path folder = dataDir().resolve("backups");
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (var files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".zip")).count();
        }
    }

    private static List<String> entries(JdbcTemplate jdbc, long accountId) {
        return jdbc.queryForList("select e.entry_date || ' ' || e.pain || ' ' || e.interference || ' ' || e.notes"
                + " from log_entry e join episode p on p.id = e.episode_id where p.account_id = ?"
                + " order by e.entry_date", String.class, accountId);
    }

    private String createAdmin() {
        String username = "admin" + System.nanoTime();
        jdbc.update("insert into account (username, password_hash, role, enabled, created_at)"
                + " values (?, ?, 'ADMIN', true, CURRENT_TIMESTAMP)", username,
                passwordEncoder.encode(ADMIN_PASSWORD));
        return username;
    }
}
