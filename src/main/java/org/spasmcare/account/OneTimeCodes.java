package org.spasmcare.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.codec.binary.Base32;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

/**
 * Time-based one-time codes (RFC 6238) as authenticator apps make them: HMAC-SHA1, six digits, 30-second
 * steps, a 160-bit secret shown as Base32. The code arithmetic is java-otp's; this class only chooses the
 * secret, allows one step either side for a phone's clock drift, and tells which step a code belongs to so
 * that the caller can refuse a code used before (RFC 6238, section 5.2). Time always comes from the caller.
 */
public final class OneTimeCodes {

    static final Duration STEP = TimeBasedOneTimePasswordGenerator.DEFAULT_TIME_STEP;
    private static final int SECRET_BYTES = 20;
    private static final int DRIFT_STEPS = 1;
    private static final String ISSUER = "SpasmCare";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final TimeBasedOneTimePasswordGenerator TOTP = new TimeBasedOneTimePasswordGenerator();

    private OneTimeCodes() {
    }

    /** A new random secret, in Base32 without padding (as authenticator apps take it). */
    public static String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return new Base32().encodeAsString(secret).replace("=", "");
    }

    /** The code an authenticator app shows at {@code instant}. */
    public static String codeAt(String secret, Instant instant) {
        try {
            return TOTP.generateOneTimePasswordString(key(secret), instant);
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("not a usable secret", e);
        }
    }

    /** The number of the 30-second step {@code instant} is in. */
    public static long stepAt(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP.getSeconds());
    }

    /**
     * The step {@code code} belongs to, looking one step either side of {@code now}, or empty when it is
     * not a code of this secret around now. Anything but six digits is simply not a code.
     */
    public static OptionalLong matchingStep(String secret, String code, Instant now) {
        String digits = code == null ? "" : code.replaceAll("\\s", "");
        if (!digits.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long current = stepAt(now);
        for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
            Instant at = Instant.ofEpochSecond(step * STEP.getSeconds());
            if (MessageDigest.isEqual(codeAt(secret, at).getBytes(StandardCharsets.US_ASCII),
                    digits.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The otpauth:// link an authenticator app reads from the QR code. */
    static String appLink(String username, String secret) {
        String label = encode(ISSUER + ":" + username);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(ISSUER)
                + "&algorithm=SHA1&digits=6&period=" + STEP.getSeconds();
    }

    private static SecretKeySpec key(String secret) {
        return new SecretKeySpec(new Base32().decode(secret), TOTP.getAlgorithm());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
