package org.spasmcare.account;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * What a patient's recovery code looks like: 25 characters in 5 groups of 5 ({@code 7KQ2M-...}), from an
 * alphabet without 0, O, 1 and I, so it can be copied from paper without doubt. 32 symbols, so a code holds
 * 125 random bits: guessing one is out of reach, throttle or not. Only its hash is stored.
 */
final class PatientRecoveryCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final int GROUPS = 5;
    static final int GROUP_LENGTH = 5;

    private static final SecureRandom RANDOM = new SecureRandom();

    private PatientRecoveryCodes() {
    }

    /** A new code, grouped for reading and printing. */
    static String newCode() {
        StringBuilder code = new StringBuilder();
        for (int group = 0; group < GROUPS; group++) {
            if (group > 0) {
                code.append('-');
            }
            for (int i = 0; i < GROUP_LENGTH; i++) {
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
        }
        return code.toString();
    }

    /**
     * The code as it is hashed and compared: letters and digits only, in capitals. A code typed with or
     * without dashes or spaces, in small letters or capitals, is the same code.
     */
    static String normalize(String typed) {
        if (typed == null) {
            return "";
        }
        StringBuilder code = new StringBuilder();
        typed.toUpperCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(code::appendCodePoint);
        return code.toString();
    }
}
