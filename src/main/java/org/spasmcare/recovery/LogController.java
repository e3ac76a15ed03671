package org.spasmcare.recovery;

import java.util.Locale;
import java.util.Optional;

import jakarta.validation.Valid;

import org.spasmcare.account.SignedInAccount;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The log page of the current episode, its alert's "a clinician has seen me" and the clinician summary
 * (entries: {@link EntryController}; episodes: {@link EpisodeController}; saving a plan: {@link SavedPlanController}).
 */
@Controller
@RequestMapping("/log")
class LogController {

    static final String SUMMARY_VIEW = "recovery/summary";

    private final RecoveryLog log;
    private final LogPage page;

    LogController(RecoveryLog log, LogPage page) {
        this.log = log;
        this.page = page;
    }

    @InitBinder(LogPage.SEEN)
    void allowOnlySeenFields(WebDataBinder binder) {
        binder.setAllowedFields("date");
    }

    @ModelAttribute
    void choices(Model model) {
        page.addChoices(model);
    }

    @GetMapping
    String log(@AuthenticationPrincipal SignedInAccount me, @RequestParam(defaultValue = "0") int page, Model model,
            Locale locale) {
        Optional<EpisodeView> episode = log.currentEpisode(me.id());
        if (episode.isEmpty()) {
            model.addAttribute(EpisodeController.START, new StartForm());
            return EpisodeController.START_VIEW;
        }
        return this.page.show(me.id(), episode.get(), page, model, locale);
    }

    /** "A clinician has seen me about this" (§8), with the date, not later than today. */
    @PostMapping("/seen")
    String seen(@AuthenticationPrincipal SignedInAccount me, @Valid @ModelAttribute(LogPage.SEEN) SeenForm form,
            BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
        EpisodeView episode = page.currentEpisode(me.id());
        if (result.hasErrors()) {
            return page.show(me.id(), episode, 0, model, locale); // the error, with the date typed kept
        }
        redirect.addFlashAttribute("message", log.confirmSeen(me.id(), episode.id(), form.getDate())
                ? "log.message.seen" : "log.message.nothingToConfirm");
        return "redirect:/log";
    }

    @GetMapping("/summary")
    String summary(@AuthenticationPrincipal SignedInAccount me, Model model, Locale locale) {
        EpisodeView episode = page.currentEpisode(me.id());
        page.show(me.id(), episode, 0, model, locale);
        model.addAttribute("summary", log.summary(me.id(), episode.id()));
        return SUMMARY_VIEW;
    }
}
