package org.spasmcare.recovery;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.spasmcare.triage.Assessment;
import org.spasmcare.triage.CarePlanner;
import org.spasmcare.triage.Disposition;
import org.spasmcare.triage.RedFlag;

/**
 * Clinical rules version 2, §8, over facts about one episode's log. Pure: no clock, no I/O.
 *
 * <p>It takes facts, not the log, so that the caller can work them out with queries and a five-year log never
 * has to be loaded whole.
 */
public final class ProgressRules {

    /** §8 Improvement: "a fall of 2 points ... is meaningful". */
    static final int MEANINGFUL_FALL_POINTS = 2;
    /** §8 Improvement: "... or 30%". */
    static final int MEANINGFUL_FALL_PERCENT = 30;
    /** §8 WORSENING: "2 or more above". */
    static final int WORSENING_RISE_POINTS = 2;
    /** §8 HIGH_PAIN_PERSISTS: "pain 8 or more". */
    static final int HIGH_PAIN = 8;
    /** §8 HIGH_INTERFERENCE_PERSISTS: "interference 7 or more". */
    static final int HIGH_INTERFERENCE = 7;
    /** §8 HIGH_*_PERSISTS: "the newest is 7 or more days after the episode's first entry". */
    static final int PERSISTS_AFTER_DAYS = 7;
    /** §8 NO_MEANINGFUL_IMPROVEMENT_AFTER_4_WEEKS: "28 or more days after the first". */
    static final int FOUR_WEEKS_IN_DAYS = 28;
    /** §8 NO_MEANINGFUL_IMPROVEMENT_AFTER_4_WEEKS: "the newest pain is 3 or more". */
    static final int NOT_IMPROVED_FROM_PAIN = 3;
    /** §8 MUSCLE_RELAXANTS_TOO_LONG: "on more than 7 days of the episode". */
    static final int MAX_MUSCLE_RELAXANT_DAYS = 7;
    /** §8 NSAIDS_TOO_OFTEN: "10 or more of the 28 calendar days ending on the newest entry's date". */
    static final int NSAID_DAYS_TOO_MANY = 10;
    static final int NSAID_WINDOW_DAYS = 28;

    /** The newest entries §8 looks at. */
    static final int NEWEST = 3;

    private static final int MAX_SCORE = Assessment.MAX_PAIN_SCORE;

    private ProgressRules() {
    }

    /** One entry as the rules see it. */
    public record Day(LocalDate date, int pain, int interference) {
        public Day {
            if (date == null) {
                throw new IllegalArgumentException("date may not be null");
            }
            requireScore("pain", pain);
            requireScore("interference", interference);
        }
    }

    /**
     * What the log says, worked out by queries. Entries are daily (at most one per date). The checks below are
     * the last line: facts that no log could produce are refused rather than turned into advice.
     *
     * @param first the episode's first entry; null when there are no entries
     * @param newest the newest three entries (or as many as there are), oldest first
     * @param muscleRelaxantDays entries (days) of the episode that logged muscle relaxants
     * @param nsaidDaysInWindow entries that logged NSAIDs in the 28 calendar days ending on the newest entry's date
     * @param showingRedFlags red flags on the entries as they are now that no "a clinician has seen me"
     *     confirmation covers
     */
    public record Facts(Day first, List<Day> newest, long muscleRelaxantDays, long nsaidDaysInWindow,
            Set<RedFlag> showingRedFlags) {

        public Facts {
            newest = newest == null ? null : List.copyOf(newest);
            if (newest == null || newest.size() > NEWEST) {
                throw new IllegalArgumentException("newest must hold 0 to " + NEWEST + " entries but was " + newest);
            }
            showingRedFlags = copyOf(showingRedFlags);
            requireNotNegative("muscleRelaxantDays", muscleRelaxantDays);
            requireNotNegative("nsaidDaysInWindow", nsaidDaysInWindow);
            if ((first == null) != newest.isEmpty()) {
                throw new IllegalArgumentException("first must be null exactly when there are no entries");
            }
            if (first == null) {
                requireAtMost("muscleRelaxantDays", muscleRelaxantDays, 0);
                requireAtMost("nsaidDaysInWindow", nsaidDaysInWindow, 0);
                if (!showingRedFlags.isEmpty()) {
                    throw new IllegalArgumentException("no entries, so no red flag can be showing");
                }
            } else {
                requireDaily(first, newest);
                Day latest = newest.get(newest.size() - 1);
                long daysSpanned = ChronoUnit.DAYS.between(first.date(), latest.date()) + 1;
                requireAtMost("muscleRelaxantDays", muscleRelaxantDays, daysSpanned);
                requireAtMost("nsaidDaysInWindow", nsaidDaysInWindow, Math.min(daysSpanned, NSAID_WINDOW_DAYS));
            }
        }

        Day latest() {
            return newest.isEmpty() ? null : newest.get(newest.size() - 1);
        }

        long daysFromFirstToLatest() {
            return first == null ? 0 : ChronoUnit.DAYS.between(first.date(), latest().date());
        }
    }

