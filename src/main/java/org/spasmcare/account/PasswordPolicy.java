package org.spasmcare.account;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The one password rule for every account, patient, staff or admin: at least 10 characters and at most
 * 72 bytes (what bcrypt reads: 72 plain letters, fewer with accented letters or emoji), not one of the
 * common passwords, and not containing the username. Length is the only rule on make-up.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    /** bcrypt reads no further; a longer password would be cut short without anyone knowing. */
    static final int MAX_BYTES = 72;

    static final String TOO_SHORT_OR_LONG = "account.error.password.length";
    static final String COMMON = "account.error.password.common";
    static final String CONTAINS_USERNAME = "account.error.password.username";

    private final CommonPasswords commonPasswords;

    PasswordPolicy(CommonPasswords commonPasswords) {
        this.commonPasswords = commonPasswords;
    }

    /** @return the message key of the first rule the password breaks, or empty when it keeps them all */
    Optional<String> problemWith(String password, String normalizedUsername) {
        if (password == null || password.length() < MIN_LENGTH || tooLong(password)) {
            return Optional.of(TOO_SHORT_OR_LONG);
        }
        if (commonPasswords.contains(password)) {
            return Optional.of(COMMON);
        }
        if (!normalizedUsername.isEmpty() && password.toLowerCase(Locale.ROOT).contains(normalizedUsername)) {
            return Optional.of(CONTAINS_USERNAME);
        }
        return Optional.empty();
    }

    static boolean tooLong(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
    }
}
