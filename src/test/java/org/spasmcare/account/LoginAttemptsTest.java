package org.spasmcare.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LoginAttemptsTest {

    private Instant now = Instant.parse("2026-11-22T10:00:00Z");
    private final LoginAttempts attempts = new LoginAttempts(new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void shouldBlockAnAccountAfterFiveFailuresUntilTheWindowPasses() {
        for (int i = 0; i < 4; i++) {
            attempts.failed("ann", "10.0.0." + i);
        }
        assertThat(attempts.isBlocked("ann", "192.0.2.1")).isFalse();
        attempts.failed("ann", "10.0.0.9");
        assertThat(attempts.isBlocked("ann", "192.0.2.1")).isTrue();
        assertThat(attempts.isBlocked("bob", "192.0.2.1")).isFalse();

        now = now.plus(LoginAttempts.WINDOW).plusSeconds(1);
        assertThat(attempts.isBlocked("ann", "192.0.2.1")).isFalse();
    }

    @Test
    void shouldBlockAnAddressThatTriesManyNames() {
        for (int i = 0; i < LoginAttempts.MAX_FAILURES_PER_ADDRESS; i++) {
            attempts.failed("name" + i, "203.0.113.7");
        }
        assertThat(attempts.isBlocked("someone-new", "203.0.113.7")).isTrue();
        assertThat(attempts.isBlocked("someone-new", "203.0.113.8")).isFalse();
    }

    @Test
    void shouldForgetAnAccountsFailuresAfterACorrectPassword() {
        for (int i = 0; i < 4; i++) {
            attempts.failed("ann", "10.0.0.1");
        }
        attempts.succeeded("ann");
        attempts.failed("ann", "10.0.0.1");
        assertThat(attempts.isBlocked("ann", "10.0.0.2")).isFalse();
        now = now.plus(Duration.ofMinutes(1));
        assertThat(attempts.isBlocked("ann", "10.0.0.2")).isFalse();
    }
}
