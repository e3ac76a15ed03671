package org.spasmcare.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first admin, read once at start-up when no admin exists ({@code SPASMCARE_ADMIN_USERNAME},
 * {@code SPASMCARE_ADMIN_PASSWORD}). Both optional: without a username the admin is called
 * {@value FirstAdmin#DEFAULT_USERNAME}; without a password the app chooses a one-time one and logs it.
 */
@ConfigurationProperties("spasmcare.admin")
record AdminProperties(String username, String password) {

    boolean hasUsername() {
        return username != null && !username.isBlank();
    }

    boolean hasPassword() {
        return password != null && !password.isEmpty();
    }

    @Override
    public String toString() {
        return "AdminProperties[username=" + username + ", password=" + (hasPassword() ? "(set)" : "(not set)") + "]";
    }
}
