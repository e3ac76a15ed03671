package org.spasmcare.backup;

import static org.mockito.Mockito.mock;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spasmcare.audit.AuditTrail;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * The backups controller on a real H2 file database (no security, no templates: those are BackupWebTest's
 * and BackupAndRestoreIT's): the page is told whether backups are encrypted, and a download sends the
 * encrypted file exactly as it is on the server.
 */
class EncryptedBackupsPageTest {

    @TempDir
    Path root;

    private MockMvc mvc(DatabaseBackups backups) {
        return MockMvcBuilders.standaloneSetup(new BackupController(backups, mock(AuditTrail.class))).build();
    }

    private DatabaseBackups backups(String key) {
        return new DatabaseBackups(new DriverManagerDataSource("jdbc:h2:file:" + root.resolve("data/spasmcare"), "sa", ""),
                new BackupProperties(root.resolve("backups"), "-", 14, key),
                Clock.fixed(Instant.parse("2026-11-22T10:15:00Z"), ZoneOffset.UTC));
    }

    @Test
    void shouldSayWhetherBackupsAreEncrypted() throws Exception {
        mvc(backups(BackupEncryptionTest.KEY)).perform(get("/admin/backups"))
                .andExpect(model().attribute("encrypted", true));
        mvc(backups(null)).perform(get("/admin/backups"))
                .andExpect(model().attribute("encrypted", false));
    }

    @Test
    void shouldSendAnEncryptedBackupAsItIs() throws Exception {
        DatabaseBackups backups = backups(BackupEncryptionTest.KEY);
        Backup backup = backups.backUpNow();

        mvc(backups).perform(get("/admin/backups/" + backup.name()).principal(() -> "admin"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/octet-stream"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"manual-20261122T101500Z.zip.enc\""))
                .andExpect(content().bytes(Files.readAllBytes(backups.fileOf(backup))));
    }
}
