package org.spasmcare.recovery;

import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import org.spasmcare.account.SignedInAccount;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Saving a care plan to the log. The plan waits in the session until the person is signed in; then it
 * starts their log, or, when they already have a current episode, they are asked whether this is the same
 * back pain. The plan leaves the session only once it is saved, so Back, a refresh or a second click
 * neither loses it nor saves it twice.
 */
@Controller
@RequestMapping("/log")
class SavedPlanController {

    static final String SAME_PAIN_VIEW = "recovery/same-pain";
    static final String STAFF_VIEW = "recovery/staff-cannot-save";
    /** The two answers to the same-back-pain question. */
    static final String SAME = "same";
    static final String NEW = "new";

    private final RecoveryLog log;

    SavedPlanController(RecoveryLog log) {
        this.log = log;
    }

    /**
     * Signed in by now (Spring Security sent anyone else to sign in first, and back here after). Without a
     * current episode the plan starts one; with one, the patient is asked whether it is the same back pain.
     */
    @GetMapping("/save-pending")
    String savePending(@AuthenticationPrincipal SignedInAccount me, HttpSession session, Model model,
            RedirectAttributes redirect) {
        if (me.role().isStaff()) {
            session.removeAttribute(PendingPlan.SESSION_KEY); // signed in as staff after saving: nowhere to keep it
            return STAFF_VIEW;
        }
        Optional<PendingPlan> pending = pending(session);
        if (pending.isEmpty() || pending.get().equals(session.getAttribute(PendingPlan.SAVED_KEY))) {
            return nothingToSave(session, redirect); // a refresh, Back, or the same plan saved again
        }
        PendingPlan plan = pending.get();
        Optional<SamePainQuestion> question = log.samePainQuestion(me.id());
        if (question.isEmpty()) {
            log.startFromAssessment(me.id(), plan.assessment(), plan.onsetDate());
            return saved(session, plan, "log.message.planSaved", redirect);
        }
        model.addAttribute("question", question.get());
        model.addAttribute("plan", plan);
        return SAME_PAIN_VIEW;
    }

    /** The answer to the same-back-pain question, naming the episode (and its version) it was asked about. */
    @PostMapping("/save-pending")
    String answer(@AuthenticationPrincipal SignedInAccount me, @RequestParam(defaultValue = "") String choice,
            @RequestParam(defaultValue = "-1") long episode, @RequestParam(defaultValue = "-1") long version,
            HttpSession session, RedirectAttributes redirect) {
        if (me.role().isStaff()) {
            session.removeAttribute(PendingPlan.SESSION_KEY);
            return STAFF_VIEW;
        }
        Optional<PendingPlan> pending = pending(session);
        if (pending.isEmpty()) {
            return nothingToSave(session, redirect); // a second click, or an answer from an old page
        }
        PendingPlan plan = pending.get();
        PlanSave outcome = switch (choice) {
            case SAME -> log.addToCurrentEpisode(me.id(), episode, version, plan.assessment());
            case NEW -> log.startInsteadOfCurrent(me.id(), episode, version, plan.assessment(), plan.onsetDate());
            default -> PlanSave.NOT_AS_ASKED;
        };
        return switch (outcome) {
            case ADDED_TO_CURRENT -> saved(session, plan, "log.save.message.added", redirect);
            case STARTED_NEW -> saved(session, plan, "log.save.message.started", redirect);
            case NOT_AS_ASKED -> {
                redirect.addFlashAttribute("logChanged", true);
                yield "redirect:/log/save-pending";
            }
        };
    }

    private static Optional<PendingPlan> pending(HttpSession session) {
        return session.getAttribute(PendingPlan.SESSION_KEY) instanceof PendingPlan plan ? Optional.of(plan)
                : Optional.empty();
    }

    /** The plan leaves the session, and is remembered as saved: a repeat of the same request saves nothing. */
    private static String saved(HttpSession session, PendingPlan plan, String message, RedirectAttributes redirect) {
        session.removeAttribute(PendingPlan.SESSION_KEY);
        session.setAttribute(PendingPlan.SAVED_KEY, plan);
        redirect.addFlashAttribute("message", message);
        return "redirect:/log";
    }

    /** Saved already (say so, on the log), or never here or lost with an expired session (back to the check). */
    private static String nothingToSave(HttpSession session, RedirectAttributes redirect) {
        if (session.getAttribute(PendingPlan.SAVED_KEY) != null) {
            session.removeAttribute(PendingPlan.SESSION_KEY);
            redirect.addFlashAttribute("message", "log.save.message.alreadySaved");
            return "redirect:/log";
        }
        redirect.addFlashAttribute("message", "log.save.message.expired");
        return "redirect:/assessment";
    }
}
