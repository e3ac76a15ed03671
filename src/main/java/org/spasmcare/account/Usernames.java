package org.spasmcare.account;

import java.util.Locale;

/** One spelling of a username everywhere: trimmed and in lower case. */
final class Usernames {

    static final String PATTERN = "[a-z0-9._-]{3,40}";

    private Usernames() {
    }

    /**
     * Names no account may take: "system" is the author SpasmCare itself gives the content revisions its
     * migrations write (the clinical rules version 2 wording), so nobody can pass for it in the history.
     */
    static boolean isReserved(String normalizedUsername) {
        return "system".equals(normalizedUsername);
    }

    static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
