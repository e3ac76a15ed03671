package org.spasmcare.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.spasmcare.recovery.ProgressRules.Day;
import org.spasmcare.recovery.ProgressRules.Facts;
import org.spasmcare.recovery.ProgressRules.Progress;
import org.spasmcare.recovery.ProgressRules.Warning;
import org.spasmcare.triage.Disposition;
import org.spasmcare.triage.RedFlag;

/**
 * Clinical rules version 2, §8, one table per rule with each boundary, written from the rules page; then
 * properties over generated logs. A log is written as "day:pain/interference" entries, oldest first
 * ("0:5/3 7:6/4"), and the facts are worked out from it here, the way the page defines them.
 */
class ProgressRulesTest {

    private static final LocalDate DAY_0 = LocalDate.of(2026, 3, 1);

    // ---------------------------------------------------------------- Improvement

    @ParameterizedTest(name = "pain {0} -> {1}: {2} points, {3}%, meaningful {4}")
    @CsvSource(delimiter = '|', textBlock = """
            6  | 4  | 2  | 33  | true
            6  | 5  | 1  | 17  | false
            3  | 2  | 1  | 33  | true
            10 | 7  | 3  | 30  | true
            10 | 8  | 2  | 20  | true
            10 | 9  | 1  | 10  | false
            4  | 3  | 1  | 25  | false
            5  | 5  | 0  | 0   | false
            5  | 8  | -3 | -60 | false
            0  | 0  | 0  |     | false
            1  | 0  | 1  | 100 | true
            """)
    void shouldCallAFallOf2PointsOr30PercentFromTheFirstEntryMeaningful(int firstPain, int latestPain, int points,
            Integer percent, boolean meaningful) {
        Progress progress = evaluate(log("0:" + firstPain + "/0 1:" + latestPain + "/0"));

        assertThat(progress.change().points()).isEqualTo(points);
        assertThat(progress.change().percent()).isEqualTo(percent);
        assertThat(progress.change().meaningfulImprovement()).isEqualTo(meaningful);
    }

    @Test
    void shouldMeasureNoChangeFromASingleEntry() {
        assertThat(evaluate(log("0:5/5")).change()).isNull();
    }

    // ---------------------------------------------------------------- WORSENING

    @ParameterizedTest(name = "{0}: worsening {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0:3/0                      | false
            0:3/0 1:5/0                | true
            0:3/0 1:4/0                | false
            0:3/0 1:1/0                | false
            0:5/0 1:3/0 2:7/0          | true
            0:5/0 1:6/0 2:6/0          | false
            0:3/0 1:4/0 2:5/0 3:6/0    | true
            0:3/0 1:4/0 2:4/0 3:5/0    | false
            0:3/0 1:5/0 2:4/0 3:5/0    | false
            0:3/0 1:5/0 2:5/0 3:5/0    | true
            0:3/0 1:5/0 2:5/0 3:4/0    | false
            0:3/0 1:9/0 2:6/0 3:5/0    | true
            0:3/0 1:9/0 2:6/0 3:4/0    | false
            0:3/0 1:4/0 2:4/0 3:5/0 4:5/0 5:6/0 | true
            0:3/0 1:4/0 2:5/0 3:6/0 4:5/0 5:5/0 | true
            0:3/0 1:4/0 2:5/0 3:6/0 4:5/0 5:4/0 | false
            0:3/0 4:4/0 8:5/0 12:6/0 16:7/0 20:8/0 | true
            """)
    void shouldCallARiseOf2FromTheOldestOfTheLastThreeOrTwoEntriesAboveTheFirstWorsening(String log, boolean worsening) {
        assertThat(evaluate(log(log)).warnings().contains(Warning.WORSENING)).isEqualTo(worsening);
    }

    @Test
    void shouldCatchPainCreepingFrom3To10Over16Days() {
        Progress progress = evaluate(log("0:3/2 2:4/2 4:4/3 6:5/3 8:6/4 10:7/4 12:8/5 14:9/5 16:10/6"));

        assertThat(progress.warnings()).contains(Warning.WORSENING);
        assertThat(progress.disposition()).isEqualTo(Disposition.ROUTINE);
    }

    // ---------------------------------------------------------------- HIGH_PAIN_PERSISTS, HIGH_INTERFERENCE_PERSISTS

    @ParameterizedTest(name = "{0}: high pain persists {1}, high interference persists {2}")
    @CsvSource(delimiter = '|', textBlock = """
            0:8/7 3:8/7 7:8/7         | true  | true
            0:8/7 3:8/7 6:8/7         | false | false
            0:8/7 7:8/7               | false | false
            0:9/9 3:7/6 7:10/10       | false | false
            0:2/2 5:8/7 6:8/7 7:8/7   | true  | true
            0:2/2 5:8/6 6:8/7 7:8/7   | true  | false
            0:2/2 5:7/7 6:8/7 7:8/7   | false | true
            0:8/7 8:8/7 9:8/7 10:7/6  | false | false
            0:10/10 30:10/10 60:10/10 | true  | true
            """)
    void shouldWarnOfHighPainOrInterferenceInTheNewestThreeAWeekOrMoreAfterTheFirstEntry(String log, boolean pain,
            boolean interference) {
        Progress progress = evaluate(log(log));

        assertThat(progress.warnings().contains(Warning.HIGH_PAIN_PERSISTS)).isEqualTo(pain);
        assertThat(progress.warnings().contains(Warning.HIGH_INTERFERENCE_PERSISTS)).isEqualTo(interference);
    }

    // ---------------------------------------------------------------- NO_MEANINGFUL_IMPROVEMENT_AFTER_4_WEEKS

    @ParameterizedTest(name = "{0}: no meaningful improvement after 4 weeks {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0:5/3 28:5/3   | true
            0:5/3 27:5/3   | false
            0:5/3 28:3/3   | false
            0:5/3 28:4/3   | true
            0:3/3 28:3/3   | true
            0:2/2 28:2/2   | false
            0:0/0 28:0/0   | false
            0:2/2 40:5/2   | true
            0:10/3 60:8/3  | false
            0:10/3 60:9/3  | true
            """)
    void shouldSuggestAClinicianAfter4WeeksWithoutMeaningfulImprovementWhenThePainIs3OrMore(String log,
            boolean warns) {
        // pain at 0 (or below 3) for four weeks is not a reason to book anyone
        assertThat(evaluate(log(log)).warnings().contains(Warning.NO_MEANINGFUL_IMPROVEMENT_AFTER_4_WEEKS))
                .isEqualTo(warns);
    }

