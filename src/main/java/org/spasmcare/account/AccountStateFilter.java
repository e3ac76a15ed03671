package org.spasmcare.account;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.spasmcare.account.internal.AccountRepository;
import org.spasmcare.account.internal.AccountState;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks the signed-in account on every request, against the database rather than the session:
 * <ul>
 * <li>an account disabled (or deleted) since it signed in is signed out there and then, and the request
 * goes on as an anonymous one (so a protected page asks to sign in again);</li>
 * <li>an account that must change its password is sent to {@value #PASSWORD_PAGE} for every page but
 * that one, signing out, the static files and the second-factor pages (which come first);</li>
 * <li>otherwise a session signed in with another password than the account's now (the owner changed it
 * elsewhere, or recovered the account) is signed out, as a disabled one is. The session that made the
 * change carries the new hash. An admin's reset is the case above: the session must change it.</li>
 * </ul>
 * Part of the security filter chain only (not a bean, so the servlet container does not run it twice).
 * The accounts are looked up lazily: a web slice test imports the security rules without any database,
 * and has no signed-in account of this app to check.
 */
class AccountStateFilter extends OncePerRequestFilter {

    static final String PASSWORD_PAGE = "/password";

    private final ObjectProvider<AccountRepository> accounts;
    private final SecurityContextLogoutHandler signOut = new SecurityContextLogoutHandler();

    AccountStateFilter(ObjectProvider<AccountRepository> accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        AccountRepository repository = accounts.getIfAvailable();
        if (repository != null && authentication != null && authentication.getPrincipal() instanceof SignedInAccount me) {
            Optional<AccountState> state = repository.findStateById(me.id());
            if (state.isEmpty() || !state.get().enabled()) {
                signOut.logout(request, response, authentication);
            } else if (state.get().mustChangePassword()) {
                if (!mayWaitForTheNewPassword(request)) {
                    response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
                    return;
                }
            } else if (!state.get().passwordHash().equals(me.passwordHash())) {
                signOut.logout(request, response, authentication);
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean mayWaitForTheNewPassword(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(PASSWORD_PAGE) || path.equals("/logout") || path.startsWith("/assets/")
                || path.startsWith(SecondFactorFilter.PAGES); // the second factor comes first
    }
}
