package org.spasmcare.account;

import java.nio.charset.StandardCharsets;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Spring Security's bcrypt, which reads only a password's first 72 bytes: when checking, it silently
 * ignores the rest, so a longer guess that starts with the right 72 bytes would be let in. Here a
 * longer password never matches (none can be stored: {@link PasswordPolicy} refuses it first).
 */
final class SeventyTwoBytesOfBcrypt implements PasswordEncoder {

    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

    @Override
    public String encode(CharSequence rawPassword) {
        return bcrypt.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword != null && tooLong(rawPassword)) {
            return false;
        }
        return bcrypt.matches(rawPassword, encodedPassword);
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return bcrypt.upgradeEncoding(encodedPassword);
    }

    private static boolean tooLong(CharSequence rawPassword) {
        return rawPassword.toString().getBytes(StandardCharsets.UTF_8).length > PasswordPolicy.MAX_BYTES;
    }
}
