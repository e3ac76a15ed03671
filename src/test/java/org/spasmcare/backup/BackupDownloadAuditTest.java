package org.spasmcare.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.security.Principal;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.spasmcare.audit.AuditAction;
import org.spasmcare.audit.AuditTrail;
import org.springframework.web.server.ResponseStatusException;

/** A backup holds every patient's log, so each download is in the audit trail, by who and of which file. */
class BackupDownloadAuditTest {

    private final DatabaseBackups backups = mock(DatabaseBackups.class);
    private final AuditTrail audit = mock(AuditTrail.class);
    private final BackupController controller = new BackupController(backups, audit);
    private final Principal admin = () -> "root";

    @Test
    void shouldRecordWhoDownloadedWhichBackup() {
        Backup backup = new Backup("manual-20261122T101500Z.zip", Backup.Kind.MANUAL,
                Instant.parse("2026-11-22T10:15:00Z"), 10, null, null);
        when(backups.find(backup.name())).thenReturn(Optional.of(backup));
        when(backups.fileOf(backup)).thenReturn(Path.of("backups", backup.name()));

        assertThat(controller.download(backup.name(), admin).getStatusCode().value()).isEqualTo(200);

        verify(audit).record("root", AuditAction.BACKUP_DOWNLOADED, "manual-20261122T101500Z.zip", null);
    }

    @Test
    void shouldRecordNothingForANameThatIsNotABackup() {
        when(backups.find(any())).thenReturn(Optional.empty());

        assertThatThrownBy(() -> controller.download("nope.zip", admin)).isInstanceOf(ResponseStatusException.class);

        verify(audit, never()).record(any(), any(), any(), any());
    }
}
