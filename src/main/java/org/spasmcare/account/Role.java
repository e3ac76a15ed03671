package org.spasmcare.account;

import java.util.Collection;
import java.util.Optional;

import org.springframework.security.core.GrantedAuthority;

/**
 * What an account may do. Patients keep a log; staff edit the treatment content; an admin is also
 * staff and manages the staff accounts.
 */
public enum Role {
    PATIENT("/log"),
    STAFF("/staff"),
    ADMIN("/staff");

    private final String startPage;

    Role(String startPage) {
        this.startPage = startPage;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** Where this role lands after signing in, when it was not on its way somewhere else. */
    public String startPage() {
        return startPage;
    }

    /** Staff and admins: the people who may open the staff area. */
    public boolean isStaff() {
        return this == STAFF || this == ADMIN;
    }

    /**
     * The role among Spring Security's authorities (the highest one, should there be several), for code
     * that holds an {@code Authentication} rather than a {@link SignedInAccount}.
     */
    public static Optional<Role> of(Collection<? extends GrantedAuthority> authorities) {
        Role found = null;
        for (GrantedAuthority granted : authorities) {
            for (Role role : values()) {
                if (role.authority().equals(granted.getAuthority()) && (found == null || role.ordinal() > found.ordinal())) {
                    found = role;
                }
            }
        }
        return Optional.ofNullable(found);
    }
}
