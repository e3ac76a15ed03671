package org.spasmcare.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

import org.spasmcare.account.internal.Account;
import org.spasmcare.account.internal.AccountRepository;
import org.spasmcare.account.internal.SecondFactorAccounts;
import org.spasmcare.account.internal.SecondFactorRecoveryCode;
import org.spasmcare.account.internal.SecondFactorRecoveryCodeRepository;
import org.spasmcare.audit.AuditAction;
import org.spasmcare.audit.AuditTrail;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An account's second factor: one-time codes from an authenticator app, and the recovery codes that go
 * with them. Every code is accepted once at most, also when two instances share the database. Staff
 * actions are audited, never with a code or a secret.
 */
@Service
class SecondFactors {

    /** How a code was accepted, or that it was not. */
    enum Outcome {
        ONE_TIME_CODE, RECOVERY_CODE, WRONG
    }

    static final int RECOVERY_CODES = 10;
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final int RECOVERY_CODE_LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountRepository accounts;
    private final SecondFactorAccounts guarded;
    private final SecondFactorRecoveryCodeRepository recoveryCodes;
    private final AuditTrail audit;
    private final Clock clock;
    private final Passkeys passkeys;
    private final PasswordEncoder passwordEncoder;
    private final LoginAttempts attempts;

    SecondFactors(AccountRepository accounts, SecondFactorAccounts guarded,
            SecondFactorRecoveryCodeRepository recoveryCodes, AuditTrail audit, Clock clock, Passkeys passkeys,
            PasswordEncoder passwordEncoder, LoginAttempts attempts) {
        this.passkeys = passkeys;
        this.passwordEncoder = passwordEncoder;
        this.attempts = attempts;
        this.accounts = accounts;
        this.guarded = guarded;
        this.recoveryCodes = recoveryCodes;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    boolean isEnrolled(long accountId) {
        return accounts.findById(accountId).map(Account::hasTotp).orElse(false);
    }

    @Transactional(readOnly = true)
    long recoveryCodesLeft(long accountId) {
        return guarded.countUnusedRecoveryCodes(accountId);
    }

    /**
     * Keeps {@code secret} once {@code code} shows the owner's app has it, and answers the new recovery
     * codes (to be shown once); empty when the code does not match.
     */
    @Transactional
    Optional<List<String>> enrol(SignedInAccount me, String secret, String code) {
        OptionalLong step = OneTimeCodes.matchingStep(secret, code, clock.instant());
        Account account = accounts.findById(me.id()).orElseThrow();
        if (step.isEmpty() || guarded.useStep(me.id(), step.getAsLong()) == 0) {
            return Optional.empty();
        }
        account.setTotpSecret(secret);
        List<String> codes = newRecoveryCodes(me.id());
        if (me.role().isStaff()) {
            audit.record(me.username(), AuditAction.SECOND_FACTOR_ENROLLED, me.username(), null);
        }
        return Optional.of(codes);
    }

    /** Checks a six-digit code from the app, or else a recovery code, and uses it up. */
    @Transactional
    Outcome verify(SignedInAccount me, String code) {
        Optional<Account> account = accounts.findById(me.id()).filter(Account::hasTotp);
        if (account.isEmpty() || code == null) {
            return Outcome.WRONG;
        }
        OptionalLong step = OneTimeCodes.matchingStep(account.get().getTotpSecret(), code, clock.instant());
        if (step.isPresent()) {
            return guarded.useStep(me.id(), step.getAsLong()) == 1 ? Outcome.ONE_TIME_CODE : Outcome.WRONG;
        }
        String normalized = normalizeRecoveryCode(code);
        if (normalized.length() != RECOVERY_CODE_LENGTH
                || guarded.useRecoveryCode(me.id(), hash(normalized), clock.instant()) == 0) {
            return Outcome.WRONG;
        }
        if (me.role().isStaff()) {
            audit.record(me.username(), AuditAction.RECOVERY_CODE_USED, me.username(), null);
        }
        return Outcome.RECOVERY_CODE;
    }

    /**
     * Removes the app secret, the recovery codes and the passkeys: the account enrols again at its next
     * sign-in. One transaction (the passkeys' tables are written over the same connection).
     */
    @Transactional
    void clear(long accountId) {
        accounts.findById(accountId).ifPresent(account -> {
            account.setTotpSecret(null);
            passkeys.removeAll(account.getUsername());
        });
        guarded.deleteRecoveryCodes(accountId);
    }

    /**
     * A patient turns their second factor off (staff and admins cannot: theirs is required): their current
     * password first, counted by the sign-in throttle as on the password page, so someone at an unattended
     * signed-in screen cannot. Later sign-ins need the password only. False when the password was wrong (or
     * the try throttled), or the account is not a patient's.
     */
    @Transactional
    boolean turnOffForPatient(SignedInAccount me, String currentPassword, String address) {
        Account account = accounts.findById(me.id()).orElseThrow();
        if (account.getRole() != Role.PATIENT || attempts.isBlocked(account.getUsername(), address)) {
            return false;
        }
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            attempts.failed(account.getUsername(), address);
            return false;
        }
        attempts.succeeded(account.getUsername(), address);
        clear(me.id());
        return true;
    }

    private List<String> newRecoveryCodes(long accountId) {
        guarded.deleteRecoveryCodes(accountId);
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < RECOVERY_CODE_LENGTH; c++) {
                code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
            }
            recoveryCodes.save(new SecondFactorRecoveryCode(accountId, hash(code.toString())));
            shown.add(code.substring(0, 5) + "-" + code.substring(5));
        }
        return shown;
    }

    /** What a person may type: any case, with or without the dash and spaces. */
    static String normalizeRecoveryCode(String code) {
        return code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    private static String hash(String normalizedCode) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalizedCode.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
