package org.spasmcare.account;

import java.time.Instant;
import java.time.ZoneOffset;

/** A staff or admin account as the accounts page lists it. */
public record StaffAccountView(long id, String username, Role role, boolean enabled, boolean mustChangePassword,
        Instant createdAt) {

    /** The day it was created, ISO (2026-11-20), in UTC like every time on the admin pages. */
    public String createdOn() {
        return createdAt.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }

    static StaffAccountView of(Account account) {
        return new StaffAccountView(account.getId(), account.getUsername(), account.getRole(), account.isEnabled(),
                account.isMustChangePassword(), account.getCreatedAt());
    }
}
