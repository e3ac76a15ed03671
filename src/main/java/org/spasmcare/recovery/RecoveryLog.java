package org.spasmcare.recovery;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.spasmcare.recovery.internal.Episode;
import org.spasmcare.recovery.internal.EpisodeRepository;
import org.spasmcare.recovery.internal.LogEntry;
import org.spasmcare.recovery.internal.LogEntryRepository;
import org.spasmcare.recovery.internal.RedFlagSeen;
import org.spasmcare.recovery.internal.RedFlagSeenRepository;
import org.spasmcare.triage.Assessment;
import org.spasmcare.triage.CarePlan;
import org.spasmcare.triage.CarePlanner;
import org.spasmcare.triage.Disposition;
import org.spasmcare.triage.Phase;
import org.spasmcare.triage.RedFlag;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.resilience.annotation.Retryable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A patient's recovery log: episodes, daily entries, and what they add up to. Every method takes the
 * signed-in account's id and touches nothing outside it.
 */
@Service
public class RecoveryLog {

    static final int ENTRIES_PER_PAGE = 20;
    /** A query's offset is an int: a page past this one (from a typed address) shows as this one, empty. */
    private static final int LAST_PAGE = Integer.MAX_VALUE / ENTRIES_PER_PAGE - 1;
    /** The check asks about the inflammatory pattern only from this day of the episode (clinical rules §3). */
    static final int INFLAMMATORY_PATTERN_ASKED_FROM_DAY = 85;
    /** How far back the check-in form looks for a day without an entry. */
    static final int DEFAULT_DATE_LOOK_BACK_DAYS = 30;
    /** Up to this many days of entries, the chart shows every day; then weeks, then months. */
    static final int DAILY_CHART_DAYS = 92;
    static final int WEEKLY_CHART_DAYS = 731;

    private final EpisodeRepository episodes;
    private final LogEntryRepository entries;
    private final RedFlagSeenRepository seenConfirmations;
    /** The rules themselves, pure; the page looks up each treatment's name and link in the catalog. */
    private final CarePlanner planner = new CarePlanner();
    private final LogChanges changes;
    private final Clock clock;

