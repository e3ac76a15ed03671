package org.spasmcare.account.internal;

/** Whether a signed-in account may still use its session, and whether it must first choose a password. */
public record AccountState(boolean enabled, boolean mustChangePassword) {
}
