package org.spasmcare.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;

import com.nulabinc.zxcvbn.StandardDictionaries;
import org.springframework.stereotype.Component;

/**
 * The passwords people pick first, from the 30,000-entry list that ships with zxcvbn4j. A password on
 * it is refused however long it is: attackers try these before anything else.
 */
@Component
class CommonPasswords {

    private final Set<String> passwords;

    CommonPasswords() {
        try {
            passwords = Set.copyOf(StandardDictionaries.PASSWORDS_LOADER.load().getRankedDictionary().keySet());
        } catch (IOException e) {
            throw new UncheckedIOException("the common-password list could not be read", e);
        }
    }

    boolean contains(String password) {
        return passwords.contains(password.toLowerCase(Locale.ROOT));
    }
}
