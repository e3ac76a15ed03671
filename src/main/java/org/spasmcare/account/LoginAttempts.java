package org.spasmcare.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;


/**
 * Slows down password guessing: after too many failed sign-ins for one username, or from one address,
 * within a window, further attempts are refused until the window has passed. Kept in memory: a restart
 * forgets it, which is acceptable for throttling (not for anything a patient saved).
 */
public class LoginAttempts {

    static final int MAX_FAILURES_PER_ACCOUNT = 5;
    static final int MAX_FAILURES_PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Beyond this many tracked keys, forget expired ones first, so a flood of names cannot fill memory. */
    private static final int PRUNE_ABOVE = 10_000;

    private final Map<String, Deque<Instant>> failuresByAccount = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> failuresByAddress = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginAttempts(Clock clock) {
        this.clock = clock;
    }

    public boolean isBlocked(String username, String address) {
        Instant now = clock.instant();
        return recent(failuresByAccount, username, now) >= MAX_FAILURES_PER_ACCOUNT
                || recent(failuresByAddress, address, now) >= MAX_FAILURES_PER_ADDRESS;
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        record(failuresByAccount, username, now);
        record(failuresByAddress, address, now);
    }

    /** A correct password clears the account's count; the address keeps its own. */
    public void succeeded(String username) {
        failuresByAccount.remove(username);
    }

    private static int recent(Map<String, Deque<Instant>> failures, String key, Instant now) {
        Deque<Instant> times = key == null ? null : failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            dropExpired(times, now);
            return times.size();
        }
    }

    private static void record(Map<String, Deque<Instant>> failures, String key, Instant now) {
        if (key == null) {
            return;
        }
        if (failures.size() > PRUNE_ABOVE) {
            failures.entrySet().removeIf(entry -> {
                synchronized (entry.getValue()) {
                    dropExpired(entry.getValue(), now);
                    return entry.getValue().isEmpty();
                }
            });
        }
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            dropExpired(times, now);
            times.addLast(now);
        }
    }

    private static void dropExpired(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
            times.removeFirst();
        }
    }
}
