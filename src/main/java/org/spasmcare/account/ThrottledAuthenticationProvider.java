package org.spasmcare.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Username and password sign-in behind {@link LoginAttempts}. A throttled attempt fails exactly like a
 * wrong password, so neither reveals whether the account exists.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginAttempts attempts;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginAttempts attempts) {
        this.passwords = passwords;
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = Usernames.normalize(authentication.getName());
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        if (attempts.isBlocked(username, address)) {
            throw new BadCredentialsException("throttled");
        }
        try {
            Authentication result = passwords.authenticate(new UsernamePasswordAuthenticationToken(username,
                    authentication.getCredentials()));
            attempts.succeeded(username, address);
            return result;
        } catch (AuthenticationException e) {
            attempts.failed(username, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
