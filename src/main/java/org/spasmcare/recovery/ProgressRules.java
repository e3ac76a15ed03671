package org.spasmcare.recovery;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.spasmcare.triage.Assessment;
import org.spasmcare.triage.CarePlanner;
import org.spasmcare.triage.Disposition;
import org.spasmcare.triage.RedFlag;

/**
 * Clinical rules §8, over facts about one episode's log. Pure: no clock, no I/O.
 *
 * <p>It takes facts, not the log, so that the caller can work them out with queries and a five-year log never
 * has to be loaded whole.
 */
public final class ProgressRules {

    /** §8: "a fall of 2 points ... is a meaningful change". */
    static final int MEANINGFUL_FALL_POINTS = 2;
    /** §8: "... or 30%". */
    static final int MEANINGFUL_FALL_PERCENT = 30;
    /** §8: "pain up 2 points or more across the last three entries". */
    static final int WORSENING_RISE_POINTS = 2;
    /** §8: "after 4 weeks of entries", read as the newest entry at least 28 days after the first. */
    static final int FOUR_WEEKS_IN_DAYS = 28;
    /** §8: muscle relaxants "on more than 21 days of an episode". */
    static final int MAX_MUSCLE_RELAXANT_DAYS = 21;
    /** §8: NSAIDs "on more than 10 days in a row". */
    static final int MAX_NSAID_DAYS_IN_A_ROW = 10;

    private static final int MAX_PAIN = Assessment.MAX_PAIN_SCORE;
    private static final int MAX_LAST_PAINS = 3;

    /** The warnings whose rule says "suggest a clinician" (or, for worsening, recompute the disposition). */
    private static final Set<Warning> SUGGEST_A_CLINICIAN = EnumSet.of(Warning.WORSENING,
            Warning.NO_MEANINGFUL_IMPROVEMENT_AFTER_4_WEEKS, Warning.MUSCLE_RELAXANTS_OVER_21_DAYS,
            Warning.NSAIDS_OVER_10_DAYS_IN_A_ROW);

    private ProgressRules() {
    }

    /**
     * What the log says, worked out by queries. Entries are daily (at most one per date). The checks below are
     * the last line: facts that no log could produce (a pain of 11, a newest entry older than the first, more
     * medicine days than logged days) are refused rather than turned into advice.
     *
     * @param firstEntryDate date of the episode's first entry; null when there are no entries
     * @param firstPain pain (0 to 10) of the first entry; null when there are no entries
     * @param latestEntryDate date of the newest entry; null when there are no entries
     * @param latestPain pain (0 to 10) of the newest entry; null when there are no entries
     * @param lastThreePains pains of the newest three entries, oldest first (0 to 3 items)
     * @param muscleRelaxantDays number of entries (days) that logged MUSCLE_RELAXANTS
     * @param longestNsaidRun longest run of consecutive calendar days with NSAIDS logged
     * @param recentRedFlags red flags logged in recent entries (the caller decides "recent"), possibly none
     */
    public record Facts(
            LocalDate firstEntryDate, Integer firstPain,
            LocalDate latestEntryDate, Integer latestPain,
            List<Integer> lastThreePains,
            long muscleRelaxantDays,
            int longestNsaidRun,
            Set<RedFlag> recentRedFlags) {

        public Facts {
            requirePain("firstPain", firstPain);
            requirePain("latestPain", latestPain);
            lastThreePains = validPains(lastThreePains);
            recentRedFlags = validRedFlags(recentRedFlags);
            requireNotNegative("muscleRelaxantDays", muscleRelaxantDays);
            requireNotNegative("longestNsaidRun", longestNsaidRun);

            boolean noEntries = firstEntryDate == null;
            requireSamePresence("firstPain", firstPain, noEntries);
            requireSamePresence("latestEntryDate", latestEntryDate, noEntries);
            requireSamePresence("latestPain", latestPain, noEntries);
            if (noEntries != lastThreePains.isEmpty()) {
                throw new IllegalArgumentException("lastThreePains must be empty exactly when there are no entries"
                        + " but was " + lastThreePains + " with firstEntryDate " + firstEntryDate);
            }
            if (noEntries) {
                // every count is over entries, so with none there is nothing to count
                requireAtMost("muscleRelaxantDays", muscleRelaxantDays, 0);
                requireAtMost("longestNsaidRun", longestNsaidRun, 0);
                if (!recentRedFlags.isEmpty()) {
                    throw new IllegalArgumentException("recentRedFlags must be empty when there are no entries"
                            + " but was " + recentRedFlags);
                }
            } else {
                requireConsistentEntries(firstEntryDate, firstPain, latestEntryDate, latestPain, lastThreePains);
                // at most one entry a day, so no count can exceed the days the log spans
                long daysSpanned = ChronoUnit.DAYS.between(firstEntryDate, latestEntryDate) + 1;
                requireAtMost("muscleRelaxantDays", muscleRelaxantDays, daysSpanned);
                requireAtMost("longestNsaidRun", longestNsaidRun, daysSpanned);
            }
        }

        int entriesSeen() {
            return lastThreePains.size(); // 0, 1, 2, or 3 meaning "three or more"
        }

        long daysBetweenFirstAndLatest() {
            return firstEntryDate == null ? 0 : ChronoUnit.DAYS.between(firstEntryDate, latestEntryDate);
        }
    }

