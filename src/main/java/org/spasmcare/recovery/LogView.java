package org.spasmcare.recovery;

import java.util.List;

import org.spasmcare.assessment.CarePlanPage;
import org.spasmcare.triage.Phase;
import org.spasmcare.triage.RedFlag;
import org.springframework.data.domain.Page;

/**
 * Everything the log page shows for the current episode.
 *
 * @param plan the plan worked out again for today, or null before the first entry of an episode started by hand
 * @param trendGrain how the chart's points are grouped: day, week or month
 */
public record LogView(EpisodeView episode, int durationDays, Phase phase, CarePlanPage plan, ProgressRules.Progress progress,
        List<RedFlag> recentRedFlags,
        Integer firstPain, Integer latestPain, List<TrendPoint> trend, String trendGrain, Page<EntryView> entries) {
}