    RecoveryLog(EpisodeRepository episodes, LogEntryRepository entries, RedFlagSeenRepository seenConfirmations,
            LogChanges changes, Clock clock) {
        this.changes = changes;
        this.episodes = episodes;
        this.entries = entries;
        this.seenConfirmations = seenConfirmations;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional(readOnly = true)
    public Optional<EpisodeView> currentEpisode(long accountId) {
        return episodes.findFirstByAccountIdAndCurrentTrue(accountId).map(EpisodeView::of);
    }

    @Transactional(readOnly = true)
    public List<EpisodeView> episodes(long accountId) {
        return episodes.findByAccountIdOrderByStartedAtDesc(accountId).stream().map(EpisodeView::of).toList();
    }

    /** A new current episode from a saved assessment: it began durationDays before today. */
    @Transactional
    public EpisodeView startFromAssessment(long accountId, Assessment assessment) {
        Episode episode = changes.start(accountId, today().minusDays(assessment.durationDays()));
        episode.rememberAssessment(assessment.painScore(), assessment.redFlags(), assessment.safetyFactors(),
                assessment.age(), assessment.pregnant(), assessment.flareUp(), CarePlanner.RULES_VERSION);
        return EpisodeView.of(episode);
    }

    /**
     * A new current episode from a saved assessment that began on {@code onsetDate}: the onset worked out when
     * the plan was made, so a plan kept while the person signs in after midnight does not start a day late.
     */
    @Transactional
    public EpisodeView startFromAssessment(long accountId, Assessment assessment, LocalDate onsetDate) {
        Episode episode = changes.start(accountId, onsetDate);
        LogChanges.remember(episode, assessment);
        return EpisodeView.of(episode);
    }

    /**
     * What the patient is asked before a plan is saved while an episode is current ("Is this the same back
     * pain?"); empty when no episode is current, and the plan simply starts one.
     */
    @Transactional(readOnly = true)
    public Optional<SamePainQuestion> samePainQuestion(long accountId) {
        return episodes.findFirstByAccountIdAndCurrentTrue(accountId).map(episode -> new SamePainQuestion(
                episode.getId(), episode.getVersion(), episode.getOnsetDate(), entries.countInEpisode(episode.getId())));
    }

    /**
     * "The same back pain": the plan's answers replace the ones the current episode was saved with; its onset
     * date and entries stay. Only while the episode asked about is still current at the version asked about.
     */
    public PlanSave addToCurrentEpisode(long accountId, long episodeId, long versionAsked, Assessment assessment) {
        try {
            return changes.addToCurrentEpisode(accountId, episodeId, versionAsked, assessment);
        } catch (ConcurrencyFailureException answeredAtTheSameMoment) {
            // not retried: the log changed under the question, so the patient is asked again
            return PlanSave.NOT_AS_ASKED;
        }
    }

    /**
     * "A new episode": the current episode stops being current (it stays under "Your episodes", entries and
     * all) and the plan starts a new one. The old episode's version guards it: of two answers sent at the same
     * moment (a double click), one starts an episode and the other is told the log changed.
     */
    public PlanSave startInsteadOfCurrent(long accountId, long episodeId, long versionAsked, Assessment assessment,
            LocalDate onsetDate) {
        try {
            return changes.startInsteadOfCurrent(accountId, episodeId, versionAsked, assessment, onsetDate);
        } catch (ConcurrencyFailureException answeredAtTheSameMoment) {
            // not retried: the other answer won (the old episode's version, or its row lock); ask again
            return PlanSave.NOT_AS_ASKED;
        }
    }

    @Transactional
    public EpisodeView startByHand(long accountId, LocalDate onsetDate) {
        return EpisodeView.of(changes.start(accountId, onsetDate));
    }

    /** Makes one of the account's episodes the current one; false when it is not theirs. */
    @Transactional
    public boolean makeCurrent(long accountId, long episodeId) {
        if (episodes.findByIdAndAccountId(episodeId, accountId).isEmpty()) {
            return false;
        }
        episodes.clearCurrent(accountId); // a bulk update that clears the persistence context: read it again
        episodes.findByIdAndAccountId(episodeId, accountId).orElseThrow().setCurrent(true);
        return true;
    }

    /** Adds a new day's entry; a day that already has one is left as it is ({@link EntryChange.DayTaken}). */
    @Retryable(includes = {DataIntegrityViolationException.class, OptimisticLockingFailureException.class},
            maxRetries = 1, delay = 0)
    public EntryChange saveEntry(long accountId, long episodeId, ValidEntry entry) {
        return changes.saveEntry(accountId, episodeId, entry, NOT_SEEN); // through the bean: its own transaction
    }

    /** A version no entry has: the patient has not seen any saved entry for that day. */
    static final long NOT_SEEN = -1;

    /**
     * Adds a day's entry, or replaces that day's entry when the patient has seen it at exactly this version
     * (they were shown it and chose to replace it). Two saves racing for a new day: the database's unique
     * (episode, day) constraint refuses the second, which is tried once more and gets DayTaken.
     */
    // safe to re-run: a fresh transaction reads the day again and reports the winner's entry, never overwrites it
    @Retryable(includes = {DataIntegrityViolationException.class, OptimisticLockingFailureException.class},
            maxRetries = 1, delay = 0)
    public EntryChange saveEntry(long accountId, long episodeId, ValidEntry entry, long replacesVersion) {
        return changes.saveEntry(accountId, episodeId, entry, replacesVersion);
    }

    @Transactional(readOnly = true)
    public Optional<EntryView> entry(long accountId, long entryId) {
        return entries.findByIdAndEpisodeAccountId(entryId, accountId).map(EntryView::of);
    }

    /**
     * Edits an entry opened at {@code versionOpened}. A change saved meanwhile (another tab or device) is
     * reported, never overwritten; two edits racing past this check meet the version column instead, and
     * the loser is tried once more and gets ChangedMeanwhile. Taking away a warning sign that still shows
     * needs {@code removeRedFlagConfirmed} (§8).
     */
    // safe to re-run: a fresh transaction sees the winner's version and reports it, never overwrites it
    @Retryable(includes = {DataIntegrityViolationException.class, OptimisticLockingFailureException.class},
            maxRetries = 1, delay = 0)
    public EntryChange updateEntry(long accountId, long entryId, long versionOpened, ValidEntry entry,
            boolean removeRedFlagConfirmed) {
        return changes.updateEntry(accountId, entryId, versionOpened, entry, removeRedFlagConfirmed);
    }

    @Transactional
    public void deleteEntry(long accountId, long entryId) {
        entries.delete(entries.findByIdAndEpisodeAccountId(entryId, accountId).orElseThrow(EntryNotFound::new));
    }

    /** Everything the log page needs, in a handful of small queries whatever the log's length. */
    @Transactional(readOnly = true)
    public LogView view(long accountId, long episodeId, int page) {
        Episode episode = episodes.findByIdAndAccountId(episodeId, accountId).orElseThrow(EntryNotFound::new);
        long id = episode.getId();
        LocalDate today = today();
        int durationDays = (int) Math.min(Assessment.MAX_DURATION_DAYS,
                Math.max(0, ChronoUnit.DAYS.between(episode.getOnsetDate(), today)));

        ProgressRules.Day first = entries.findFirstByEpisodeIdOrderByEntryDateAsc(id).map(RecoveryLog::day).orElse(null);
        List<ProgressRules.Day> newest = newestDays(id);
        ProgressRules.Progress progress = ProgressRules.evaluate(facts(id, first, newest));
        Integer latestPain = newest.isEmpty() ? null : newest.get(newest.size() - 1).pain();
        Integer firstPain = first == null ? null : first.pain();

        // §8: the plan recomputed with the newest pain, the episode's answers, the current phase and the
        // red flags still showing; the log's disposition is the higher of it and §8's own
        Integer painForPlan = latestPain != null ? latestPain : episode.getPainScore();
        CarePlan plan = painForPlan == null ? null
                : planner.plan(todaysAssessment(episode, durationDays, painForPlan, progress.showingRedFlags()));
        Disposition disposition = mostSerious(plan == null ? null : plan.disposition(), progress.disposition());

        long span = first == null ? 0 : ChronoUnit.DAYS.between(first.date(), newest.get(newest.size() - 1).date());
        String grain = span <= DAILY_CHART_DAYS ? "day" : span <= WEEKLY_CHART_DAYS ? "week" : "month";
        List<TrendPoint> trend = switch (grain) {
            case "day" -> entries.dailyTrend(id);
            case "week" -> entries.weeklyTrend(id);
            default -> entries.monthlyTrend(id);
        };
        Page<EntryView> entryPage = entries.findByEpisodeIdOrderByEntryDateDesc(id,
                PageRequest.of(Math.min(Math.max(0, page), LAST_PAGE), ENTRIES_PER_PAGE)).map(EntryView::of);
        LocalDate lookBackFrom = episode.getOnsetDate().isAfter(today.minusDays(DEFAULT_DATE_LOOK_BACK_DAYS))
                ? episode.getOnsetDate() : today.minusDays(DEFAULT_DATE_LOOK_BACK_DAYS);
        Set<LocalDate> recentlyLogged = Set.copyOf(entries.datesSince(id, lookBackFrom));
        return new LogView(EpisodeView.of(episode), durationDays, Phase.of(durationDays), plan, progress, disposition,
                firstPain, latestPain, trend, grain, entryPage, defaultEntryDate(today, lookBackFrom, recentlyLogged),
                recentlyLogged.contains(today));
    }

    /** §8's facts of one episode, from a few small queries. */
    private ProgressRules.Facts facts(long episodeId, ProgressRules.Day first, List<ProgressRules.Day> newest) {
        long nsaidDays = newest.isEmpty() ? 0 : entries.countNsaidDays(episodeId,
                ProgressRules.nsaidWindowStart(newest.get(newest.size() - 1).date()), newest.get(newest.size() - 1).date());
        return new ProgressRules.Facts(first, newest, entries.countMuscleRelaxantDays(episodeId), nsaidDays,
                showingRedFlags(episodeId));
    }

    /** The newest three entries (or fewer), oldest first. */
    private List<ProgressRules.Day> newestDays(long episodeId) {
        List<ProgressRules.Day> newest = new ArrayList<>(entries.findTop3ByEpisodeIdOrderByEntryDateDesc(episodeId)
                .stream().map(RecoveryLog::day).toList());
        Collections.reverse(newest);
        return newest;
    }

    private static ProgressRules.Day day(LogEntry entry) {
        return new ProgressRules.Day(entry.getEntryDate(), entry.getPain(), entry.getInterference());
    }

    /** The red flags on the entries as they are now that no confirmation covers (§8). */
    private Set<RedFlag> showingRedFlags(long episodeId) {
        EnumSet<RedFlag> showing = EnumSet.noneOf(RedFlag.class);
        entries.findWithUncoveredRedFlags(episodeId).forEach(entry -> showing.addAll(entry.getShowingRedFlags()));
        return showing;
    }

    /**
     * "A clinician has seen me about this" (§8): covers every red flag saved so far on the episode's entries;
     * a flag saved later shows again. False when no flag was showing, so there was nothing to confirm.
     */
    @Transactional
    public boolean confirmSeen(long accountId, long episodeId, LocalDate seenOn) {
        Episode episode = episodes.findByIdAndAccountId(episodeId, accountId).orElseThrow(EntryNotFound::new);
        Set<RedFlag> showing = showingRedFlags(episode.getId());
        if (showing.isEmpty()) {
            return false;
        }
        entries.coverRedFlags(episode.getId());
        seenConfirmations.save(new RedFlagSeen(episodes.getReferenceById(episode.getId()), seenOn, clock.instant(),
                showing));
        return true;
    }

    /** The clinician summary's own facts (the log page's view gives the rest). */
    @Transactional(readOnly = true)
    public ClinicianSummary summary(long accountId, long episodeId) {
        Episode episode = episodes.findByIdAndAccountId(episodeId, accountId).orElseThrow(EntryNotFound::new);
        long id = episode.getId();
        boolean fromAssessment = episode.getRulesVersion() != null;
        // the check asks every red flag; the inflammatory pattern only of pain that had lasted 85 days or more
        EnumSet<RedFlag> screened = EnumSet.noneOf(RedFlag.class);
        if (fromAssessment) {
            screened.addAll(EnumSet.allOf(RedFlag.class));
            long daysAtCheck = ChronoUnit.DAYS.between(episode.getOnsetDate(), episode.getStartedAt()
                    .atZone(clock.getZone()).toLocalDate());
            if (daysAtCheck < INFLAMMATORY_PATTERN_ASKED_FROM_DAY && !episode.getRedFlags().contains(RedFlag.INFLAMMATORY_PATTERN)) {
                screened.remove(RedFlag.INFLAMMATORY_PATTERN);
            }
        }
        LocalDate today = today();
        return new ClinicianSummary(fromAssessment, screened, episode.getRedFlags(), episode.getSafetyFactors(),
                episode.getAge(), episode.getPregnant(), episode.getFlareUp(), episode.getPainScore(),
                episode.getRulesVersion(),
                entries.findWithRedFlags(id).stream().map(EntryView::of).toList(),
                seenConfirmations.findByEpisodeIdOrderByRecordedAtAscIdAsc(id),
                entries.countNsaidDays(id, LocalDate.of(1, 1, 1), today), entries.countMuscleRelaxantDays(id), today);
    }

    /**
     * Where the check-in form starts: today, or when today is logged the latest day before it without an entry
     * (not before the onset, and within the last weeks); today again when every one of those days is logged.
     */
    private static LocalDate defaultEntryDate(LocalDate today, LocalDate earliest, Set<LocalDate> logged) {
        for (LocalDate day = today; !day.isBefore(earliest); day = day.minusDays(1)) {
            if (!logged.contains(day)) {
                return day;
            }
        }
        return today;
    }

    private static Disposition mostSerious(Disposition a, Disposition b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isMoreSeriousThan(b) ? a : b;
    }

    /** The episode's assessment, as of today: new duration, the latest pain, and any red flag still showing. */
    private static Assessment todaysAssessment(Episode episode, int durationDays, int pain, List<RedFlag> showing) {
        EnumSet<RedFlag> redFlags = EnumSet.noneOf(RedFlag.class);
        redFlags.addAll(episode.getRedFlags());
        redFlags.addAll(showing);
        return new Assessment(durationDays, pain, redFlags, episode.getSafetyFactors(), episode.getAge(),
                episode.getPregnant(), episode.getFlareUp());
    }

    /** An entry or episode id that is not the signed-in patient's, or no longer exists: a 404, never the data. */
    @ResponseStatus(HttpStatus.NOT_FOUND)
    public static final class EntryNotFound extends RuntimeException {
        EntryNotFound() {
            super("no such log entry for this account");
        }
    }
}
