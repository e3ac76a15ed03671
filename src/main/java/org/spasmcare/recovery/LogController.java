package org.spasmcare.recovery;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.spasmcare.account.SignedInAccount;
import org.spasmcare.catalog.TreatmentCatalog;
import org.spasmcare.triage.Assessment;
import org.spasmcare.triage.RedFlag;
import org.spasmcare.triage.TreatmentCode;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The recovery log: daily entries, the trend, episodes and the clinician summary (saving a plan: {@link SavedPlanController}). */
@Controller
@RequestMapping("/log")
class LogController {

    static final String LOG_VIEW = "recovery/log";
    static final String START_VIEW = "recovery/start";
    static final String EDIT_VIEW = "recovery/edit";
    static final String EPISODES_VIEW = "recovery/episodes";
    static final String SUMMARY_VIEW = "recovery/summary";
    static final String DELETE_VIEW = "recovery/delete";
    static final String ENTRY = "entry";

    private final RecoveryLog log;
    private final EntryValidator entryValidator;
    private final TreatmentCatalog catalog;

    LogController(RecoveryLog log, EntryValidator entryValidator, TreatmentCatalog catalog) {
        this.catalog = catalog;
        this.log = log;
        this.entryValidator = entryValidator;
    }

    @InitBinder(ENTRY)
    void allowOnlyEntryFields(WebDataBinder binder) {
        binder.setAllowedFields("date", "pain", "interference", "treatments", "redFlags", "notes", "version",
                "removeRedFlagConfirmed");
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("treatmentCodes", TreatmentCode.values());
        model.addAttribute("newSignCodes", NewSigns.ASKED);
        model.addAttribute("today", log.today());
        model.addAttribute("catalog", catalog.published().byCode());
    }

    @GetMapping
    String log(@AuthenticationPrincipal SignedInAccount me, @RequestParam(defaultValue = "0") int page, Model model,
            Locale locale) {
        Optional<EpisodeView> episode = log.currentEpisode(me.id());
        if (episode.isEmpty()) {
            return START_VIEW;
        }
        return showLog(me.id(), episode.get(), page, model, locale);
    }

    @GetMapping("/start")
    String startForm() {
        return START_VIEW;
    }

    @PostMapping("/start")
    String start(@AuthenticationPrincipal SignedInAccount me, @RequestParam(defaultValue = "") String onsetDate,
            Model model, RedirectAttributes redirect) {
        try {
            LocalDate onset = LocalDate.parse(onsetDate.strip());
            if (onset.isAfter(log.today()) || onset.isBefore(log.today().minusDays(Assessment.MAX_DURATION_DAYS))) {
                model.addAttribute("onsetError", "log.error.onset.range");
            } else {
                log.startByHand(me.id(), onset);
                redirect.addFlashAttribute("message", "log.message.started");
                return "redirect:/log";
            }
        } catch (DateTimeParseException e) {
            model.addAttribute("onsetError", "log.error.onset.invalid");
        }
        model.addAttribute("onsetDate", onsetDate);
        return START_VIEW;
    }

    @PostMapping("/entries")
    String add(@AuthenticationPrincipal SignedInAccount me, @ModelAttribute(ENTRY) EntryForm form,
            BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
        EpisodeView episode = log.currentEpisode(me.id())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Optional<ValidEntry> entry = entryValidator.validate(form, episode.onsetDate(), log.today(), result);
        if (entry.isEmpty()) {
            return showLog(me.id(), episode, 0, model, locale); // the errors, with everything typed kept
        }
        EntryChange change;
        try {
            change = log.saveEntry(me.id(), episode.id(), entry.get(), form.versionOpened());
        } catch (DataIntegrityViolationException | OptimisticLockingFailureException sameDayAtTheSameMoment) {
            // another request saved this day first: asking again shows the patient that entry
            change = log.saveEntry(me.id(), episode.id(), entry.get(), form.versionOpened());
        }
        if (change instanceof EntryChange.DayTaken taken) {
            // nothing replaced: show what is saved for that day next to what they typed, and let them choose
            form.setVersion(String.valueOf(taken.existing().version()));
            model.addAttribute("saved", taken.existing());
            result.rejectValue("date", "log.error.date.takenAdd");
            return showLog(me.id(), episode, 0, model, locale);
        }
        redirect.addFlashAttribute("message",
                ((EntryChange.Saved) change).added() ? "log.message.added" : "log.message.replaced");
        return "redirect:/log";
    }

    @GetMapping("/entries/{id}/edit")
    String editForm(@AuthenticationPrincipal SignedInAccount me, @PathVariable long id, Model model) {
        EntryView entry = log.entry(me.id(), id).orElseThrow(RecoveryLog.EntryNotFound::new);
        model.addAttribute(ENTRY, EntryForm.of(entry));
        model.addAttribute("entryId", id);
        model.addAttribute("newSignCodes", NewSigns.askedWith(entry.redFlags()));
        return EDIT_VIEW;
    }

