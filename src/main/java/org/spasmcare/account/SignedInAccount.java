package org.spasmcare.account;

import org.spasmcare.account.internal.Account;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as Spring Security holds them. It carries the account id so that every query
 * can be scoped to it (use {@code @AuthenticationPrincipal SignedInAccount me}).
 *
 * @param secondFactor whether the account had a second factor (an authenticator app) when it signed in: a
 *        patient who chose one must then give a code too ({@link SecondFactor#isRequired})
 */
public record SignedInAccount(long id, String username, String passwordHash, Role role, boolean enabled,
        boolean secondFactor) implements UserDetails {

    static SignedInAccount of(Account account) {
        return new SignedInAccount(account.getId(), account.getUsername(), account.getPasswordHash(),
                account.getRole(), account.isEnabled(), account.hasTotp());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "SignedInAccount[" + id + ", " + username + "]"; // never the hash
    }
}
