package org.spasmcare.backup;

import java.security.Principal;
import java.util.List;

import org.spasmcare.audit.AuditAction;
import org.spasmcare.audit.AuditTrail;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admins' backups page: the list of backups, a button to back up now, and a download of each. */
@Controller
class BackupController {

    static final String PAGE = "/admin/backups";
    static final String VIEW = "admin/backups";

    private final DatabaseBackups backups;
    private final AuditTrail audit;

    BackupController(DatabaseBackups backups, AuditTrail audit) {
        this.backups = backups;
        this.audit = audit;
    }

    @GetMapping(PAGE)
    String page(Model model) {
        BackupProperties settings = backups.settings();
        boolean supported = backups.supported();
        model.addAttribute("supported", supported);
        model.addAttribute("backups", supported ? rows(backups.list()) : List.of());
        model.addAttribute("folder", settings.folder().toString());
        model.addAttribute("scheduled", settings.scheduled());
        model.addAttribute("schedule", settings.schedule());
        model.addAttribute("dailyAt", settings.dailyAt().orElse(null));
        model.addAttribute("keep", settings.keep());
        model.addAttribute("encrypted", backups.encrypted());
        return VIEW;
    }

    @PostMapping(PAGE)
    String backUpNow(Principal admin, RedirectAttributes redirect) {
        try {
            Backup backup = backups.backUpNow();
            audit.record(admin.getName(), AuditAction.BACKUP_TAKEN, backup.name(), null);
            redirect.addFlashAttribute("taken", backup.name());
        } catch (BackupNotSupportedException e) {
            redirect.addFlashAttribute("problem", "backups.notSupported");
        } catch (BackupFailedException e) {
            redirect.addFlashAttribute("problem", "backups.failed");
        }
        return "redirect:" + PAGE;
    }

    /**
     * A backup holds every patient's log: each download is in the audit trail, before the file is sent.
     * An encrypted backup is sent as it is on the server, still encrypted.
     */
    @GetMapping(PAGE + "/{name}")
    ResponseEntity<Resource> download(@PathVariable String name, Principal admin) {
        Backup backup = backups.find(name).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        audit.record(admin.getName(), AuditAction.BACKUP_DOWNLOADED, backup.name(), null);
        return ResponseEntity.ok()
                .contentType(backup.encrypted() ? MediaType.APPLICATION_OCTET_STREAM
                        : MediaType.parseMediaType("application/zip"))
                .contentLength(backup.sizeBytes())
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(backup.name()).build().toString())
                .body(new FileSystemResource(backups.fileOf(backup)));
    }

    private static List<BackupRow> rows(List<Backup> list) {
        return list.stream().map(BackupRow::of).toList();
    }
}
