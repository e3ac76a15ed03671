package org.spasmcare.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * A new recovery code waits in its session until the patient says they saved it: every page shows it at the
 * top until then ({@code fragments/layout}), so it is seen after registration whichever page comes next, and
 * then never again (only its hash is stored). Signing out ends the session, and the code with it.
 */
@ControllerAdvice
class PendingRecoveryCode {

    private static final String ATTRIBUTE = PendingRecoveryCode.class.getName();

    static void hold(HttpServletRequest request, String code) {
        request.getSession(true).setAttribute(ATTRIBUTE, code);
    }

    static void forget(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }

    /** The code to show on this page, or null. */
    @ModelAttribute("pendingRecoveryCode")
    String pendingRecoveryCode(HttpServletRequest request) {
        return of(request);
    }

    static String of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(ATTRIBUTE) instanceof String code ? code : null;
    }
}
