package org.spasmcare.recovery;

import java.time.LocalDate;

/**
 * The current episode, as "Is this the same back pain?" asks about it before a new plan is saved. The
 * answer names the episode and the version it was asked at, so an answer to an old question changes nothing.
 *
 * @param entries how many entries the episode has; they stay whatever the answer
 */
public record SamePainQuestion(long episodeId, long episodeVersion, LocalDate onsetDate, long entries) {
}
