package org.spasmcare.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.spasmcare.recovery.ProgressRules.Warning.MUSCLE_RELAXANTS_OVER_21_DAYS;
import static org.spasmcare.recovery.ProgressRules.Warning.NO_MEANINGFUL_IMPROVEMENT_AFTER_4_WEEKS;
import static org.spasmcare.recovery.ProgressRules.Warning.NSAIDS_OVER_10_DAYS_IN_A_ROW;
import static org.spasmcare.recovery.ProgressRules.Warning.RED_FLAG;
import static org.spasmcare.recovery.ProgressRules.Warning.WORSENING;
import static org.spasmcare.triage.RedFlag.FEVER;
import static org.spasmcare.triage.RedFlag.SADDLE_NUMBNESS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.spasmcare.recovery.ProgressRules.Change;
import org.spasmcare.recovery.ProgressRules.Facts;
import org.spasmcare.recovery.ProgressRules.Progress;
import org.spasmcare.recovery.ProgressRules.Warning;
import org.spasmcare.triage.Disposition;
import org.spasmcare.triage.RedFlag;

/**
 * The rules of docs/clinical-rules.md §8, one table per rule. Expectations are written from the rules page,
 * not from the implementation.
 */
class ProgressRulesTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 2);

    // ---------------------------------------------------------------- §8 Improvement

    @ParameterizedTest(name = "pain {0} -> {1} should be {2} points, {3}%, meaningful: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            8  | 6  | 2  | 25   | true
            8  | 7  | 1  | 13   | false
            10 | 7  | 3  | 30   | true
            3  | 2  | 1  | 33   | true
            4  | 3  | 1  | 25   | false
            6  | 5  | 1  | 17   | false
            1  | 0  | 1  | 100  | true
            10 | 8  | 2  | 20   | true
            5  | 5  | 0  | 0    | false
            0  | 0  | 0  |      | false
            4  | 6  | -2 | -50  | false
            8  | 9  | -1 | -13  | false
            0  | 10 | -10|      | false
            """)
    void shouldMeasureTheChangeFromTheFirstEntryToTheNewest(int firstPain, int latestPain, int points,
            Integer percent, boolean meaningful) {
        Progress progress = ProgressRules.evaluate(log(firstPain, latestPain));

        assertThat(progress.change()).isEqualTo(new Change(points, percent, meaningful));
    }

    @Test
    void shouldMeasureTheChangeFromTheFirstEntryNotFromTheOldestOfTheLastThree() {
        // first 9, then 6, 6, 6: a fall of 3 since the first entry although the last three are flat
        Progress progress = ProgressRules.evaluate(log(9, 6, 6, 6));

        assertThat(progress.change()).isEqualTo(new Change(3, 33, true));
    }

    @Test
    void shouldRaiseNothingForAMeaningfulImprovement() {
        Progress progress = ProgressRules.evaluate(log(8, 7, 6));

        assertThat(progress.change().meaningfulImprovement()).isTrue();
        assertThat(progress.warnings()).isEmpty();
        assertThat(progress.disposition()).isNull();
    }

    // ---------------------------------------------------------------- §8 Worsening

    @ParameterizedTest(name = "pains {0} should be worsening: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            3 4 5   | true
            3 4 4   | false
            5 3 7   | true
            7 3 8   | false
            3 6 4   | false
            4 6     | true
            4 5     | false
            6 4     | false
            9 1 2 3 | true
            1 9 9 8 | false
            0 10    | true
            """)
    void shouldCallARiseOf2FromTheOldestOfTheLastThreeToTheNewestWorsening(String pains, boolean worsening) {
        Progress progress = ProgressRules.evaluate(log(pains(pains)));

        assertThat(progress.warnings()).isEqualTo(worsening ? List.of(WORSENING) : List.of());
        // with no red flag, worsening asks for a clinician
        assertThat(progress.disposition()).isEqualTo(worsening ? Disposition.ROUTINE : null);
    }

    @Test
    void shouldNotCallARedFlagOnItsOwnWorseningButWarnOfTheRedFlag() {
        Progress progress = ProgressRules.evaluate(withRedFlags(log(5, 5, 5), FEVER));

        assertThat(progress.warnings()).containsExactly(RED_FLAG);
        assertThat(progress.disposition()).isEqualTo(Disposition.URGENT);
    }

    // ---------------------------------------------------------------- §8 No meaningful improvement after 4 weeks

    @ParameterizedTest(name = "{0} days from pain {1} to {2} should warn: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            27  | 6 | 6 | false
            28  | 6 | 6 | true
            28  | 8 | 6 | false
            28  | 3 | 2 | false
            28  | 6 | 5 | true
            28  | 5 | 6 | true
            365 | 7 | 6 | true
            365 | 7 | 0 | false
            28  | 0 | 0 | true
            """)
    void shouldSuggestAClinicianAfter4WeeksWithoutMeaningfulImprovement(int days, int firstPain, int latestPain,
            boolean warns) {
        Progress progress = ProgressRules.evaluate(twoEntries(days, firstPain, latestPain));

        assertThat(progress.warnings()).isEqualTo(warns ? List.of(NO_MEANINGFUL_IMPROVEMENT_AFTER_4_WEEKS) : List.of());
        assertThat(progress.disposition()).isEqualTo(warns ? Disposition.ROUTINE : null);
    }

    // ---------------------------------------------------------------- §8 Medicines

    @ParameterizedTest(name = "muscle relaxants on {0} days should warn: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0  | false
            21 | false
            22 | true
            30 | true
            """)
    void shouldWarnOfMuscleRelaxantsOnMoreThan21Days(long days, boolean warns) {
        Facts facts = withMedicines(twoEntries(29, 8, 5), days, 0);

        Progress progress = ProgressRules.evaluate(facts);

        assertThat(progress.warnings()).isEqualTo(warns ? List.of(MUSCLE_RELAXANTS_OVER_21_DAYS) : List.of());
        assertThat(progress.disposition()).isEqualTo(warns ? Disposition.ROUTINE : null);
    }

    @ParameterizedTest(name = "NSAIDs {0} days in a row should warn: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0  | false
            10 | false
            11 | true
            30 | true
            """)
    void shouldWarnOfNsaidsOnMoreThan10DaysInARow(int run, boolean warns) {
        Facts facts = withMedicines(twoEntries(29, 8, 5), 0, run);

        Progress progress = ProgressRules.evaluate(facts);

        assertThat(progress.warnings()).isEqualTo(warns ? List.of(NSAIDS_OVER_10_DAYS_IN_A_ROW) : List.of());
        assertThat(progress.disposition()).isEqualTo(warns ? Disposition.ROUTINE : null);
    }

    // ---------------------------------------------------------------- §8 Red flags and the disposition

    @ParameterizedTest(name = "red flags {0} should give {1}")
    @CsvSource(delimiter = '|', textBlock = """
            SADDLE_NUMBNESS       | EMERGENCY
            FEVER                 | URGENT
            SADDLE_NUMBNESS FEVER | EMERGENCY
            FEVER SADDLE_NUMBNESS | EMERGENCY
            SCIATICA              | ROUTINE
            SCIATICA FEVER        | URGENT
            """)
    void shouldGiveTheMostSeriousDispositionOfTheRecentRedFlags(String flags, Disposition expected) {
        RedFlag[] redFlags = Arrays.stream(flags.split(" ")).map(RedFlag::valueOf).toArray(RedFlag[]::new);

        Progress progress = ProgressRules.evaluate(withRedFlags(log(5, 4), redFlags));

        assertThat(progress.disposition()).isEqualTo(expected);
        assertThat(progress.warnings()).containsExactly(RED_FLAG);
    }

    @Test
    void shouldLetARedFlagOutrankTheRoutineOfTheOtherWarnings() {
        Facts facts = withRedFlags(withMedicines(log(3, 4, 5), 3, 3), FEVER);

        Progress progress = ProgressRules.evaluate(facts);

        assertThat(progress.warnings()).containsExactly(RED_FLAG, WORSENING);
        assertThat(progress.disposition()).isEqualTo(Disposition.URGENT);
    }

    @ParameterizedTest(name = "{0} alone should give ROUTINE")
    @EnumSource(mode = EnumSource.Mode.EXCLUDE, names = "RED_FLAG")
    void shouldGiveRoutineForEachWarningThatSuggestsAClinician(Warning warning) {
        Progress progress = ProgressRules.evaluate(factsRaisingOnly(warning));

        assertThat(progress.warnings()).containsExactly(warning);
        assertThat(progress.disposition()).isEqualTo(Disposition.ROUTINE);
    }

    @Test
    void shouldRaiseNoDispositionWhenNoRuleApplies() {
        Progress progress = ProgressRules.evaluate(withMedicines(twoEntries(27, 6, 6), 21, 10));

        assertThat(progress.warnings()).isEmpty();
        assertThat(progress.disposition()).isNull();
        assertThat(progress.change()).isEqualTo(new Change(0, 0, false));
    }

    @Test
    void shouldListEveryWarningOnceInDeclarationOrder() {
        // 35 days, 5 -> 6 -> 7: no improvement and worsening, both medicines over, and a red flag
        Facts facts = new Facts(START, 5, START.plusDays(35), 7, List.of(5, 6, 7), 22, 11,
                Set.of(SADDLE_NUMBNESS, FEVER));

        Progress progress = ProgressRules.evaluate(facts);

        assertThat(progress.warnings()).containsExactly(RED_FLAG, WORSENING, NO_MEANINGFUL_IMPROVEMENT_AFTER_4_WEEKS,
                MUSCLE_RELAXANTS_OVER_21_DAYS, NSAIDS_OVER_10_DAYS_IN_A_ROW);
        assertThat(progress.disposition()).isEqualTo(Disposition.EMERGENCY);
        assertThat(progress.change()).isEqualTo(new Change(-2, -40, false));
    }

    @Test
    void shouldKeepDeclarationOrderWhenOnlySomeWarningsApply() {
        Facts facts = new Facts(START, 8, START.plusDays(30), 6, List.of(2, 4, 6), 25, 12, Set.of());

        Progress progress = ProgressRules.evaluate(facts);

        assertThat(progress.warnings()).containsExactly(WORSENING, MUSCLE_RELAXANTS_OVER_21_DAYS,
                NSAIDS_OVER_10_DAYS_IN_A_ROW);
    }

    @Test
    void shouldHandBackWarningsThatCannotBeChanged() {
        Progress progress = ProgressRules.evaluate(log(3, 4, 5));

        assertThatThrownBy(() -> progress.warnings().add(RED_FLAG)).isInstanceOf(UnsupportedOperationException.class);
    }

    // ---------------------------------------------------------------- short logs

    @Test
    void shouldSayNothingAboutAnEpisodeWithNoEntries() {
        Progress progress = ProgressRules.evaluate(new Facts(null, null, null, null, List.of(), 0, 0, Set.of()));

        assertThat(progress.change()).isNull();
        assertThat(progress.warnings()).isEmpty();
        assertThat(progress.disposition()).isNull();
    }

    @Test
    void shouldMeasureNoChangeFromASingleEntry() {
        Progress progress = ProgressRules.evaluate(new Facts(START, 9, START, 9, List.of(9), 1, 1, Set.of()));

        assertThat(progress.change()).isNull();
        assertThat(progress.warnings()).isEmpty();
        assertThat(progress.disposition()).isNull();
    }

    @Test
    void shouldStillWarnOfARedFlagInASingleEntry() {
        Progress progress = ProgressRules.evaluate(new Facts(START, 2, START, 2, List.of(2), 0, 0,
                Set.of(SADDLE_NUMBNESS)));

        assertThat(progress.change()).isNull();
        assertThat(progress.warnings()).containsExactly(RED_FLAG);
        assertThat(progress.disposition()).isEqualTo(Disposition.EMERGENCY);
    }

    // ---------------------------------------------------------------- inputs

    static Stream<Arguments> impossibleFacts() {
        LocalDate day2 = START.plusDays(1);
        LocalDate day11 = START.plusDays(10);
        return Stream.of(
                impossible("firstPain", () -> new Facts(START, -1, day2, 5, List.of(-1, 5), 0, 0, Set.of())),
                impossible("firstPain", () -> new Facts(START, 11, day2, 5, List.of(11, 5), 0, 0, Set.of())),
                impossible("latestPain", () -> new Facts(START, 5, day2, -1, List.of(5, -1), 0, 0, Set.of())),
                impossible("latestPain", () -> new Facts(START, 5, day2, 11, List.of(5, 11), 0, 0, Set.of())),
                impossible("lastThreePains", () -> new Facts(START, 5, day11, 5, List.of(11, 4, 5), 0, 0, Set.of())),
                impossible("lastThreePains", () -> new Facts(START, 5, day11, 5, List.of(-1, 4, 5), 0, 0, Set.of())),
                impossible("lastThreePains",
                        () -> new Facts(START, 5, day11, 5, List.of(5, 4, 4, 5), 0, 0, Set.of())),
                impossible("lastThreePains", () -> new Facts(START, 5, day11, 5, null, 0, 0, Set.of())),
                impossible("lastThreePains",
                        () -> new Facts(START, 5, day11, 5, Arrays.asList(5, null, 5), 0, 0, Set.of())),
                impossible("muscleRelaxantDays", () -> new Facts(START, 5, day2, 5, List.of(5, 5), -1, 0, Set.of())),
                impossible("longestNsaidRun", () -> new Facts(START, 5, day2, 5, List.of(5, 5), 0, -1, Set.of())),
                impossible("recentRedFlags", () -> new Facts(START, 5, day2, 5, List.of(5, 5), 0, 0, null)),
                impossible("recentRedFlags", () -> new Facts(START, 5, day2, 5, List.of(5, 5), 0, 0,
                        new HashSet<>(Arrays.asList(FEVER, null)))),
                // dates reversed
                impossible("latestEntryDate", () -> new Facts(day2, 5, START, 5, List.of(5, 5), 0, 0, Set.of())),
                // half an entry
                impossible("firstPain", () -> new Facts(START, null, day2, 5, List.of(5, 5), 0, 0, Set.of())),
                impossible("firstPain", () -> new Facts(null, 5, null, null, List.of(), 0, 0, Set.of())),
                impossible("latestEntryDate", () -> new Facts(START, 5, null, 5, List.of(5), 0, 0, Set.of())),
                impossible("latestPain", () -> new Facts(START, 5, day2, null, List.of(5, 5), 0, 0, Set.of())),
                // the last three must fit the first and newest entries
                impossible("lastThreePains", () -> new Facts(null, null, null, null, List.of(5), 0, 0, Set.of())),
                impossible("lastThreePains", () -> new Facts(START, 5, day2, 5, List.of(), 0, 0, Set.of())),
                impossible("lastThreePains", () -> new Facts(START, 5, day11, 5, List.of(5, 4, 6), 0, 0, Set.of())),
                impossible("lastThreePains", () -> new Facts(START, 5, day2, 6, List.of(4, 6), 0, 0, Set.of())),
                impossible("latestEntryDate", () -> new Facts(START, 5, day2, 5, List.of(5), 0, 0, Set.of())),
                impossible("latestEntryDate", () -> new Facts(START, 5, START, 5, List.of(5, 5), 0, 0, Set.of())),
                impossible("latestPain", () -> new Facts(START, 5, START, 6, List.of(6), 0, 0, Set.of())),
                // counts over a log that cannot hold them
                impossible("muscleRelaxantDays", () -> new Facts(null, null, null, null, List.of(), 1, 0, Set.of())),
                impossible("longestNsaidRun", () -> new Facts(null, null, null, null, List.of(), 0, 1, Set.of())),
                impossible("recentRedFlags",
                        () -> new Facts(null, null, null, null, List.of(), 0, 0, Set.of(FEVER))),
                impossible("muscleRelaxantDays",
                        () -> new Facts(START, 5, day11, 5, List.of(5, 5, 5), 12, 0, Set.of())),
                impossible("longestNsaidRun", () -> new Facts(START, 5, day11, 5, List.of(5, 5, 5), 0, 12, Set.of())));
    }

    @ParameterizedTest(name = "[{index}] should reject facts naming {0}")
    @MethodSource("impossibleFacts")
    void shouldRejectImpossibleFactsNamingTheField(String field, Supplier<Facts> facts) {
        assertThatThrownBy(facts::get)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(field);
    }

    @Test
    void shouldAcceptTheEdgesOfEveryValidRange() {
        LocalDate day11 = START.plusDays(10);

        assertThatNoException().isThrownBy(() -> new Facts(START, 0, day11, 10, List.of(0, 10, 10), 11, 11,
                EnumSet.allOf(RedFlag.class)));
        assertThatNoException().isThrownBy(() -> new Facts(START, 10, START.plusDays(1), 0, List.of(10, 0), 0, 0,
                Set.of()));
        // three or more entries: the oldest of the last three need not be the first entry
        assertThatNoException().isThrownBy(() -> new Facts(START, 9, day11, 3, List.of(1, 2, 3), 0, 0, Set.of()));
    }

    @Test
    void shouldRejectMissingFacts() {
        assertThatThrownBy(() -> ProgressRules.evaluate(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("facts");
    }

    @Test
    void shouldKeepFactsApartFromTheCollectionsTheyWereMadeFrom() {
        List<Integer> pains = new ArrayList<>(List.of(3, 4, 5));
        Set<RedFlag> flags = new HashSet<>(Set.of(FEVER));
        Facts facts = new Facts(START, 3, START.plusDays(2), 5, pains, 0, 0, flags);

        pains.set(0, 5);
        flags.add(SADDLE_NUMBNESS);

        assertThat(facts.lastThreePains()).containsExactly(3, 4, 5);
        assertThat(facts.recentRedFlags()).containsExactly(FEVER);
        assertThat(ProgressRules.evaluate(facts).disposition()).isEqualTo(Disposition.URGENT);
    }

    // ---------------------------------------------------------------- longest run of consecutive days

    @ParameterizedTest(name = "{0} should be a longest run of {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-01                                             | 1
            2026-03-01 2026-03-02 2026-03-04                       | 2
            2026-03-01 2026-03-03 2026-03-04 2026-03-05            | 3
            2026-03-01 2026-03-02 2026-03-03 2026-03-05            | 3
            2026-03-01 2026-03-03 2026-03-05                       | 1
            2026-03-01 2026-03-01 2026-03-02                       | 2
            2026-03-01 2026-03-01 2026-03-01                       | 1
            2026-03-01 2026-03-02 2026-03-02 2026-03-03            | 3
            2026-03-03 2026-03-01 2026-03-02                       | 3
            2026-03-05 2026-03-02 2026-03-04 2026-03-02 2026-03-03 | 4
            2026-01-31 2026-02-01                                  | 2
            2026-04-30 2026-05-01                                  | 2
            2026-12-31 2027-01-01                                  | 2
            2028-02-28 2028-02-29 2028-03-01                       | 3
            2028-02-28 2028-03-01                                  | 1
            2027-02-28 2027-03-01                                  | 2
            2026-03-01 2027-03-02                                  | 1
            """)
    void shouldFindTheLongestRunOfConsecutiveCalendarDays(String dates, int expected) {
        List<LocalDate> days = Arrays.stream(dates.split(" ")).map(LocalDate::parse).toList();

        assertThat(ProgressRules.longestRunOfConsecutiveDays(days)).isEqualTo(expected);
    }

    @Test
    void shouldFindNoRunInNoDates() {
        assertThat(ProgressRules.longestRunOfConsecutiveDays(List.of())).isZero();
    }

    @Test
    void shouldFindARunOfElevenDaysAsTooManyNsaidDaysInARow() {
        List<LocalDate> days = IntStream.range(0, 11).mapToObj(START::plusDays).toList();

        int run = ProgressRules.longestRunOfConsecutiveDays(days);

        assertThat(run).isEqualTo(11);
        assertThat(ProgressRules.evaluate(withMedicines(twoEntries(20, 5, 4), 0, run)).warnings())
                .containsExactly(NSAIDS_OVER_10_DAYS_IN_A_ROW);
    }

    @Test
    void shouldRejectMissingDates() {
        assertThatThrownBy(() -> ProgressRules.longestRunOfConsecutiveDays(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dates");
        assertThatThrownBy(() -> ProgressRules.longestRunOfConsecutiveDays(Arrays.asList(START, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dates");
    }

    // ---------------------------------------------------------------- helpers

    /** A log of one entry a day from START with these pains, no medicines and no red flags. */
    private static Facts log(int... pains) {
        int count = pains.length;
        List<Integer> lastThree = Arrays.stream(pains, Math.max(0, count - 3), count).boxed().toList();
        return new Facts(START, pains[0], START.plusDays(count - 1), pains[count - 1], lastThree, 0, 0, Set.of());
    }

    /** Two entries, days apart. */
    private static Facts twoEntries(int days, int firstPain, int latestPain) {
        return new Facts(START, firstPain, START.plusDays(days), latestPain, List.of(firstPain, latestPain), 0, 0,
                Set.of());
    }

    private static Facts withMedicines(Facts facts, long muscleRelaxantDays, int longestNsaidRun) {
        return new Facts(facts.firstEntryDate(), facts.firstPain(), facts.latestEntryDate(), facts.latestPain(),
                facts.lastThreePains(), muscleRelaxantDays, longestNsaidRun, facts.recentRedFlags());
    }

    private static Facts withRedFlags(Facts facts, RedFlag... flags) {
        return new Facts(facts.firstEntryDate(), facts.firstPain(), facts.latestEntryDate(), facts.latestPain(),
                facts.lastThreePains(), facts.muscleRelaxantDays(), facts.longestNsaidRun(), Set.of(flags));
    }

    /** Facts on which exactly one warning's rule fires. */
    private static Facts factsRaisingOnly(Warning warning) {
        return switch (warning) {
            case RED_FLAG -> withRedFlags(log(5, 5), FEVER);
            case WORSENING -> log(4, 5, 6);
            case NO_MEANINGFUL_IMPROVEMENT_AFTER_4_WEEKS -> twoEntries(28, 5, 5);
            case MUSCLE_RELAXANTS_OVER_21_DAYS -> withMedicines(twoEntries(25, 5, 5), 22, 0);
            case NSAIDS_OVER_10_DAYS_IN_A_ROW -> withMedicines(twoEntries(25, 5, 5), 0, 11);
        };
    }

    private static int[] pains(String pains) {
        return Arrays.stream(pains.split(" ")).mapToInt(Integer::parseInt).toArray();
    }

    private static Arguments impossible(String field, Supplier<Facts> facts) {
        return Arguments.of(field, facts);
    }
}
