package org.spasmcare.audit;

import java.time.Clock;

import org.spasmcare.audit.internal.AuditEvent;
import org.spasmcare.audit.internal.AuditEventRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of what staff did. {@link #record} joins the caller's transaction, so an action and its
 * audit line are saved together or not at all.
 */
@Service
public class AuditTrail {

    static final int PAGE_SIZE = 50;

    private final AuditEventRepository events;
    private final Clock clock;

    AuditTrail(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** @param target what was acted on (a treatment's slug, a username), or null */
    @Transactional
    public void record(String actor, AuditAction action, String target, String detail) {
        events.save(new AuditEvent(clock.instant(), actor, action, target, detail));
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public Page<AuditEntry> recent(int page) {
        return events.findAllByOrderByIdDesc(PageRequest.of(Math.max(0, page), PAGE_SIZE)).map(AuditEntry::of);
    }
}
