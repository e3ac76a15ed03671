package org.spasmcare.content;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.spasmcare.account.AccountDates;
import org.spasmcare.account.SignedInAccount;
import org.spasmcare.catalog.TreatmentCatalog;
import org.spasmcare.catalog.TreatmentContent;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The staff area for treatment content: the list, the editor with preview, review, history and revert. */
@Controller
@RequestMapping("/staff")
class StaffContentController {

    static final String LIST_VIEW = "staff/treatments";
    static final String EDIT_VIEW = "staff/edit";
    static final String REVIEW_VIEW = "staff/review";
    static final String HISTORY_VIEW = "staff/history";
    static final String REVISION_VIEW = "staff/revision";
    static final String FORM = "content";

    /**
     * A reviewer account younger than this when it publishes is pointed out: one admin can get round the
     * two-person review by creating a second staff account (the creation is in the audit trail).
     */
    static final Duration NEW_ACCOUNT = Duration.ofDays(1);

    private final ContentEditing editing;
    private final TreatmentCatalog catalog;
    private final AccountDates accountDates;
    private final Clock clock;

    StaffContentController(ContentEditing editing, TreatmentCatalog catalog, AccountDates accountDates, Clock clock) {
        this.editing = editing;
        this.catalog = catalog;
        this.accountDates = accountDates;
        this.clock = clock;
    }

    /** Whether the account was created less than {@link #NEW_ACCOUNT} before {@code when}. */
    private boolean newAt(String username, Instant when) {
        return when != null && accountDates.createdAt(username)
                .filter(created -> Duration.between(created, when).compareTo(NEW_ACCOUNT) < 0).isPresent();
    }

    @InitBinder(FORM)
    void allowOnlyContentFields(WebDataBinder binder) {
        binder.setAllowedFields("name", "summary", "howTo", "cautions", "evidence", "complexity", "resources",
                "expectedOutcome", "idealUse", "keyAdvantages", "displayOrder", "evidenceLevel", "cost", "sources", "reviewedBy", "reviewedOn",
                "reviewDue", "openedRevision");
    }

    @ModelAttribute
    void fields(Model model) {
        model.addAttribute("contentFields", ContentField.values());
        model.addAttribute("secondReviewer", editing.secondReviewerRequired());
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("treatments", editing.overview());
        return LIST_VIEW;
    }

    @GetMapping("/treatments/{slug}/edit")
    String editor(@PathVariable String slug, Model model) {
        ContentEditing.Editor editor = editing.editor(slug);
        model.addAttribute("editor", editor);
        model.addAttribute(FORM, ContentForm.of(editor.content(), editor.state().head().number()));
        return EDIT_VIEW;
    }

    /** Preview or save; either way nothing typed is lost when the answer is the editor again. */
    @PostMapping("/treatments/{slug}/edit")
    String save(@AuthenticationPrincipal SignedInAccount me, @PathVariable String slug,
            @ModelAttribute(FORM) ContentForm form, BindingResult result,
            @RequestParam(defaultValue = "save") String intent, Model model, RedirectAttributes redirect) {
        Optional<TreatmentContent> content = form.validate(result);
        if (content.isEmpty() || "preview".equals(intent)) {
            ContentEditing.Editor editor = editing.editor(slug);
            model.addAttribute("editor", editor);
            content.ifPresent(c -> model.addAttribute("preview", catalog.render(editor.code(), slug, c)));
            return EDIT_VIEW;
        }
        SaveOutcome outcome = editing.saveDraft(slug, me.username(), form.openedRevisionNumber(), content.get());
        // Java 17: no switch over the sealed outcome yet, so one instanceof for each of its three kinds
        if (outcome instanceof SaveOutcome.ChangedMeanwhile changed) {
            model.addAttribute("editor", changed.editor());
            form.setOpenedRevision(String.valueOf(changed.head().number()));
            model.addAttribute("meanwhile", changed);
            result.reject("staff.error.changedMeanwhile", new Object[] {changed.head().author()}, null);
            return EDIT_VIEW;
        }
        if (outcome instanceof SaveOutcome.NothingChanged unchanged) {
            model.addAttribute("editor", unchanged.editor());
            result.reject("staff.error.nothingChanged");
            return EDIT_VIEW;
        }
        redirect.addFlashAttribute("message", "staff.message.saved");
        redirect.addFlashAttribute("messageArgument", ((SaveOutcome.Saved) outcome).revision());
        return "redirect:/staff";
    }

