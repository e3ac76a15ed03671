package org.spasmcare.account;

/** Whether a signed-in account may still use its session, and whether it must first choose a password. */
record AccountState(boolean enabled, boolean mustChangePassword) {
}
