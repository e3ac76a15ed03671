package org.spasmcare.account.internal;

/**
 * Whether a signed-in account may still use its session, whether it must first choose a password, and
 * the password hash now (a session signed in with an older password ends).
 */
public record AccountState(boolean enabled, boolean mustChangePassword, String passwordHash) {

    @Override
    public String toString() {
        return "AccountState[enabled=" + enabled + ", mustChangePassword=" + mustChangePassword + "]"; // never the hash
    }
}
