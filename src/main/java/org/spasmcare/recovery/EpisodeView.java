package org.spasmcare.recovery;

import java.time.LocalDate;

import org.spasmcare.recovery.internal.Episode;
import org.spasmcare.triage.CarePlanner;

/**
 * An episode as pages show it.
 *
 * @param rulesVersion the rules version its saved plan was made with, or null for an episode started by hand;
 *        the log always works today's plan out again with the current rules
 */
public record EpisodeView(long id, LocalDate onsetDate, boolean current, String rulesVersion) {

    static EpisodeView of(Episode episode) {
        return new EpisodeView(episode.getId(), episode.getOnsetDate(), episode.isCurrent(), episode.getRulesVersion());
    }

    /** The rules that work out today's plan. */
    public String currentRulesVersion() {
        return CarePlanner.RULES_VERSION;
    }

    /** Saved with older rules than the ones that work out today's plan. */
    public boolean savedWithOlderRules() {
        return rulesVersion != null && !rulesVersion.equals(CarePlanner.RULES_VERSION);
    }
}
