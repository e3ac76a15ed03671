package org.spasmcare.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit trail for admins ({@code /admin/audit}; the security rules keep {@code /admin/**} to admins). */
@Controller
class AuditTrailController {

    static final String VIEW = "audit/trail";

    private final AuditTrail trail;

    AuditTrailController(AuditTrail trail) {
        this.trail = trail;
    }

    /** @param page from 0, newest first; anything that is not a page number shows the first page */
    @GetMapping("/admin/audit")
    String trail(@RequestParam(defaultValue = "0") String page, Model model) {
        Page<AuditLine> lines = trail.recent(pageNumber(page)).map(AuditTrailController::line);
        model.addAttribute("lines", lines);
        return VIEW;
    }

    /**
     * One line as shown: the time to the second, in UTC; the page shows it as "18 November 2026, 14:20 UTC" and
     * keeps ISO 8601 (2026-11-18T14:20:05Z) for machines in the {@code datetime} attribute.
     */
    record AuditLine(Instant time, String actor, String actionKey, String target, String detail) {

        public String iso() {
            return time.toString();
        }
    }

    private static AuditLine line(AuditEntry entry) {
        return new AuditLine(entry.occurredAt().truncatedTo(ChronoUnit.SECONDS), entry.actor(),
                "audit.action." + entry.action().name(), entry.target(), entry.detail());
    }

    private static int pageNumber(String page) {
        try {
            return Math.max(0, Math.min(Integer.parseInt(page.strip()), Integer.MAX_VALUE / AuditTrail.PAGE_SIZE));
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }
}
