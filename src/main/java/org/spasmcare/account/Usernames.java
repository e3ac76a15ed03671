package org.spasmcare.account;

import java.util.Locale;

/** One spelling of a username everywhere: trimmed and in lower case. */
final class Usernames {

    static final String PATTERN = "[a-z0-9._-]{3,40}";

    private Usernames() {
    }

    static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
