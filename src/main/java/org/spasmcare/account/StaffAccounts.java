package org.spasmcare.account;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.spasmcare.account.internal.Account;
import org.spasmcare.account.internal.AccountRepository;
import org.spasmcare.audit.AuditAction;
import org.spasmcare.audit.AuditTrail;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * What an admin does with staff and admin accounts: list, create, disable, enable, reset a password.
 * Patients' accounts are theirs and are never touched here. Every change is audited (never with a
 * password), in the same transaction as the change.
 */
@Service
class StaffAccounts {

    /** A change the rules do not allow; the message key says why, for the page. */
    static class Refused extends RuntimeException {

        final String messageKey;

        Refused(String messageKey) {
            super(messageKey, null, false, false);
            this.messageKey = messageKey;
        }
    }

    /** A one-time password, to be shown to the admin once and then forgotten. */
    record OneTimePassword(String username, String password) {

        @Override
        public String toString() {
            return "OneTimePassword[" + username + "]"; // never the password
        }
    }

    /** The account is not a staff or admin account (or does not exist). */
    @ResponseStatus(HttpStatus.NOT_FOUND)
    static class NoSuchStaffAccount extends RuntimeException {
        NoSuchStaffAccount() {
            super(null, null, false, false);
        }
    }

    private static final List<Role> STAFF_ROLES = List.of(Role.STAFF, Role.ADMIN);

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final OneTimePasswords oneTimePasswords;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    StaffAccounts(AccountRepository accounts, PasswordEncoder passwordEncoder, OneTimePasswords oneTimePasswords,
            AuditTrail audit, TransactionTemplate transaction, Clock clock) {
        this.transaction = transaction;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.oneTimePasswords = oneTimePasswords;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<StaffAccountView> list() {
        return accounts.findByRoleInOrderByUsernameAsc(STAFF_ROLES).stream().map(StaffAccountView::of).toList();
    }

    /**
     * Creates the account with a one-time password when {@code errors} has nothing against the form.
     * Not one transaction around it all: a name taken at the same moment fails the insert, and the
     * transaction around the insert and its audit line must then end cleanly, as a rollback.
     */
    Optional<OneTimePassword> create(SignedInAccount admin, NewStaffForm form, Errors errors) {
        String username = Usernames.normalize(form.getUsername());
        if (!errors.hasFieldErrors("username") && (Usernames.isReserved(username) || accounts.existsByUsername(username))) {
            errors.rejectValue("username", "account.error.username.taken");
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        String password = oneTimePasswords.generateFor(username);
        String hash = passwordEncoder.encode(password);
        try {
            transaction.executeWithoutResult(status -> {
                stillAnEnabledAdmin(admin);
                Account account = new Account(username, hash, Role.valueOf(form.getRole()), clock.instant());
                account.setOneTimePassword(hash);
                accounts.saveAndFlush(account);
                audit.record(admin.username(), AuditAction.ACCOUNT_CREATED, username, account.getRole().name());
            });
        } catch (DataIntegrityViolationException sameNameAtTheSameMoment) {
            errors.rejectValue("username", "account.error.username.taken");
            return Optional.empty();
        }
        return Optional.of(new OneTimePassword(username, password));
    }

    /**
     * Disables the account: it cannot sign in, and its sessions end at their next request. An admin
     * cannot disable themselves, nor the last enabled admin.
     */
    @Transactional
    String disable(SignedInAccount admin, long accountId) {
        List<Account> enabledAdmins = accounts.lockEnabledAdmins();
        if (enabledAdmins.stream().noneMatch(a -> a.getId() == admin.id())) {
            throw new AccessDeniedException("no longer an enabled admin");
        }
        Account account = staffAccount(accountId);
        if (account.getId() == admin.id()) {
            throw new Refused("staff.refused.disableSelf");
        }
        if (account.getRole() == Role.ADMIN && account.isEnabled() && enabledAdmins.size() <= 1) {
            throw new Refused("staff.refused.lastAdmin");
        }
        if (account.isEnabled()) {
            account.setEnabled(false);
            audit.record(admin.username(), AuditAction.ACCOUNT_DISABLED, account.getUsername(), null);
        }
        return account.getUsername();
    }

    @Transactional
    String enable(SignedInAccount admin, long accountId) {
        stillAnEnabledAdmin(admin);
        Account account = staffAccount(accountId);
        if (!account.isEnabled()) {
            account.setEnabled(true);
            audit.record(admin.username(), AuditAction.ACCOUNT_ENABLED, account.getUsername(), null);
        }
        return account.getUsername();
    }

    /**
     * Gives the account a new one-time password, which it must change at its next sign-in (a session it
     * has open is sent to change it too). Not for the admin's own account: they change theirs themselves.
     */
    @Transactional
    OneTimePassword resetPassword(SignedInAccount admin, long accountId) {
        stillAnEnabledAdmin(admin);
        Account account = staffAccount(accountId);
        if (account.getId() == admin.id()) {
            throw new Refused("staff.refused.resetSelf");
        }
        String password = oneTimePasswords.generateFor(account.getUsername());
        account.setOneTimePassword(passwordEncoder.encode(password));
        audit.record(admin.username(), AuditAction.PASSWORD_RESET, account.getUsername(), null);
        return new OneTimePassword(account.getUsername(), password);
    }

    // --- second factor ---------------------------------------------------------------------------
    /**
     * Removes the account's authenticator app and recovery codes (a lost phone): it sets up a new second
     * factor at its next sign-in. Not for the admin's own account, and audited.
     */
    @Transactional
    String resetSecondFactor(SignedInAccount admin, long accountId, SecondFactors secondFactors) {
        stillAnEnabledAdmin(admin);
        Account account = staffAccount(accountId);
        if (account.getId() == admin.id()) {
            throw new Refused("staff.refused.resetSecondFactorSelf");
        }
        secondFactors.clear(account.getId());
        audit.record(admin.username(), AuditAction.SECOND_FACTOR_RESET, account.getUsername(), null);
        return account.getUsername();
    }
    // --- end second factor -----------------------------------------------------------------------

    private Account staffAccount(long accountId) {
        return accounts.findById(accountId).filter(a -> a.getRole().isStaff()).orElseThrow(NoSuchStaffAccount::new);
    }

    /** An admin disabled a moment ago may still have a request on its way: it changes nothing. */
    private void stillAnEnabledAdmin(SignedInAccount admin) {
        if (accounts.findById(admin.id()).filter(a -> a.getRole() == Role.ADMIN && a.isEnabled()).isEmpty()) {
            throw new AccessDeniedException("no longer an enabled admin");
        }
    }
}
