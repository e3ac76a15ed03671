package org.spasmcare.assessment;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpSession;

import org.spasmcare.recovery.PendingPlans;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
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

    private final SmartValidator validator;
    private final PendingPlans pendingPlans;
    private final Clock clock;

    SaveToLogController(SmartValidator validator, PendingPlans pendingPlans, Clock clock) {
        this.validator = validator;
        this.pendingPlans = pendingPlans;
        this.clock = clock;
    }

    @InitBinder(AssessmentController.FORM)
    void readAnswersAsTheFormDoes(WebDataBinder binder) {
        AnswerText.readStrictly(binder);
    }

    @PostMapping(PATH)
    String savePlan(Authentication signedIn, @ModelAttribute(AssessmentController.FORM) AssessmentForm form,
            BindingResult result, HttpSession session) {
        if (pendingPlans.keepsNoLog(signedIn)) {
            return PendingPlans.STAFF_VIEW; // say so, and keep nothing
        }
        validator.validate(form, result, AssessmentForm.STEP_GROUPS.toArray());
        if (result.hasErrors()) {
            return "redirect:/assessment"; // only a changed page gets here; start the check again
        }
        pendingPlans.hold(session, form.toAssessment(LocalDate.now(clock)));
        return "redirect:" + PendingPlans.SAVE_PENDING_PATH;
    }
}
