package org.spasmcare.recovery;

import jakarta.servlet.http.HttpSession;

import org.spasmcare.account.SignedInAccount;
import org.spasmcare.triage.Assessment;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * How a care plan reaches the log: the assessment hands over a plan of triage types, and it waits in the
 * session until the person is signed in ({@code /log/save-pending} saves it). Recovery never binds the form.
 */
@Component
public class PendingPlans {

    /** Shown to a staff account instead of saving: staff keep no log. */
    public static final String STAFF_VIEW = SavedPlanController.STAFF_VIEW;
    public static final String SAVE_PENDING_PATH = "/log/save-pending";

    private final RecoveryLog log;

    PendingPlans(RecoveryLog log) {
        this.log = log;
    }

    /** A staff (or admin) account keeps no log, so there is nothing to hold for it. */
    public boolean keepsNoLog(Authentication signedIn) {
        return signedIn != null && signedIn.getPrincipal() instanceof SignedInAccount me && me.role().isStaff();
    }

    /** Holds the plan; the onset is worked out now and kept, as the person may sign in after midnight. */
    public void hold(HttpSession session, Assessment assessment) {
        session.setAttribute(PendingPlan.SESSION_KEY,
                new PendingPlan(assessment, log.today().minusDays(assessment.durationDays())));
    }
}
