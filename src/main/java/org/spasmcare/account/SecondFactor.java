package org.spasmcare.account;

import java.util.List;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;

/**
 * The factor authorities a session holds once its second factor is done, on top of the
 * {@link FactorGrantedAuthority#PASSWORD_AUTHORITY} Spring Security grants at the password sign-in.
 * Staff and admins must have one of them before any staff page opens.
 */
public final class SecondFactor {

    /** A code from an authenticator app. */
    public static final String TOTP_AUTHORITY = "FACTOR_TOTP";
    /** One of the recovery codes shown at enrolment. */
    public static final String RECOVERY_CODE_AUTHORITY = "FACTOR_RECOVERY_CODE";

    /** Any one of these completes the sign-in. */
    public static final List<String> AUTHORITIES = List.of(TOTP_AUTHORITY, RECOVERY_CODE_AUTHORITY,
            FactorGrantedAuthority.WEBAUTHN_AUTHORITY);

    private static final Set<String> DONE = Set.copyOf(AUTHORITIES);

    private SecondFactor() {
    }

    /** Whether this session has done its second factor. */
    public static boolean isDone(Authentication authentication) {
        for (GrantedAuthority granted : authentication.getAuthorities()) {
            if (DONE.contains(granted.getAuthority())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Staff and admins always need one; a patient only when their account had one at sign-in (they chose it on
     * "My data"). A patient without one signs in with the password alone.
     */
    static boolean isRequired(Authentication authentication) {
        return isStaff(authentication)
                || authentication.getPrincipal() instanceof SignedInAccount me && me.secondFactor();
    }

    /** Staff and admins: the only ones who may add passkeys. */
    static boolean isStaff(Authentication authentication) {
        return Role.of(authentication.getAuthorities()).map(Role::isStaff).orElse(false);
    }
}
