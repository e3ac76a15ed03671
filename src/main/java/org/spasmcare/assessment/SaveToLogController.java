package org.spasmcare.assessment;

import jakarta.servlet.http.HttpSession;

import org.spasmcare.recovery.PendingPlans;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The plan page's save to the log: the form's answers are checked here, on the assessment's side, and
 * recovery is handed a plan of triage types ({@link PendingPlans}). Anyone may post it; the plan waits in
 * the session until they are signed in.
 */
@Controller
class SaveToLogController {

    static final String PATH = "/log/save-plan";

    private final AssessmentFormValidator validator;
    private final PendingPlans pendingPlans;

    SaveToLogController(AssessmentFormValidator validator, PendingPlans pendingPlans) {
        this.validator = validator;
        this.pendingPlans = pendingPlans;
    }

    @PostMapping(PATH)
    String savePlan(Authentication signedIn, @ModelAttribute(AssessmentController.FORM) AssessmentForm form,
            BindingResult result, HttpSession session) {
        if (pendingPlans.keepsNoLog(signedIn)) {
            return PendingPlans.STAFF_VIEW; // say so, and keep nothing
        }
        if (validator.firstInvalidStep(form, result) != 0) {
            return "redirect:/assessment"; // only a changed page gets here; start the check again
        }
        pendingPlans.hold(session, validator.toAssessment(form));
        return "redirect:" + PendingPlans.SAVE_PENDING_PATH;
    }
}
