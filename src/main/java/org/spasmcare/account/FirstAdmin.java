package org.spasmcare.account;

import java.time.Clock;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spasmcare.account.internal.Account;
import org.spasmcare.account.internal.AccountRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes sure there is someone who can manage the staff accounts: at start-up, when no admin account
 * exists, creates one. With {@code SPASMCARE_ADMIN_USERNAME} and {@code SPASMCARE_ADMIN_PASSWORD} set,
 * that admin (the password must keep the policy, or the app refuses to start rather than create a weak
 * admin; it is never logged). Otherwise an admin called {@value #DEFAULT_USERNAME} with a random one-time
 * password, written once to the log at WARN, which must be changed at the first sign-in. Nothing
 * happens when an admin exists.
 */
@Component
class FirstAdmin implements ApplicationRunner {

    static final String DEFAULT_USERNAME = "admin";
    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);

    private final AdminProperties settings;
    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;
    private final OneTimePasswords oneTimePasswords;
    private final MessageSource messages;
    private final TransactionTemplate transaction;
    private final Clock clock;

    FirstAdmin(AdminProperties settings, AccountRepository accounts, PasswordEncoder passwordEncoder,
            PasswordPolicy policy, OneTimePasswords oneTimePasswords, MessageSource messages,
            TransactionTemplate transaction, Clock clock) {
        this.settings = settings;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.oneTimePasswords = oneTimePasswords;
        this.messages = messages;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (accounts.existsByRole(Role.ADMIN)) {
            if (settings.hasUsername() || settings.hasPassword()) {
                LOG.info("An admin account exists, so SPASMCARE_ADMIN_USERNAME and SPASMCARE_ADMIN_PASSWORD are not used.");
            }
            return;
        }
        String username = settings.hasUsername() ? Usernames.normalize(settings.username()) : DEFAULT_USERNAME;
        if (!username.matches(Usernames.PATTERN) || Usernames.isReserved(username)) {
            throw new AdminSettingRejectedException("SPASMCARE_ADMIN_USERNAME is not a valid username: use 3 to 40 letters,"
                    + " numbers, dots, dashes or underscores, and not \"system\" (SpasmCare's own name in the content"
                    + " history). No admin account was created.");
        }
        if (accounts.existsByUsername(username)) {
            throw new AdminSettingRejectedException("There is no admin account, and the username \"" + username + "\" is"
                    + " already taken by another account. Set SPASMCARE_ADMIN_USERNAME (and SPASMCARE_ADMIN_PASSWORD)"
                    + " to create the first admin under another name.");
        }
        if (settings.hasPassword()) {
            policy.problemWith(settings.password(), username).ifPresent(problem -> {
                throw new AdminSettingRejectedException("SPASMCARE_ADMIN_PASSWORD is not accepted, so no admin account was"
                        + " created: " + messages.getMessage(problem, null, Locale.ROOT) + " The rule for every"
                        + " password: at least " + PasswordPolicy.MIN_LENGTH + " characters and up to " + PasswordPolicy.MAX_BYTES
                        + " bytes (72 plain letters, fewer with accented letters or emoji), not a common password,"
                        + " and not containing the username.");
            });
            if (create(username, passwordEncoder.encode(settings.password()), false)) {
                LOG.info("No admin account existed, so the admin account \"{}\" was created with the password from"
                        + " SPASMCARE_ADMIN_PASSWORD.", username);
            }
        } else {
            String oneTimePassword = oneTimePasswords.generateFor(username);
            if (create(username, passwordEncoder.encode(oneTimePassword), true)) {
                LOG.warn("No admin account existed, so one was created. Username: {}  One-time password: {}  Sign in"
                        + " at /login with it: you must then choose your own password before anything else. This"
                        + " password is written to the log only this once; if it is lost before it is changed, ask"
                        + " another admin to reset it, or start on an empty database with SPASMCARE_ADMIN_USERNAME and"
                        + " SPASMCARE_ADMIN_PASSWORD set.", username, oneTimePassword);
            }
        }
    }

    /** @return false when another instance, starting at the same moment, created an admin first */
    private boolean create(String username, String passwordHash, boolean mustChangePassword) {
        try {
            transaction.executeWithoutResult(status -> {
                Account admin = new Account(username, passwordHash, Role.ADMIN, clock.instant());
                if (mustChangePassword) {
                    admin.setOneTimePassword(passwordHash);
                }
                accounts.saveAndFlush(admin);
            });
            return true;
        } catch (DataIntegrityViolationException createdMeanwhile) {
            if (accounts.existsByRole(Role.ADMIN)) {
                return false;
            }
            throw createdMeanwhile;
        }
    }
}
