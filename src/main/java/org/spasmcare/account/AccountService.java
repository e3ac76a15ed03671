package org.spasmcare.account;

import java.time.Clock;
import java.util.Optional;

import org.spasmcare.account.internal.Account;
import org.spasmcare.account.internal.AccountRepository;
import org.spasmcare.account.internal.AccountState;
import org.spasmcare.audit.AuditAction;
import org.spasmcare.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** Creating and deleting patient accounts, and changing one's own password (any account). */
@Service
public class AccountService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;
    private final LoginAttempts attempts;
    private final AuditTrail audit;
    private final Clock clock;
    private final int registrationsPerAddress;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, PasswordPolicy policy,
            LoginAttempts attempts, AuditTrail audit, Clock clock,
            @Value("${spasmcare.accounts.registrations-per-address:20}") int registrationsPerAddress) {
        this.registrationsPerAddress = registrationsPerAddress;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.attempts = attempts;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Adds the checks Bean Validation cannot make to {@code errors}, and creates the account when there
     * are none. Length is the only rule on a password's make-up; common ones are refused. Not one
     * transaction around it all: a name taken at the same moment fails the insert, whose own transaction
     * then rolls back cleanly, and the page says the name is taken (an outer transaction would be left
     * marked rollback-only, and its commit would fail).
     */
    public Optional<SignedInAccount> registerPatient(RegistrationForm form, Errors errors) {
        return registerPatient(form, errors, null);
    }

    /**
     * The same from a web request: whether the name is taken is only said for a form that would otherwise
     * create the account, and every such go counts towards the address's limit of new accounts an hour
     * ({@code spasmcare.accounts.registrations-per-address}), so names cannot be tried one by one for free.
     *
     * @param address the request's remote address; null (callers in the app itself) for no limit
     */
    public Optional<SignedInAccount> registerPatient(RegistrationForm form, Errors errors, String address) {
        String username = Usernames.normalize(form.getUsername());
        if (!errors.hasFieldErrors("password")) {
            policy.problemWith(form.getPassword(), username).ifPresent(key -> errors.rejectValue("password", key));
        }
        if (!form.getPassword().equals(form.getConfirmPassword())) {
            errors.rejectValue("confirmPassword", "account.error.confirmPassword.mismatch");
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        if (address != null && !attempts.mayRegister(address, registrationsPerAddress)) {
            errors.reject("account.error.register.tooMany");
            return Optional.empty();
        }
        if (Usernames.isReserved(username) || accounts.existsByUsername(username)) {
            errors.rejectValue("username", "account.error.username.taken");
            return Optional.empty();
        }
        try {
            Account account = accounts.saveAndFlush(new Account(username, passwordEncoder.encode(form.getPassword()),
                    Role.PATIENT, clock.instant()));
            return Optional.of(SignedInAccount.of(account));
        } catch (DataIntegrityViolationException sameNameAtTheSameMoment) {
            errors.rejectValue("username", "account.error.username.taken");
            return Optional.empty();
        }
    }

    /**
     * The owner replaces their password: the current one must be right (and wrong guesses count towards
     * the sign-in throttle, so this page is no way round it), the new one keeps the policy and differs
     * from the current one. Clears "must change password"; a staff or admin change is audited.
     *
     * The account's other sessions end at their next request ({@link AccountStateFilter}).
     *
     * @param address the request's remote address, for the throttle
     * @return the account as it is now, for the session that changed it, when the password was changed;
     *         otherwise empty, and {@code errors} says why
     */
    @Transactional
    public Optional<SignedInAccount> changePassword(long accountId, PasswordChangeForm form, Errors errors, String address) {
        Account account = accounts.findById(accountId).orElseThrow();
        String username = account.getUsername();
        if (attempts.isBlocked(username, address)) {
            errors.rejectValue("currentPassword", "password.error.current");
        } else if (!passwordEncoder.matches(form.getCurrentPassword(), account.getPasswordHash())) {
            attempts.failed(username, address);
            errors.rejectValue("currentPassword", "password.error.current");
        } else if (form.getNewPassword().equals(form.getCurrentPassword())) {
            errors.rejectValue("newPassword", "password.error.same");
        }
        if (!errors.hasFieldErrors("newPassword")) {
            policy.problemWith(form.getNewPassword(), username).ifPresent(key -> errors.rejectValue("newPassword", key));
        }
        if (!form.getNewPassword().equals(form.getConfirmPassword())) {
            errors.rejectValue("confirmPassword", "account.error.confirmPassword.mismatch");
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        attempts.succeeded(username, address);
        account.changePassword(passwordEncoder.encode(form.getNewPassword()));
        if (account.getRole().isStaff()) {
            audit.record(username, AuditAction.PASSWORD_CHANGED, username, null);
        }
        return Optional.of(SignedInAccount.of(account));
    }

    /** Whether the account still has a one-time password that it must replace before anything else. */
    @Transactional(readOnly = true)
    public boolean mustChangePassword(long accountId) {
        return accounts.findStateById(accountId).map(AccountState::mustChangePassword).orElse(false);
    }

    /** Deletes the account; the database deletes its episodes and log entries with it. */
    @Transactional
    public void delete(long accountId) {
        accounts.deleteById(accountId);
    }

    @Transactional(readOnly = true)
    public Optional<Account> find(long accountId) {
        return accounts.findById(accountId);
    }
}
