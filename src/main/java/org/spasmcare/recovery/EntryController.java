package org.spasmcare.recovery;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.spasmcare.account.SignedInAccount;
import org.spasmcare.triage.RedFlag;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A day's entries: adding one (on the log page), editing one, deleting one after asking. */
@Controller
@RequestMapping("/log/entries")
class EntryController {

    static final String EDIT_VIEW = "recovery/edit";
    static final String DELETE_VIEW = "recovery/delete";
    private static final String ENTRY = LogPage.ENTRY;

    private final RecoveryLog log;
    private final EntryValidator validator;
    private final LogPage page;

    EntryController(RecoveryLog log, EntryValidator validator, LogPage page) {
        this.log = log;
        this.validator = validator;
        this.page = page;
    }

    @InitBinder(ENTRY)
    void allowOnlyEntryFields(WebDataBinder binder) {
        binder.setAllowedFields("date", "pain", "interference", "treatments", "redFlags", "notes", "version",
                "removeRedFlagConfirmed");
    }

    @ModelAttribute
    void choices(Model model) {
        page.addChoices(model);
    }

    @PostMapping
    String add(@AuthenticationPrincipal SignedInAccount me, @ModelAttribute(ENTRY) EntryForm form,
            BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
        EpisodeView episode = page.currentEpisode(me.id());
        Optional<ValidEntry> entry = validator.validate(form, episode.onsetDate(), result);
        if (entry.isEmpty()) {
            return page.show(me.id(), episode, 0, model, locale); // the errors, with everything typed kept
        }
        EntryChange change = log.saveEntry(me.id(), episode.id(), entry.get(), form.versionOpened());
        if (change instanceof EntryChange.DayTaken taken) {
            // nothing replaced: show what is saved for that day next to what they typed, and let them choose
            form.setVersion(String.valueOf(taken.existing().version()));
            model.addAttribute("saved", taken.existing());
            result.rejectValue("date", "log.error.date.takenAdd");
            return page.show(me.id(), episode, 0, model, locale);
        }
        redirect.addFlashAttribute("message",
                ((EntryChange.Saved) change).added() ? "log.message.added" : "log.message.replaced");
        return "redirect:/log";
    }

    @GetMapping("/{id}/edit")
    String editForm(@AuthenticationPrincipal SignedInAccount me, @PathVariable long id, Model model) {
        EntryView entry = log.entry(me.id(), id).orElseThrow(RecoveryLog.EntryNotFound::new);
        model.addAttribute(ENTRY, EntryForm.of(entry));
        model.addAttribute("entryId", id);
        model.addAttribute("newSignCodes", NewSigns.askedWith(entry.redFlags()));
        return EDIT_VIEW;
    }

    /** The entry as it is now gives the form its onset and its signs; the service decides what the save does. */
    @PostMapping("/{id}")
    String edit(@AuthenticationPrincipal SignedInAccount me, @PathVariable long id,
            @ModelAttribute(ENTRY) EntryForm form, BindingResult result, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        Optional<EntryView> existing = log.entry(me.id(), id);
        if (existing.isEmpty()) {
            return gone(form, result, response);
        }
        model.addAttribute("entryId", id);
        Set<RedFlag> onTheForm = EnumSet.noneOf(RedFlag.class);
        onTheForm.addAll(existing.get().redFlags());
        onTheForm.addAll(form.getRedFlags());
        model.addAttribute("newSignCodes", NewSigns.askedWith(onTheForm));
        Optional<ValidEntry> entry = validator.validate(form, existing.get().episodeOnsetDate(), result);
        if (entry.isEmpty()) {
            return EDIT_VIEW;
        }
        EntryChange change = log.updateEntry(me.id(), id, form.versionOpened(), entry.get(),
                form.isRemoveRedFlagConfirmed());
        if (change instanceof EntryChange.RemovesShowingRedFlags removing) {
            model.addAttribute("removedRedFlags", removing.flags()); // ask first; the form keeps everything typed
            return EDIT_VIEW;
        }
        if (change instanceof EntryChange.ChangedMeanwhile changed) {
            // what they typed stays in the form; saving again (now at the new version) is a deliberate choice
            form.setVersion(String.valueOf(changed.current().version()));
            model.addAttribute("saved", changed.current());
            result.reject("log.error.changedMeanwhile");
            return EDIT_VIEW;
        }
        if (change instanceof EntryChange.DayTaken) {
            result.rejectValue("date", "log.error.date.taken");
            return EDIT_VIEW;
        }
        if (change instanceof EntryChange.Gone) {
            return gone(form, result, response);
        }
        redirect.addFlashAttribute("message", "log.message.updated");
        return "redirect:/log";
    }

    /** The entry is not there (deleted on another device, or not theirs): keep what they typed, offer to add it. */
    private static String gone(EntryForm form, BindingResult result, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        form.setVersion("");
        result.reject("log.error.gone");
        return EDIT_VIEW;
    }

    /** Delete asks first, and says when the entry's warning sign (and its alert) goes with it. */
    @GetMapping("/{id}/delete")
    String confirmDelete(@AuthenticationPrincipal SignedInAccount me, @PathVariable long id, Model model) {
        model.addAttribute("item", log.entry(me.id(), id).orElseThrow(RecoveryLog.EntryNotFound::new));
        return DELETE_VIEW;
    }

    @PostMapping("/{id}/delete")
    String delete(@AuthenticationPrincipal SignedInAccount me, @PathVariable long id, RedirectAttributes redirect) {
        log.deleteEntry(me.id(), id);
        redirect.addFlashAttribute("message", "log.message.deleted");
        return "redirect:/log";
    }
}
