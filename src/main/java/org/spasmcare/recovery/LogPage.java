package org.spasmcare.recovery;

import java.util.Locale;

import org.spasmcare.catalog.TreatmentCatalog;
import org.spasmcare.triage.TreatmentCode;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.server.ResponseStatusException;

/**
 * What the log's pages share: the choices of the entry form, and the log page itself, which the page, a
 * rejected entry and a rejected "seen" date all show (with what was typed kept).
 */
@Component
class LogPage {

    static final String LOG_VIEW = "recovery/log";
    static final String ENTRY = "entry";
    static final String SEEN = "seen";

    private final RecoveryLog log;
    private final TreatmentCatalog catalog;

    LogPage(RecoveryLog log, TreatmentCatalog catalog) {
        this.log = log;
        this.catalog = catalog;
    }

    void addChoices(Model model) {
        model.addAttribute("treatmentCodes", TreatmentCode.values());
        model.addAttribute("newSignCodes", NewSigns.ASKED);
        model.addAttribute("today", log.today());
        model.addAttribute("catalog", catalog.published().byCode());
    }

    /** The patient's current episode; a 404 when they have none (a form posted after it ended elsewhere). */
    EpisodeView currentEpisode(long accountId) {
        return log.currentEpisode(accountId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    String show(long accountId, EpisodeView episode, int page, Model model, Locale locale) {
        LogView view = log.view(accountId, episode.id(), page);
        model.addAttribute("view", view);
        model.addAttribute("chart", TrendChart.of(view.trend(), view.trendGrain(), locale));
        if (!model.containsAttribute(ENTRY)) {
            EntryForm blank = new EntryForm();
            blank.setDate(view.defaultEntryDate());
            model.addAttribute(ENTRY, blank);
        }
        // a sign typed on an entry that the check-in does not ask stays on the form, never dropped unseen
        model.addAttribute("newSignCodes", NewSigns.askedWith(((EntryForm) model.getAttribute(ENTRY)).getRedFlags()));
        if (!model.containsAttribute(BindingResult.MODEL_KEY_PREFIX + ENTRY)) {
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + ENTRY,
                    new BeanPropertyBindingResult(model.getAttribute(ENTRY), ENTRY));
        }
        if (!model.containsAttribute(SEEN)) {
            model.addAttribute(SEEN, SeenForm.on(log.today()));
        }
        return LOG_VIEW;
    }
}