    @PostMapping("/entries/{id}")
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
        Optional<ValidEntry> entry = entryValidator.validate(form, existing.get().episodeOnsetDate(), log.today(), result);
        if (entry.isEmpty()) {
            return EDIT_VIEW;
        }
        Set<RedFlag> removedShowing = EnumSet.noneOf(RedFlag.class);
        existing.get().showingRedFlags().stream().filter(flag -> !entry.get().redFlags().contains(flag))
                .forEach(removedShowing::add);
        if (!removedShowing.isEmpty() && !form.isRemoveRedFlagConfirmed()) {
            // §8: the alert goes with the flag, so ask first (the form keeps everything typed)
            model.addAttribute("removedRedFlags", removedShowing);
            return EDIT_VIEW;
        }
        EntryChange change;
        try {
            change = log.updateEntry(me.id(), id, form.versionOpened(), entry.get());
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException changedAtTheSameMoment) {
            // another save won the race: asking again reports what it saved
            change = log.updateEntry(me.id(), id, form.versionOpened(), entry.get());
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
    private String gone(EntryForm form, BindingResult result, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        form.setVersion("");
        result.reject("log.error.gone");
        return EDIT_VIEW;
    }

    /** Delete asks first, and says when the entry's warning sign (and its alert) goes with it. */
    @GetMapping("/entries/{id}/delete")
    String confirmDelete(@AuthenticationPrincipal SignedInAccount me, @PathVariable long id, Model model) {
        model.addAttribute("item", log.entry(me.id(), id).orElseThrow(RecoveryLog.EntryNotFound::new));
        return DELETE_VIEW;
    }

    @PostMapping("/entries/{id}/delete")
    String delete(@AuthenticationPrincipal SignedInAccount me, @PathVariable long id, RedirectAttributes redirect) {
        log.deleteEntry(me.id(), id);
        redirect.addFlashAttribute("message", "log.message.deleted");
        return "redirect:/log";
    }

    /** "A clinician has seen me about this" (§8), with the date, not later than today. */
    @PostMapping("/seen")
    String seen(@AuthenticationPrincipal SignedInAccount me, @RequestParam(defaultValue = "") String date, Model model,
            Locale locale, RedirectAttributes redirect) {
        EpisodeView episode = log.currentEpisode(me.id())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String error = null;
        LocalDate seenOn = null;
        try {
            seenOn = LocalDate.parse(date.strip());
            if (seenOn.isAfter(log.today())) {
                error = "log.seen.error.future";
            }
        } catch (DateTimeParseException e) {
            error = date.isBlank() ? "log.seen.error.required" : "log.seen.error.invalid";
        }
        if (error != null) {
            model.addAttribute("seenError", error);
            model.addAttribute("seenDate", date);
            return showLog(me.id(), episode, 0, model, locale);
        }
        redirect.addFlashAttribute("message",
                log.confirmSeen(me.id(), episode.id(), seenOn) ? "log.message.seen" : "log.message.nothingToConfirm");
        return "redirect:/log";
    }

    @GetMapping("/episodes")
    String episodes(@AuthenticationPrincipal SignedInAccount me, Model model) {
        model.addAttribute("episodes", log.episodes(me.id()));
        return EPISODES_VIEW;
    }

    @PostMapping("/episodes/{id}/current")
    String makeCurrent(@AuthenticationPrincipal SignedInAccount me, @PathVariable long id) {
        if (!log.makeCurrent(me.id(), id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/log";
    }

    @GetMapping("/summary")
    String summary(@AuthenticationPrincipal SignedInAccount me, Model model, Locale locale) {
        EpisodeView episode = log.currentEpisode(me.id())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        showLog(me.id(), episode, 0, model, locale);
        model.addAttribute("summary", log.summary(me.id(), episode.id()));
        return SUMMARY_VIEW;
    }

    private String showLog(long accountId, EpisodeView episode, int page, Model model, Locale locale) {
        LogView view = log.view(accountId, episode.id(), page);
        model.addAttribute("view", view);
        model.addAttribute("chart", TrendChart.of(view.trend(), view.trendGrain(), locale));
        if (!model.containsAttribute(ENTRY)) {
            EntryForm blank = new EntryForm();
            blank.setDate(view.defaultEntryDate().toString());
            model.addAttribute(ENTRY, blank);
        }
        // a sign typed on an entry that the check-in does not ask stays on the form, never dropped unseen
        model.addAttribute("newSignCodes", NewSigns.askedWith(((EntryForm) model.getAttribute(ENTRY)).getRedFlags()));
        if (!model.containsAttribute(BindingResult.MODEL_KEY_PREFIX + ENTRY)) {
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + ENTRY,
                    new BeanPropertyBindingResult(model.getAttribute(ENTRY), ENTRY));
        }
        return LOG_VIEW;
    }
}
