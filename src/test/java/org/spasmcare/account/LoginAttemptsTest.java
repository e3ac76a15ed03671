package org.spasmcare.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;

/**
 * The throttle's rules, on the app's database and a clock of the test's own (the delays are read from
 * the clock, never waited for). Names are unique to each test, since the database is shared.
 */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureTestDatabase
class LoginAttemptsTest {

    @Autowired
    private ApplicationContext context;

    private Instant now = Instant.parse("2026-11-22T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    /** An app instance's throttle; two of them on one database are two instances. */
    private LoginAttempts instance() {
        return new LoginAttempts(context.getBeanProvider(ThrottleCounts.class), clock);
    }

    @Test
    void shouldDelayOneNameFromOneAddressAfterFiveFailuresAndDoubleTheDelayUpToFifteenMinutes() {
        LoginAttempts attempts = instance();
        String ann = TestAccounts.unique("ann");
        for (int i = 0; i < LoginAttempts.FAILURES_BEFORE_DELAY - 1; i++) {
            attempts.failed(ann, "192.0.2.1");
        }
        assertThat(attempts.isBlocked(ann, "192.0.2.1")).isFalse();
        attempts.failed(ann, "192.0.2.1");
        assertThat(attempts.waitFor(ann, "192.0.2.1")).contains(Duration.ofSeconds(30));
        assertThat(attempts.isBlocked(ann, "192.0.2.2")).as("the same name from elsewhere").isFalse();
        assertThat(attempts.isBlocked(TestAccounts.unique("bob"), "192.0.2.1")).as("another name").isFalse();

        now = now.plusSeconds(30);
        assertThat(attempts.isBlocked(ann, "192.0.2.1")).isFalse();
        attempts.failed(ann, "192.0.2.1");
        assertThat(attempts.waitFor(ann, "192.0.2.1")).contains(Duration.ofMinutes(1));
        for (int i = 0; i < 10; i++) {
            now = now.plus(LoginAttempts.LONGEST_DELAY);
            attempts.failed(ann, "192.0.2.1");
        }
        assertThat(attempts.waitFor(ann, "192.0.2.1")).contains(LoginAttempts.LONGEST_DELAY);

        now = now.plus(LoginAttempts.FORGET_AFTER);
        attempts.failed(ann, "192.0.2.1");
        assertThat(attempts.isBlocked(ann, "192.0.2.1")).as("a day later it starts again").isFalse();
    }

    @Test
    void shouldNeverDelayTheOwnerForGuessesFromOtherAddresses() {
        LoginAttempts attempts = instance();
        String admin = TestAccounts.unique("admin");
        for (int i = 0; i < 50; i++) {
            attempts.failed(admin, "10.9.0." + i);
        }
        assertThat(attempts.isBlocked(admin, "192.0.2.1")).isFalse();
    }

    @Test
    void shouldBlockAnAddressThatTriesManyNamesUntilItsWindowEnds() {
        LoginAttempts attempts = instance();
        for (int i = 0; i < LoginAttempts.MAX_FAILURES_PER_ADDRESS - 1; i++) {
            attempts.failed(TestAccounts.unique("name" + i), "203.0.113.7");
        }
        assertThat(attempts.isBlocked(TestAccounts.unique("someone"), "203.0.113.7")).isFalse();
        attempts.failed(TestAccounts.unique("one-more"), "203.0.113.7");
        assertThat(attempts.isBlocked(TestAccounts.unique("someone"), "203.0.113.7")).isTrue();
        assertThat(attempts.isBlocked(TestAccounts.unique("someone"), "203.0.113.8")).isFalse();

        now = now.plus(LoginAttempts.ADDRESS_WINDOW);
        assertThat(attempts.isBlocked(TestAccounts.unique("someone"), "203.0.113.7")).isFalse();
    }

    @Test
    void shouldForgetANamesFailuresAtAnAddressAfterACorrectPassword() {
        LoginAttempts attempts = instance();
        String ann = TestAccounts.unique("ann");
        for (int i = 0; i < LoginAttempts.FAILURES_BEFORE_DELAY - 1; i++) {
            attempts.failed(ann, "10.0.0.1");
        }
        attempts.succeeded(ann, "10.0.0.1");
        attempts.failed(ann, "10.0.0.1");
        assertThat(attempts.isBlocked(ann, "10.0.0.1")).isFalse();
        now = now.plus(Duration.ofMinutes(1));
        assertThat(attempts.isBlocked(ann, "10.0.0.1")).isFalse();
    }

    @Test
    void shouldShareTheCountsBetweenInstancesOnOneDatabase() {
        LoginAttempts first = instance();
        LoginAttempts second = instance();
        String ann = TestAccounts.unique("ann");
        for (int i = 0; i < LoginAttempts.FAILURES_BEFORE_DELAY; i++) {
            (i % 2 == 0 ? first : second).failed(ann, "198.51.100.4");
        }
        assertThat(first.isBlocked(ann, "198.51.100.4")).isTrue();
        assertThat(second.isBlocked(ann, "198.51.100.4")).isTrue();
    }

    @Test
    void shouldLimitNewAccountsFromOneAddressAnHour() {
        LoginAttempts attempts = instance();
        for (int i = 0; i < 3; i++) {
            assertThat(attempts.mayRegister("198.51.100.9", 3)).isTrue();
        }
        assertThat(attempts.mayRegister("198.51.100.9", 3)).isFalse();
        assertThat(attempts.mayRegister("198.51.100.10", 3)).isTrue();
        now = now.plus(LoginAttempts.REGISTRATION_WINDOW);
        assertThat(attempts.mayRegister("198.51.100.9", 3)).isTrue();
    }
}