    /**
     * The change in pain since the first entry (§8 "Improvement").
     *
     * @param points firstPain - latestPain; positive means better
     * @param percent points as a percentage of firstPain, rounded half away from zero; null when firstPain is 0
     * @param meaningfulImprovement a fall of at least 2 points or at least 30%
     */
    public record Change(int points, Integer percent, boolean meaningfulImprovement) {
    }

    public enum Warning {
        RED_FLAG, WORSENING, NO_MEANINGFUL_IMPROVEMENT_AFTER_4_WEEKS, MUSCLE_RELAXANTS_OVER_21_DAYS,
        NSAIDS_OVER_10_DAYS_IN_A_ROW
    }

    /**
     * The outcome of §8 for one episode.
     *
     * @param change null when there are fewer than two entries
     * @param disposition null unless a rule raises one: the most serious disposition of the recent red flags,
     *     else ROUTINE for any other warning (each says "suggest a clinician"; worsening "recomputes the
     *     disposition", and with no red flag the cautious reading is to see a clinician)
     * @param warnings in the enum's declaration order, each at most once
     */
    public record Progress(Change change, Disposition disposition, List<Warning> warnings) {

        public Progress {
            warnings = List.copyOf(warnings);
        }
    }

    /** Applies clinical rules §8 to the facts of one episode's log. */
    public static Progress evaluate(Facts facts) {
        if (facts == null) {
            throw new IllegalArgumentException("facts may not be null");
        }
        Change change = facts.entriesSeen() < 2 ? null : change(facts.firstPain(), facts.latestPain());

        Set<Warning> warnings = EnumSet.noneOf(Warning.class); // iterates in declaration order, no duplicates
        if (!facts.recentRedFlags().isEmpty()) {
            warnings.add(Warning.RED_FLAG);
        }
        if (isWorsening(facts.lastThreePains())) {
            warnings.add(Warning.WORSENING);
        }
        // a span of 28 days needs two entries, so change is never null here
        if (facts.daysBetweenFirstAndLatest() >= FOUR_WEEKS_IN_DAYS && !change.meaningfulImprovement()) {
            warnings.add(Warning.NO_MEANINGFUL_IMPROVEMENT_AFTER_4_WEEKS);
        }
        if (facts.muscleRelaxantDays() > MAX_MUSCLE_RELAXANT_DAYS) {
            warnings.add(Warning.MUSCLE_RELAXANTS_OVER_21_DAYS);
        }
        if (facts.longestNsaidRun() > MAX_NSAID_DAYS_IN_A_ROW) {
            warnings.add(Warning.NSAIDS_OVER_10_DAYS_IN_A_ROW);
        }
        return new Progress(change, disposition(facts.recentRedFlags(), warnings), List.copyOf(warnings));
    }

