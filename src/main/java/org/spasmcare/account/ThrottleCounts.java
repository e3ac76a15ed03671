package org.spasmcare.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The counts behind {@link LoginAttempts}, in the {@code throttle} table so every instance shares them.
 * Each change is its own transaction, so a failure counted inside a request's transaction stays counted
 * when that transaction rolls back (and a race on a new row cannot spoil the request's transaction).
 */
@Component
class ThrottleCounts {

    /** One counted thing: how many, since when, the latest, and until when the next try must wait. */
    record Count(int failures, Instant firstAt, Instant lastAt, Instant waitUntil) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    ThrottleCounts(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    Optional<Count> read(String key) {
        return ownTransaction.execute(status -> find(key, false));
    }

    /** Replaces the count with {@code next} of the current one (empty when there is none), atomically. */
    void update(String key, Function<Optional<Count>, Count> next) {
        try {
            change(key, next);
        } catch (DuplicateKeyException anotherInstanceAddedItFirst) {
            change(key, next);
        }
    }

    void forget(String key) {
        ownTransaction.executeWithoutResult(status -> jdbc.update("delete from throttle where throttle_key = ?", hash(key)));
    }

    /** Deletes the counts nobody added to since {@code before}. */
    void forgetOlderThan(Instant before) {
        ownTransaction.executeWithoutResult(status -> jdbc.update("delete from throttle where last_at < ?",
                before.toEpochMilli()));
    }

    private void change(String key, Function<Optional<Count>, Count> next) {
        ownTransaction.executeWithoutResult(status -> {
            Optional<Count> current = find(key, true);
            Count updated = next.apply(current);
            if (current.isPresent()) {
                jdbc.update("update throttle set failures = ?, first_at = ?, last_at = ?, wait_until = ? where throttle_key = ?",
                        updated.failures(), updated.firstAt().toEpochMilli(), updated.lastAt().toEpochMilli(),
                        updated.waitUntil().toEpochMilli(), hash(key));
            } else {
                jdbc.update("insert into throttle (throttle_key, failures, first_at, last_at, wait_until) values (?, ?, ?, ?, ?)",
                        hash(key), updated.failures(), updated.firstAt().toEpochMilli(), updated.lastAt().toEpochMilli(),
                        updated.waitUntil().toEpochMilli());
            }
        });
    }

    private Optional<Count> find(String key, boolean forUpdate) {
        List<Count> rows = jdbc.query("select failures, first_at, last_at, wait_until from throttle where throttle_key = ?"
                + (forUpdate ? " for update" : ""),
                (row, n) -> new Count(row.getInt(1), Instant.ofEpochMilli(row.getLong(2)),
                        Instant.ofEpochMilli(row.getLong(3)), Instant.ofEpochMilli(row.getLong(4))),
                hash(key));
        return rows.stream().findFirst();
    }

    private static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }
}
