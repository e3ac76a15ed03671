package org.spasmcare.recovery;

import java.time.LocalDate;

/** An episode as pages show it. */
public record EpisodeView(long id, LocalDate onsetDate, boolean current) {

    static EpisodeView of(Episode episode) {
        return new EpisodeView(episode.getId(), episode.getOnsetDate(), episode.isCurrent());
    }
}
