package org.spasmcare.account;

import java.time.Instant;
import java.util.Optional;

import org.spasmcare.account.internal.Account;
import org.spasmcare.account.internal.AccountRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When an account was created, for other modules: the staff review shows when a reviewer's account is new,
 * since one admin could create a second staff account to get round the two-person review.
 */
@Service
public class AccountDates {

    private final AccountRepository accounts;

    AccountDates(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** Empty for a name no account has (such as "system", which wrote the migrations' revisions). */
    @Transactional(readOnly = true)
    public Optional<Instant> createdAt(String username) {
        return accounts.findByUsername(username).map(Account::getCreatedAt);
    }
}
