package org.spasmcare.account;

import java.security.SecureRandom;

import org.springframework.stereotype.Component;

/**
 * Passwords the app chooses for someone (the first admin, a new member of staff, a reset): 20 random
 * characters in four groups of five, from letters and digits that cannot be mistaken for each other
 * when read out or copied by hand. About 114 bits of entropy; the owner must replace it at first use.
 */
@Component
class OneTimePasswords {

    static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final int GROUPS = 4;
    static final int GROUP_LENGTH = 5;

    private final SecureRandom random = new SecureRandom();
    private final PasswordPolicy policy;

    OneTimePasswords(PasswordPolicy policy) {
        this.policy = policy;
    }

    /** A new password that keeps the policy for this username (drawn again in the unlikely case it does not). */
    String generateFor(String normalizedUsername) {
        String password;
        do {
            password = draw();
        } while (policy.problemWith(password, normalizedUsername).isPresent());
        return password;
    }

    private String draw() {
        StringBuilder password = new StringBuilder(GROUPS * (GROUP_LENGTH + 1));
        for (int group = 0; group < GROUPS; group++) {
            if (group > 0) {
                password.append('-');
            }
            for (int i = 0; i < GROUP_LENGTH; i++) {
                password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return password.toString();
    }
}