    @GetMapping("/treatments/{slug}/review")
    String review(@AuthenticationPrincipal SignedInAccount me, @PathVariable String slug, Model model) {
        addReview(me, slug, model);
        if (!model.containsAttribute(SEND_BACK)) {
            model.addAttribute(SEND_BACK, new SendBackForm());
        }
        return REVIEW_VIEW;
    }

    private void addReview(SignedInAccount me, String slug, Model model) {
        ContentEditing.Review review = editing.review(slug);
        model.addAttribute("review", review);
        model.addAttribute("mayPublish", review.mayBePublishedBy(me.username(), editing.secondReviewerRequired()));
        model.addAttribute("newReviewer", newAt(me.username(), clock.instant()));
        model.addAttribute("preview", catalog.render(review.code(), slug, review.draft()));
    }

    static final String SEND_BACK = "sendBack";

    @PostMapping("/treatments/{slug}/publish")
    String publish(@AuthenticationPrincipal SignedInAccount me, @PathVariable String slug,
            @RequestParam(defaultValue = "-1") int revision, RedirectAttributes redirect) {
        return afterReview(slug, editing.publish(slug, me.username(), revision), redirect);
    }

    /**
     * A send-back without a comment is answered with the review page itself, the error summarised at the top
     * of the form and next to the comment box (the error-summary pattern); every other outcome redirects.
     */
    @PostMapping("/treatments/{slug}/send-back")
    String sendBack(@AuthenticationPrincipal SignedInAccount me, @PathVariable String slug,
            @RequestParam(defaultValue = "-1") int revision, @ModelAttribute(SEND_BACK) SendBackForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        ContentEditing.ReviewOutcome outcome = editing.sendBack(slug, me.username(), revision, form.getComment());
        if (outcome == ContentEditing.ReviewOutcome.COMMENT_NEEDED) {
            result.rejectValue("comment", "staff.review.COMMENT_NEEDED");
            addReview(me, slug, model);
            return REVIEW_VIEW;
        }
        return afterReview(slug, outcome, redirect);
    }

    private static String afterReview(String slug, ContentEditing.ReviewOutcome outcome, RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", "staff.review." + outcome.name());
        if (outcome == ContentEditing.ReviewOutcome.PUBLISHED || outcome == ContentEditing.ReviewOutcome.SENT_BACK) {
            return "redirect:/staff";
        }
        redirect.addFlashAttribute("refused", true);
        return "redirect:/staff/treatments/" + slug + "/review";
    }

    @GetMapping("/treatments/{slug}/history")
    String history(@PathVariable String slug, Model model) {
        model.addAttribute("history", editing.history(slug));
        return HISTORY_VIEW;
    }

    @GetMapping("/treatments/{slug}/revisions/{number}")
    String revision(@PathVariable String slug, @PathVariable int number, Model model) {
        ContentEditing.RevisionDetail detail = editing.revisionDetail(slug, number);
        model.addAttribute("detail", detail);
        RevisionSummary revision = detail.revision();
        model.addAttribute("newReviewer", revision.status() == RevisionStatus.PUBLISHED && revision.reviewer() != null
                && newAt(revision.reviewer(), revision.reviewedAt()));
        model.addAttribute("preview", catalog.render(detail.code(), slug, detail.content()));
        return REVISION_VIEW;
    }

    @PostMapping("/treatments/{slug}/revisions/{number}/revert")
    String revert(@AuthenticationPrincipal SignedInAccount me, @PathVariable String slug, @PathVariable int number,
            RedirectAttributes redirect) {
        int draft = editing.revert(slug, me.username(), number);
        redirect.addFlashAttribute("message", "staff.message.reverted");
        redirect.addFlashAttribute("messageArgument", draft);
        return "redirect:/staff";
    }
}
