package org.spasmcare.recovery;

import jakarta.servlet.http.HttpSession;

import org.spasmcare.account.SignedInAccount;
import org.spasmcare.assessment.AssessmentForm;
import org.spasmcare.assessment.AssessmentFormValidator;
import org.spasmcare.triage.Assessment;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Save to my log" on the care plan: the plan waits in the session until the person is signed in. */
@Controller
@RequestMapping("/log")
class SavedPlanController {

    private final RecoveryLog log;
    private final AssessmentFormValidator assessmentValidator;

    SavedPlanController(RecoveryLog log, AssessmentFormValidator assessmentValidator) {
        this.log = log;
        this.assessmentValidator = assessmentValidator;
    }

    /** From the plan page. Anyone may post it; the plan waits in the session until they are signed in. */
    @PostMapping("/save-plan")
    String savePlan(@ModelAttribute("form") AssessmentForm form, BindingResult result, HttpSession session) {
        if (assessmentValidator.firstInvalidStep(form, result) != 0) {
            return "redirect:/assessment"; // only a changed page gets here; start the check again
        }
        Assessment assessment = assessmentValidator.toAssessment(form);
        session.setAttribute(PendingPlan.SESSION_KEY,
                new PendingPlan(assessment, log.today().minusDays(assessment.durationDays())));
        return "redirect:/log/save-pending";
    }

    /** Signed in by now (Spring Security sent anyone else to sign in first, and back here after). */
    @GetMapping("/save-pending")
    String savePending(@AuthenticationPrincipal SignedInAccount me, HttpSession session, RedirectAttributes redirect) {
        Object pending = session.getAttribute(PendingPlan.SESSION_KEY);
        session.removeAttribute(PendingPlan.SESSION_KEY);
        if (pending instanceof PendingPlan plan) {
            log.startFromAssessment(me.id(), plan.assessment(), plan.onsetDate()); // not worked out again: maybe a day later
            redirect.addFlashAttribute("message", "log.message.planSaved");
        }
        return "redirect:/log";
    }
}
