package org.spasmcare.account;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A passkey as the second sign-in step of staff. Spring Security checks the passkey (its
 * WebAuthnAuthenticationProvider, in {@link #manager}); this then keeps the session's own sign-in, with its
 * {@link SignedInAccount}, and adds {@link FactorGrantedAuthority#WEBAUTHN_AUTHORITY} to it, as
 * {@link SecondFactorController} adds its code's factor. A passkey never signs anyone in on its own: without
 * a password sign-in of the same account in the session it is refused.
 */
final class PasskeySecondFactor {

    /** Where the page goes after a passkey: on to where the sign-in was going. */
    static final String NEXT = SecondFactorController.CONTINUE;
    /** Spring Security's addresses for adding a passkey (options, then the new passkey). */
    static final String REGISTRATION = "/webauthn/register";
    /** Spring Security's addresses for using one. */
    static final String SIGN_IN_OPTIONS = "/webauthn/authenticate/options";
    static final String SIGN_IN = "/login/webauthn";

    private PasskeySecondFactor() {
    }

    /** {@code passkeys} checks the passkey; the answer is the session's password sign-in with the factor added. */
    static AuthenticationManager manager(AuthenticationManager passkeys) {
        return request -> {
            Authentication current = SecurityContextHolder.getContext().getAuthentication();
            if (current == null || !current.isAuthenticated() || !(current.getPrincipal() instanceof SignedInAccount me)
                    || !SecondFactor.isRequired(current)) {
                throw new BadCredentialsException("A passkey is a second step: sign in with the password first");
            }
            Authentication passkey = passkeys.authenticate(request);
            if (passkey == null || !me.username().equals(passkey.getName())) {
                throw new BadCredentialsException("The passkey is not this account's");
            }
            List<GrantedAuthority> authorities = new ArrayList<>(current.getAuthorities());
            if (authorities.stream().noneMatch(a -> FactorGrantedAuthority.WEBAUTHN_AUTHORITY.equals(a.getAuthority()))) {
                authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.WEBAUTHN_AUTHORITY));
            }
            UsernamePasswordAuthenticationToken elevated = UsernamePasswordAuthenticationToken.authenticated(me, null,
                    authorities);
            elevated.setDetails(current.getDetails());
            return elevated;
        };
    }

    /** A new session id (as after a code), and the JSON answer the page's script reads. */
    static AuthenticationSuccessHandler successHandler() {
        return (request, response, authentication) -> {
            request.changeSessionId();
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"authenticated\":true,\"redirectUrl\":\"" + request.getContextPath() + NEXT + "\"}");
        };
    }

    /**
     * Only staff and admins who have done their second step may add a passkey: Spring Security's own check
     * there is only "signed in". Everyone else gets 403 from its addresses.
     */
    static final class RegistrationGuard extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (path.equals(REGISTRATION) || path.startsWith(REGISTRATION + "/")) {
                Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
                if (authentication == null || !authentication.isAuthenticated()
                        || !SecondFactor.isStaff(authentication) || !SecondFactor.isDone(authentication)) {
                    response.sendError(HttpServletResponse.SC_FORBIDDEN);
                    return;
                }
            }
            chain.doFilter(request, response);
        }
    }

    static boolean isSignInStep(String path) {
        return path.equals(SIGN_IN_OPTIONS) || path.equals(SIGN_IN);
    }

}
