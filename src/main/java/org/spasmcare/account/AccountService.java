package org.spasmcare.account;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** Creating and deleting patient accounts. */
@Service
public class AccountService {

    static final int MIN_PASSWORD_LENGTH = 10;
    static final int MAX_PASSWORD_LENGTH = 128;

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CommonPasswords commonPasswords;
    private final Clock clock;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, CommonPasswords commonPasswords,
            Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.commonPasswords = commonPasswords;
        this.clock = clock;
    }

    /**
     * Adds the checks Bean Validation cannot make to {@code errors}, and creates the account when there
     * are none. Length is the only rule on a password's make-up; common ones are refused.
     */
    @Transactional
    public Optional<SignedInAccount> registerPatient(RegistrationForm form, Errors errors) {
        String username = Usernames.normalize(form.getUsername());
        if (!errors.hasFieldErrors("password")) {
            if (commonPasswords.contains(form.getPassword())) {
                errors.rejectValue("password", "account.error.password.common");
            } else if (form.getPassword().equalsIgnoreCase(username)
                    || form.getPassword().toLowerCase(Locale.ROOT).contains(username) && !username.isEmpty()) {
                errors.rejectValue("password", "account.error.password.username");
            }
        }
        if (!form.getPassword().equals(form.getConfirmPassword())) {
            errors.rejectValue("confirmPassword", "account.error.confirmPassword.mismatch");
        }
        if (!errors.hasFieldErrors("username") && accounts.existsByUsername(username)) {
            errors.rejectValue("username", "account.error.username.taken");
        }
        if (errors.hasErrors()) {
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
