package org.spasmcare.account;

import org.spasmcare.audit.AuditAction;
import org.spasmcare.audit.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Writes SIGN_IN to the audit trail when staff or an admin signs in with their password. Patients'
 * sign-ins are not audited: the trail is about the people who change what patients read.
 */
@Component
class SignInAudit {

    private final AuditTrail audit;

    SignInAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInAccount account && account.role().isStaff()) {
            audit.record(account.username(), AuditAction.SIGN_IN, null, null);
        }
    }
}