    /**
     * Longest run of consecutive calendar days in a list of dates (any order, duplicates allowed); 0 for an empty
     * list. The caller uses it for §8's "NSAIDs on more than 10 days in a row".
     */
    public static int longestRunOfConsecutiveDays(Collection<LocalDate> dates) {
        if (dates == null) {
            throw new IllegalArgumentException("dates may not be null");
        }
        TreeSet<LocalDate> days = new TreeSet<>();
        for (LocalDate date : dates) {
            if (date == null) {
                throw new IllegalArgumentException("dates may not contain null");
            }
            days.add(date); // the same day twice is still one day of the run
        }
        int longest = 0;
        int current = 0;
        LocalDate previous = null;
        for (LocalDate day : days) {
            // plusDays knows month lengths and leap years, so 28 Feb 2028 is followed by 29 Feb
            current = previous != null && previous.plusDays(1).equals(day) ? current + 1 : 1;
            longest = Math.max(longest, current);
            previous = day;
        }
        return longest;
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
     * §8 Worsening by pain: from the oldest of the last three entries to the newest (or across two when there
     * are only two). A dip in between does not matter: 5, 3, 7 is worse than where it stood two entries ago.
     */
    static boolean isWorsening(List<Integer> lastThreePains) {
        if (lastThreePains.size() < 2) {
            return false;
        }
        int oldest = lastThreePains.get(0);
        int newest = lastThreePains.get(lastThreePains.size() - 1);
        return newest - oldest >= WORSENING_RISE_POINTS;
    }

    /** Red flags decide as in §3; any other warning asks for at least a clinician (ROUTINE). */
    private static Disposition disposition(Set<RedFlag> redFlags, Set<Warning> warnings) {
        Disposition disposition = redFlags.isEmpty() ? null : CarePlanner.dispositionOf(redFlags);
        boolean suggestsClinician = !Collections.disjoint(warnings, SUGGEST_A_CLINICIAN);
        if (suggestsClinician && (disposition == null || Disposition.ROUTINE.isMoreSeriousThan(disposition))) {
            disposition = Disposition.ROUTINE;
        }
        return disposition;
    }

    private static int roundHalfAwayFromZero(int numerator, int positiveDenominator) {
        int magnitude = (2 * Math.abs(numerator) + positiveDenominator) / (2 * positiveDenominator);
        return numerator < 0 ? -magnitude : magnitude;
    }

    private static List<Integer> validPains(List<Integer> pains) {
        if (pains == null) {
            throw new IllegalArgumentException("lastThreePains may not be null");
        }
        if (pains.size() > MAX_LAST_PAINS) {
            throw new IllegalArgumentException("lastThreePains may hold at most " + MAX_LAST_PAINS
                    + " pains but held " + pains.size());
        }
        for (Integer pain : pains) {
            if (pain == null) {
                throw new IllegalArgumentException("lastThreePains may not contain null");
            }
            requirePain("lastThreePains", pain);
        }
        return List.copyOf(pains);
    }

    private static Set<RedFlag> validRedFlags(Set<RedFlag> flags) {
        if (flags == null) {
            throw new IllegalArgumentException("recentRedFlags may not be null");
        }
        EnumSet<RedFlag> copy = EnumSet.noneOf(RedFlag.class);
        for (RedFlag flag : flags) {
            if (flag == null) {
                throw new IllegalArgumentException("recentRedFlags may not contain null");
            }
            copy.add(flag);
        }
        return Collections.unmodifiableSet(copy);
    }

    /** The first, newest and last-three facts must describe one log of daily entries. */
    private static void requireConsistentEntries(LocalDate firstEntryDate, int firstPain, LocalDate latestEntryDate,
            int latestPain, List<Integer> lastThreePains) {
        if (latestEntryDate.isBefore(firstEntryDate)) {
            throw new IllegalArgumentException("latestEntryDate " + latestEntryDate
                    + " may not be before firstEntryDate " + firstEntryDate);
        }
        boolean oneEntry = lastThreePains.size() == 1;
        if (oneEntry != latestEntryDate.equals(firstEntryDate)) {
            // one entry a day: the first and newest share a date exactly when they are the same entry
            throw new IllegalArgumentException("latestEntryDate " + latestEntryDate + " and firstEntryDate "
                    + firstEntryDate + " do not fit lastThreePains " + lastThreePains);
        }
        if (oneEntry && firstPain != latestPain) {
            throw new IllegalArgumentException("latestPain " + latestPain + " must equal firstPain " + firstPain
                    + " when there is a single entry");
        }
        int newest = lastThreePains.get(lastThreePains.size() - 1);
        if (newest != latestPain) {
            throw new IllegalArgumentException("lastThreePains must end with latestPain " + latestPain
                    + " but was " + lastThreePains);
        }
        if (lastThreePains.size() < MAX_LAST_PAINS && lastThreePains.get(0) != firstPain) {
            // fewer than three entries in all, so the oldest of them is the first entry
            throw new IllegalArgumentException("lastThreePains must start with firstPain " + firstPain
                    + " when it holds every entry but was " + lastThreePains);
        }
    }

    private static void requirePain(String field, Integer pain) {
        if (pain != null && (pain < 0 || pain > MAX_PAIN)) {
            throw new IllegalArgumentException(field + " must be between 0 and " + MAX_PAIN + " but was " + pain);
        }
    }

    private static void requireNotNegative(String field, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " may not be negative but was " + value);
        }
    }

    private static void requireAtMost(String field, long value, long daysSpanned) {
        if (value > daysSpanned) {
            throw new IllegalArgumentException(field + " may not exceed the " + daysSpanned
                    + " days the log spans but was " + value);
        }
    }

    private static void requireSamePresence(String field, Object value, boolean noEntries) {
        if ((value == null) != noEntries) {
            throw new IllegalArgumentException(field + " must be null exactly when firstEntryDate is null but was "
                    + value);
        }
    }
}