    // ---------------------------------------------------------------- MUSCLE_RELAXANTS_TOO_LONG

    @ParameterizedTest(name = "relaxants on {0} days: warn {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0  | false
            7  | false
            8  | true
            21 | true
            """)
    void shouldWarnOfMuscleRelaxantsOnMoreThan7Days(int days, boolean warns) {
        Facts facts = new Facts(new Day(DAY_0, 5, 5), List.of(new Day(DAY_0, 5, 5), new Day(DAY_0.plusDays(29), 5, 5)),
                days, 0, Set.of());
        assertThat(ProgressRules.evaluate(facts).warnings().contains(Warning.MUSCLE_RELAXANTS_TOO_LONG)).isEqualTo(warns);
    }

    // ---------------------------------------------------------------- NSAIDS_TOO_OFTEN

    @ParameterizedTest(name = "NSAIDs on {0} days of the window: warn {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0  | false
            9  | false
            10 | true
            28 | true
            """)
    void shouldWarnOfNsaidsOn10OrMoreOfTheLast28Days(int days, boolean warns) {
        Facts facts = new Facts(new Day(DAY_0, 5, 5), List.of(new Day(DAY_0, 5, 5), new Day(DAY_0.plusDays(40), 5, 5)),
                0, days, Set.of());
        assertThat(ProgressRules.evaluate(facts).warnings().contains(Warning.NSAIDS_TOO_OFTEN)).isEqualTo(warns);
    }

    @Test
    void shouldEndTheNsaidWindowOnTheNewestEntrysDateAndSpan28CalendarDays() {
        LocalDate newest = LocalDate.of(2026, 3, 10);

        assertThat(ProgressRules.nsaidWindowStart(newest)).isEqualTo(LocalDate.of(2026, 2, 11));
    }

    // ---------------------------------------------------------------- red flags and the disposition