    /**
     * The change in pain since the first entry (§8 Improvement).
     *
     * @param points firstPain - latestPain; positive means better
     * @param percent points as a percentage of firstPain, rounded half away from zero; null when firstPain is 0
     * @param meaningfulImprovement a fall of at least 2 points or at least 30% (a rise is no improvement)
     */
    public record Change(int points, Integer percent, boolean meaningfulImprovement) {
    }

    /** §8's warnings, each with its code as the page's data-warning hook; every one suggests a clinician. */
    public enum Warning {
        WORSENING, HIGH_PAIN_PERSISTS, HIGH_INTERFERENCE_PERSISTS, NO_MEANINGFUL_IMPROVEMENT_AFTER_4_WEEKS,
        MUSCLE_RELAXANTS_TOO_LONG, NSAIDS_TOO_OFTEN
    }

    /**
     * The outcome of §8 for one episode.
     *
     * @param change null when there are fewer than two entries
     * @param showingRedFlags the red flags whose alert shows, most serious first
     * @param disposition §8's own disposition: the most serious of the showing red flags, and ROUTINE for any
     *     warning; null when neither applies (the log page takes the higher of this and the plan's)
     * @param warnings in the enum's declaration order, each at most once
     */
    public record Progress(Change change, List<RedFlag> showingRedFlags, Disposition disposition,
            List<Warning> warnings) {

        public Progress {
            showingRedFlags = List.copyOf(showingRedFlags);
            warnings = List.copyOf(warnings);
        }

        /** The disposition of the showing red flags alone, or null when none shows (the red-flag alert). */
        public Disposition redFlagDisposition() {
            return showingRedFlags.isEmpty() ? null : CarePlanner.dispositionOf(showingRedFlags);
        }
    }

    /** Applies clinical rules §8 to the facts of one episode's log. */
    public static Progress evaluate(Facts facts) {
        if (facts == null) {
            throw new IllegalArgumentException("facts may not be null");
        }
        Day latest = facts.latest();
        Change change = facts.newest().size() < 2 ? null : change(facts.first().pain(), latest.pain());

        Set<Warning> warnings = EnumSet.noneOf(Warning.class); // declaration order, no duplicates
        if (isWorsening(facts.first(), facts.newest())) {
            warnings.add(Warning.WORSENING);
        }
        if (persists(facts, day -> day.pain() >= HIGH_PAIN)) {
            warnings.add(Warning.HIGH_PAIN_PERSISTS);
        }
        if (persists(facts, day -> day.interference() >= HIGH_INTERFERENCE)) {
            warnings.add(Warning.HIGH_INTERFERENCE_PERSISTS);
        }
        // 28 days between first and newest needs two entries, so change is not null here
        if (facts.daysFromFirstToLatest() >= FOUR_WEEKS_IN_DAYS && !change.meaningfulImprovement()
                && latest.pain() >= NOT_IMPROVED_FROM_PAIN) {
            warnings.add(Warning.NO_MEANINGFUL_IMPROVEMENT_AFTER_4_WEEKS);
        }
        if (facts.muscleRelaxantDays() > MAX_MUSCLE_RELAXANT_DAYS) {
            warnings.add(Warning.MUSCLE_RELAXANTS_TOO_LONG);
        }
        if (facts.nsaidDaysInWindow() >= NSAID_DAYS_TOO_MANY) {
            warnings.add(Warning.NSAIDS_TOO_OFTEN);
        }
        List<RedFlag> showing = List.copyOf(facts.showingRedFlags()); // EnumSet order: most serious first
        return new Progress(change, showing, disposition(showing, warnings), List.copyOf(warnings));
    }

    /** The first day of the 28-day NSAID window that ends on the newest entry's date. */
    public static LocalDate nsaidWindowStart(LocalDate newestEntryDate) {
        return newestEntryDate.minusDays(NSAID_WINDOW_DAYS - 1);
    }

