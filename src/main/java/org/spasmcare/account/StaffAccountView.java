package org.spasmcare.account;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.spasmcare.account.internal.Account;

/** A staff or admin account as the accounts page lists it. */
public record StaffAccountView(long id, String username, Role role, boolean enabled, boolean mustChangePassword,
        Instant createdAt) {

    /** The day it was created, in UTC like every time on the admin pages; the page shows it as "20 November 2026". */
    public LocalDate createdOn() {
        return createdAt.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    static StaffAccountView of(Account account) {
        return new StaffAccountView(account.getId(), account.getUsername(), account.getRole(), account.isEnabled(),
                account.isMustChangePassword(), account.getCreatedAt());
    }
}
