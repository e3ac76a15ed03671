package org.spasmcare.recovery;

import java.time.LocalDate;
import java.util.List;

import org.spasmcare.triage.CarePlan;
import org.spasmcare.triage.Phase;
import org.spasmcare.triage.Disposition;
import org.springframework.data.domain.Page;

/**
 * Everything the log page shows for the current episode.
 *
 * @param plan the plan worked out again for today, or null before the first entry of an episode started by hand
 * @param disposition the log's disposition (clinical rules §8): the higher of the plan's and §8's own; null
 *     before there is a plan and with nothing that raises one
 * @param trendGrain how the chart's points are grouped: day, week or month
 * @param defaultEntryDate the day the check-in form starts on
 * @param todayLogged today already has an entry (the form says so)
 */
public record LogView(EpisodeView episode, int durationDays, Phase phase, CarePlan plan, ProgressRules.Progress progress,
        Disposition disposition, Integer firstPain, Integer latestPain, List<TrendPoint> trend, String trendGrain,
        Page<EntryView> entries, LocalDate defaultEntryDate, boolean todayLogged) {
}
