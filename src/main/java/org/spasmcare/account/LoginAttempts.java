package org.spasmcare.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Slows down password guessing without handing anyone a way to lock an account out:
 * <ul>
 * <li>for one username from one address, the first {@value #FAILURES_BEFORE_DELAY} failures cost
 * nothing; after that each try must wait, {@link #FIRST_DELAY} and doubling up to {@link #LONGEST_DELAY}.
 * Someone guessing from elsewhere never delays the owner at their own address. A correct password, or a
 * day without failures, clears it;</li>
 * <li>one address (a clinic behind one proxy has one) may fail {@value #MAX_FAILURES_PER_ADDRESS} times
 * in {@link #ADDRESS_WINDOW}, whatever the names, before its tries are refused until the window ends;</li>
 * <li>new accounts from one address are limited too ({@link #mayRegister}).</li>
 * </ul>
 * Kept in the database ({@link ThrottleCounts}), so every instance shares the counts. The counts are looked
 * up lazily: a web slice test runs the security rules without any database, and then nothing is counted.
 */
public class LoginAttempts {

    static final int FAILURES_BEFORE_DELAY = 5;
    static final Duration FIRST_DELAY = Duration.ofSeconds(30);
    static final Duration LONGEST_DELAY = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofDays(1);
    static final int MAX_FAILURES_PER_ADDRESS = 100;
    static final Duration ADDRESS_WINDOW = Duration.ofMinutes(15);
    static final Duration REGISTRATION_WINDOW = Duration.ofHours(1);

    private final ObjectProvider<ThrottleCounts> store;
    private final Clock clock;

    public LoginAttempts(ObjectProvider<ThrottleCounts> store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public boolean isBlocked(String username, String address) {
        return waitFor(username, address).isPresent();
    }

    /** How long until this username may be tried again from this address; empty when it may be now. */
    public Optional<Duration> waitFor(String username, String address) {
        ThrottleCounts counts = store.getIfAvailable();
        if (counts == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<Instant> until = counts.read(pair(username, address))
                .filter(count -> now.isBefore(count.waitUntil()))
                .map(ThrottleCounts.Count::waitUntil);
        Optional<Instant> addressUntil = counts.read(address(address))
                .filter(count -> count.failures() >= MAX_FAILURES_PER_ADDRESS)
                .map(count -> count.firstAt().plus(ADDRESS_WINDOW))
                .filter(now::isBefore);
        return Stream.of(until, addressUntil).flatMap(Optional::stream).max(Comparator.naturalOrder())
                .map(instant -> Duration.between(now, instant));
    }

    public void failed(String username, String address) {
        ThrottleCounts counts = store.getIfAvailable();
        if (counts == null) {
            return;
        }
        Instant now = clock.instant();
        counts.update(pair(username, address), current -> {
            int failures = current.filter(count -> now.isBefore(count.lastAt().plus(FORGET_AFTER)))
                    .map(count -> count.failures() + 1).orElse(1);
            Instant first = failures == 1 ? now : current.orElseThrow().firstAt();
            return new ThrottleCounts.Count(failures, first, now, now.plus(delayAfter(failures)));
        });
        counts.update(address(address), current -> inWindow(current, now, ADDRESS_WINDOW));
        counts.forgetOlderThan(now.minus(FORGET_AFTER));
    }

    /** A correct password clears this username's count at this address; the address keeps its own. */
    public void succeeded(String username, String address) {
        ThrottleCounts counts = store.getIfAvailable();
        if (counts != null) {
            counts.forget(pair(username, address));
        }
    }

    /**
     * Whether this address may have another go at creating an account ({@code limit} an hour); when it
     * may, the go is counted. Every go that reaches the name check counts, taken names included, so
     * trying names one by one is limited as much as making accounts.
     */
    public boolean mayRegister(String address, int limit) {
        ThrottleCounts counts = store.getIfAvailable();
        if (counts == null) {
            return true;
        }
        Instant now = clock.instant();
        String key = "register\n" + address;
        boolean full = counts.read(key)
                .filter(count -> now.isBefore(count.firstAt().plus(REGISTRATION_WINDOW)))
                .filter(count -> count.failures() >= limit).isPresent();
        if (!full) {
            counts.update(key, current -> inWindow(current, now, REGISTRATION_WINDOW));
        }
        return !full;
    }

    /** None for the first few failures, then doubling from {@link #FIRST_DELAY} up to {@link #LONGEST_DELAY}. */
    static Duration delayAfter(int failures) {
        if (failures < FAILURES_BEFORE_DELAY) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FAILURES_BEFORE_DELAY, 20);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
    }

    /** One more in a window that starts at the first and ends {@code window} later; then a new one starts. */
    private static ThrottleCounts.Count inWindow(Optional<ThrottleCounts.Count> current, Instant now, Duration window) {
        return current.filter(count -> now.isBefore(count.firstAt().plus(window)))
                .map(count -> new ThrottleCounts.Count(count.failures() + 1, count.firstAt(), now, now))
                .orElseGet(() -> new ThrottleCounts.Count(1, now, now, now));
    }

    private static String pair(String username, String address) {
        return "sign-in\n" + username + "\n" + address;
    }

    private static String address(String address) {
        return "address\n" + address;
    }
}
