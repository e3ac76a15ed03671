package org.spasmcare.account;

import java.util.Optional;

import org.spasmcare.account.internal.Account;
import org.spasmcare.account.internal.AccountRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * A patient's way back into their account without any personal data: a recovery code, shown once and kept
 * only as a hash. Recovering sets a new password (which ends the account's other sessions, as a password
 * change does: {@link AccountStateFilter}) and replaces the code. Staff and admins have no code: an admin
 * resets them. Tries count towards the sign-in throttle ({@link LoginAttempts}, per username and address,
 * and per address), and every refusal (a wrong code, an unknown username, a staff account, an account
 * without a code, a throttled try) gets the one same answer.
 */
@Service
public class PatientRecovery {

    /** The one answer to every refused recovery. */
    static final String NO_MATCH = "recovery.error.noMatch";

    /** A new password and the new code to show once. */
    record Recovered(SignedInAccount account, String newCode) {
    }

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;
    private final LoginAttempts attempts;
    private volatile String hashOfNoCode;

    PatientRecovery(AccountRepository accounts, PasswordEncoder passwordEncoder, PasswordPolicy policy,
            LoginAttempts attempts) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.attempts = attempts;
    }

    /** Makes the patient a new code (the one before, if any, stops working), and returns it to show once. */
    @Transactional
    public String makeCode(long accountId) {
        Account account = accounts.findById(accountId).orElseThrow();
        if (account.getRole() != Role.PATIENT) {
            throw new IllegalStateException("only patients have recovery codes");
        }
        String code = PatientRecoveryCodes.newCode();
        account.replaceRecoveryCode(passwordEncoder.encode(PatientRecoveryCodes.normalize(code)));
        return code;
    }

    /**
     * The same from the My data page: the current password first (counted by the throttle as on the
     * password page), so someone at an unattended signed-in screen cannot take the account over.
     */
    @Transactional
    public Optional<String> makeCode(long accountId, String currentPassword, Errors errors, String address) {
        Account account = accounts.findById(accountId).orElseThrow();
        String username = account.getUsername();
        if (attempts.isBlocked(username, address)) {
            errors.reject("password.error.current");
            return Optional.empty();
        }
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            attempts.failed(username, address);
            errors.reject("password.error.current");
            return Optional.empty();
        }
        attempts.succeeded(username, address);
        return Optional.of(makeCode(accountId));
    }

    @Transactional(readOnly = true)
    public boolean hasCode(long accountId) {
        return accounts.findById(accountId).map(Account::hasRecoveryCode).orElse(false);
    }

    /**
     * Checks the form, and when the username and code match a patient's, sets the new password and a new
     * code. The new password is checked first, and a form with a problem there says nothing about the code
     * (and is not counted), so trying codes always costs a counted try.
     *
     * @param address the request's remote address, for the throttle
     */
    @Transactional
    public Optional<Recovered> recover(ForgotPasswordForm form, Errors errors, String address) {
        String username = Usernames.normalize(form.getUsername());
        String code = PatientRecoveryCodes.normalize(form.getRecoveryCode());
        if (username.isEmpty()) {
            errors.rejectValue("username", "account.error.username.required");
        }
        if (code.isEmpty()) {
            errors.rejectValue("recoveryCode", "recovery.error.code.required");
        }
        policy.problemWith(form.getNewPassword(), username).ifPresent(key -> errors.rejectValue("newPassword", key));
        if (!form.getNewPassword().equals(form.getConfirmPassword())) {
            errors.rejectValue("confirmPassword", "account.error.confirmPassword.mismatch");
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        if (attempts.isBlocked(username, address)) {
            errors.reject(NO_MATCH);
            return Optional.empty();
        }
        Optional<Account> patient = accounts.findByUsername(username)
                .filter(account -> account.getRole() == Role.PATIENT && account.isEnabled() && account.hasRecoveryCode());
        // an unknown name costs the same hash check as a known one, so the time taken tells nothing either
        String hash = patient.map(Account::getRecoveryCodeHash).orElseGet(this::hashOfNoCode);
        if (!passwordEncoder.matches(code, hash) || patient.isEmpty()) {
            attempts.failed(username, address);
            errors.reject(NO_MATCH);
            return Optional.empty();
        }
        attempts.succeeded(username, address);
        Account account = patient.get();
        account.changePassword(passwordEncoder.encode(form.getNewPassword()));
        String newCode = PatientRecoveryCodes.newCode();
        account.replaceRecoveryCode(passwordEncoder.encode(PatientRecoveryCodes.normalize(newCode)));
        return Optional.of(new Recovered(SignedInAccount.of(account), newCode));
    }

    private String hashOfNoCode() {
        if (hashOfNoCode == null) {
            hashOfNoCode = passwordEncoder.encode(PatientRecoveryCodes.newCode());
        }
        return hashOfNoCode;
    }
}
