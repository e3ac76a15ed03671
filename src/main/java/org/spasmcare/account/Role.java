package org.spasmcare.account;

/** What an account may do. Patients keep a log; staff and admins arrive with content editing. */
public enum Role {
    PATIENT,
    STAFF,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
