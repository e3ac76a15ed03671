package org.spasmcare.audit;

import java.time.Instant;

import org.spasmcare.audit.internal.AuditEvent;

/** An audit line as the admin page shows it. */
public record AuditEntry(long id, Instant occurredAt, String actor, AuditAction action, String target, String detail) {

    static AuditEntry of(AuditEvent event) {
        return new AuditEntry(event.getId(), event.getOccurredAt(), event.getActor(), event.getAction(),
                event.getTarget(), event.getDetail());
    }
}