    /** §8 Improvement. A first pain of 0 cannot fall, so it is never a meaningful improvement. */
    static Change change(int firstPain, int latestPain) {
        int points = firstPain - latestPain;
        Integer percent = firstPain == 0 ? null : roundHalfAwayFromZero(points * 100, firstPain);
        // compare the exact fraction, not the rounded percent: points / firstPain >= 30 / 100
        boolean meaningful = points > 0
                && (points >= MEANINGFUL_FALL_POINTS || points * 100 >= MEANINGFUL_FALL_PERCENT * firstPain);
        return new Change(points, percent, meaningful);
    }

    /**
     * §8 WORSENING: the newest pain is 2 or more above the oldest of the last three entries (as many as there
     * are when fewer), or the newest two entries are both 2 or more above the episode's first entry.
     */
    static boolean isWorsening(Day first, List<Day> newest) {
        if (newest.size() < 2) {
            return false;
        }
        int latest = newest.get(newest.size() - 1).pain();
        if (latest - newest.get(0).pain() >= WORSENING_RISE_POINTS) {
            return true;
        }
        int previous = newest.get(newest.size() - 2).pain();
        return latest - first.pain() >= WORSENING_RISE_POINTS && previous - first.pain() >= WORSENING_RISE_POINTS;
    }

    /** §8 HIGH_*_PERSISTS: three or more entries, the newest three all high, the newest 7+ days after the first. */
    private static boolean persists(Facts facts, java.util.function.Predicate<Day> high) {
        return facts.newest().size() == NEWEST && facts.newest().stream().allMatch(high)
                && facts.daysFromFirstToLatest() >= PERSISTS_AFTER_DAYS;
    }

    /** The showing red flags decide as in §3; any warning asks for at least a clinician (ROUTINE). */
    private static Disposition disposition(List<RedFlag> showing, Set<Warning> warnings) {
        Disposition disposition = showing.isEmpty() ? null : CarePlanner.dispositionOf(showing);
        if (!warnings.isEmpty() && (disposition == null || Disposition.ROUTINE.isMoreSeriousThan(disposition))) {
            disposition = Disposition.ROUTINE;
        }
        return disposition;
    }

    private static int roundHalfAwayFromZero(int numerator, int positiveDenominator) {
        int magnitude = (2 * Math.abs(numerator) + positiveDenominator) / (2 * positiveDenominator);
        return numerator < 0 ? -magnitude : magnitude;
    }

    private static Set<RedFlag> copyOf(Set<RedFlag> flags) {
        if (flags == null) {
            throw new IllegalArgumentException("showingRedFlags may not be null");
        }
        EnumSet<RedFlag> copy = EnumSet.noneOf(RedFlag.class);
        for (RedFlag flag : flags) {
            if (flag == null) {
                throw new IllegalArgumentException("showingRedFlags may not contain null");
            }
            copy.add(flag);
        }
        return Collections.unmodifiableSet(copy);
    }

    /** The first and newest entries must describe one log of daily entries. */
    private static void requireDaily(Day first, List<Day> newest) {
        for (int i = 1; i < newest.size(); i++) {
            if (!newest.get(i).date().isAfter(newest.get(i - 1).date())) {
                throw new IllegalArgumentException("newest must be in date order, one a day, but was " + newest);
            }
        }
        Day oldestOfNewest = newest.get(0);
        if (oldestOfNewest.date().isBefore(first.date())) {
            throw new IllegalArgumentException("the first entry " + first + " must not come after " + oldestOfNewest);
        }
        if (newest.size() < NEWEST && !oldestOfNewest.equals(first)) {
            // fewer than three entries in all, so the oldest of them is the first entry
            throw new IllegalArgumentException("with fewer than " + NEWEST + " entries the oldest must be the first "
                    + first + " but was " + oldestOfNewest);
        }
    }

    private static void requireScore(String field, int score) {
        if (score < 0 || score > MAX_SCORE) {
            throw new IllegalArgumentException(field + " must be between 0 and " + MAX_SCORE + " but was " + score);
        }
    }

    private static void requireNotNegative(String field, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " may not be negative but was " + value);
        }
    }

    private static void requireAtMost(String field, long value, long limit) {
        if (value > limit) {
            throw new IllegalArgumentException(field + " may not exceed " + limit + " but was " + value);
        }
    }
}