    @ParameterizedTest(name = "showing {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            SCIATICA                       | ROUTINE
            FEVER                          | URGENT
            SADDLE_NUMBNESS                | EMERGENCY
            SCIATICA, FEVER                | URGENT
            RECENT_INFECTION, BOTH_LEGS    | EMERGENCY
            """)
    void shouldGiveTheMostSeriousDispositionOfTheShowingRedFlags(String flags, Disposition expected) {
        Set<RedFlag> showing = EnumSet.noneOf(RedFlag.class);
        Arrays.stream(flags.split(",\\s*")).map(RedFlag::valueOf).forEach(showing::add);
        Facts facts = new Facts(new Day(DAY_0, 2, 2), List.of(new Day(DAY_0, 2, 2)), 0, 0, showing);

        Progress progress = ProgressRules.evaluate(facts);

        assertThat(progress.disposition()).isEqualTo(expected);
        assertThat(progress.redFlagDisposition()).isEqualTo(expected);
        assertThat(progress.showingRedFlags()).containsExactlyElementsOf(showing);
    }

    @ParameterizedTest(name = "{0} alone suggests a clinician (ROUTINE)")
    @EnumSource(Warning.class)
    void shouldGiveRoutineForEachWarning(Warning warning) {
        Facts facts = switch (warning) {
            case WORSENING -> facts("0:3/0 1:5/0");
            case HIGH_PAIN_PERSISTS -> facts("0:8/0 3:8/0 7:8/0");
            case HIGH_INTERFERENCE_PERSISTS -> facts("0:0/7 3:0/7 7:0/7");
            case NO_MEANINGFUL_IMPROVEMENT_AFTER_4_WEEKS -> facts("0:4/0 28:4/0");
            case MUSCLE_RELAXANTS_TOO_LONG -> new Facts(new Day(DAY_0, 2, 2),
                    List.of(new Day(DAY_0, 2, 2), new Day(DAY_0.plusDays(9), 1, 1)), 8, 0, Set.of());
            case NSAIDS_TOO_OFTEN -> new Facts(new Day(DAY_0, 2, 2),
                    List.of(new Day(DAY_0, 2, 2), new Day(DAY_0.plusDays(9), 1, 1)), 0, 10, Set.of());
        };

        Progress progress = ProgressRules.evaluate(facts);

        assertThat(progress.warnings()).containsExactly(warning);
        assertThat(progress.disposition()).isEqualTo(Disposition.ROUTINE);
        assertThat(progress.redFlagDisposition()).isNull();
    }

    @Test
    void shouldLetAnUrgentRedFlagOutrankTheRoutineOfTheWarnings() {
        Facts facts = new Facts(new Day(DAY_0, 3, 0), List.of(new Day(DAY_0, 3, 0), new Day(DAY_0.plusDays(1), 6, 0)),
                0, 0, Set.of(RedFlag.FEVER));

        assertThat(ProgressRules.evaluate(facts).disposition()).isEqualTo(Disposition.URGENT);
    }

    @Test
    void shouldRaiseNothingForAnImprovingLog() {
        Progress progress = evaluate(log("0:7/6 2:6/5 4:4/3 6:3/2"));

        assertThat(progress.warnings()).isEmpty();
        assertThat(progress.disposition()).isNull();
        assertThat(progress.change().meaningfulImprovement()).isTrue();
    }

    @Test
    void shouldListEveryWarningOnceInTheRulesOrder() {
        Facts facts = new Facts(new Day(DAY_0, 2, 2), List.of(new Day(DAY_0.plusDays(26), 9, 9),
                new Day(DAY_0.plusDays(27), 9, 9), new Day(DAY_0.plusDays(28), 9, 9)), 8, 10, Set.of());

        assertThat(ProgressRules.evaluate(facts).warnings()).containsExactly(Warning.values());
    }

    @Test
    void shouldSayNothingAboutAnEpisodeWithNoEntries() {
        Progress progress = ProgressRules.evaluate(new Facts(null, List.of(), 0, 0, Set.of()));

        assertThat(progress.change()).isNull();
        assertThat(progress.warnings()).isEmpty();
        assertThat(progress.disposition()).isNull();
    }

    // ---------------------------------------------------------------- facts no log could produce

    @Test
    void shouldRejectFactsNoDailyLogCouldProduce() {
        Day first = new Day(DAY_0, 5, 5);
        assertThatThrownBy(() -> new Facts(null, List.of(first), 0, 0, Set.of())).hasMessageContaining("first");
        assertThatThrownBy(() -> new Facts(first, List.of(), 0, 0, Set.of())).hasMessageContaining("first");
        assertThatThrownBy(() -> new Facts(null, List.of(), 0, 0, Set.of(RedFlag.FEVER))).hasMessageContaining("red flag");
        assertThatThrownBy(() -> new Facts(first, List.of(first, first), 0, 0, Set.of())).hasMessageContaining("date order");
        assertThatThrownBy(() -> new Facts(first, List.of(new Day(DAY_0.plusDays(1), 5, 5)), 0, 0, Set.of()))
                .hasMessageContaining("oldest must be the first");
        assertThatThrownBy(() -> new Facts(first, List.of(first), 2, 0, Set.of())).hasMessageContaining("muscleRelaxantDays");
        assertThatThrownBy(() -> new Facts(first, List.of(first), 0, 2, Set.of())).hasMessageContaining("nsaidDaysInWindow");
        assertThatThrownBy(() -> new Facts(first, List.of(first), -1, 0, Set.of())).hasMessageContaining("negative");
        assertThatThrownBy(() -> new Day(DAY_0, 11, 0)).hasMessageContaining("pain");
        assertThatThrownBy(() -> new Day(DAY_0, 0, -1)).hasMessageContaining("interference");
        assertThatThrownBy(() -> ProgressRules.evaluate(null)).isInstanceOf(IllegalArgumentException.class);
    }

    // ---------------------------------------------------------------- properties over generated logs

    @Test
    void overAnyLogEveryWarningShouldFollowItsRuleAndAnyWarningMeansAtLeastRoutine() {
        qt().withExamples(1500).forAll(lists().of(integers().between(0, 10 * 11 * 11 - 1)).ofSizeBetween(1, 40))
                .checkAssert(codes -> {
                    List<Day> log = generatedLog(codes);
                    Progress progress = evaluate(log);
                    Day first = log.get(0);
                    Day latest = log.get(log.size() - 1);
                    List<Day> lastThree = log.subList(Math.max(0, log.size() - 3), log.size());

                    boolean worsening = log.size() >= 2 && (latest.pain() - lastThree.get(0).pain() >= 2
                            || (latest.pain() - first.pain() >= 2 && log.get(log.size() - 2).pain() - first.pain() >= 2));
                    boolean persistsSpan = log.size() >= 3 && latest.date().isAfter(first.date().plusDays(6));
                    boolean highPain = persistsSpan && lastThree.stream().allMatch(day -> day.pain() >= 8);
                    boolean highInterference = persistsSpan && lastThree.stream().allMatch(day -> day.interference() >= 7);
                    int fall = first.pain() - latest.pain();
                    boolean meaningful = fall > 0 && (fall >= 2 || fall * 10 >= first.pain() * 3);
                    boolean noImprovement = !latest.date().isBefore(first.date().plusDays(28)) && !meaningful
                            && latest.pain() >= 3;

                    assertThat(progress.warnings().contains(Warning.WORSENING)).isEqualTo(worsening);
                    assertThat(progress.warnings().contains(Warning.HIGH_PAIN_PERSISTS)).isEqualTo(highPain);
                    assertThat(progress.warnings().contains(Warning.HIGH_INTERFERENCE_PERSISTS)).isEqualTo(highInterference);
                    assertThat(progress.warnings().contains(Warning.NO_MEANINGFUL_IMPROVEMENT_AFTER_4_WEEKS))
                            .isEqualTo(noImprovement);
                    assertThat(progress.disposition()).isEqualTo(progress.warnings().isEmpty() ? null : Disposition.ROUTINE);
                    if (progress.change() != null && progress.change().points() < 0) {
                        assertThat(progress.change().meaningfulImprovement()).as("a rise is no improvement").isFalse();
                    }
                });
    }

    // ---------------------------------------------------------------- helpers

    /** Entries every 1 to 10 days (code / 121), pain (code / 11 % 11) and interference (code % 11). */
    private static List<Day> generatedLog(List<Integer> codes) {
        List<Day> days = new ArrayList<>();
        LocalDate date = DAY_0;
        for (int code : codes) {
            days.add(new Day(date, code / 11 % 11, code % 11));
            date = date.plusDays(1 + code / 121);
        }
        return days;
    }

    /** "day:pain/interference" entries, oldest first, days counted from DAY_0. */
    private static List<Day> log(String entries) {
        return Arrays.stream(entries.strip().split("\\s+")).map(entry -> {
            String[] dayAndScores = entry.split(":");
            String[] scores = dayAndScores[1].split("/");
            return new Day(DAY_0.plusDays(Integer.parseInt(dayAndScores[0])), Integer.parseInt(scores[0]),
                    Integer.parseInt(scores[1]));
        }).toList();
    }

    private static Facts facts(String entries) {
        return factsOf(log(entries));
    }

    /** The facts of a whole log, with no medicines and no red flags. */
    private static Facts factsOf(List<Day> log) {
        return new Facts(log.get(0), log.subList(Math.max(0, log.size() - 3), log.size()), 0, 0, Set.of());
    }

    private static Progress evaluate(List<Day> log) {
        return ProgressRules.evaluate(factsOf(log));
    }
}
