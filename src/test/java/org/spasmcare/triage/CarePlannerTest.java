package org.spasmcare.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.spasmcare.triage.SafetyFactor.AGE_16_OR_17;
import static org.spasmcare.triage.SafetyFactor.AGE_65_OR_OVER;
import static org.spasmcare.triage.SafetyFactor.AGE_NOT_GIVEN;
import static org.spasmcare.triage.SafetyFactor.ANTIDEPRESSANTS;
import static org.spasmcare.triage.SafetyFactor.ASTHMA;
import static org.spasmcare.triage.SafetyFactor.BLOOD_PRESSURE_TABLETS;
import static org.spasmcare.triage.SafetyFactor.BLOOD_THINNERS;
import static org.spasmcare.triage.SafetyFactor.HEART_DISEASE;
import static org.spasmcare.triage.SafetyFactor.KIDNEY_DISEASE;
import static org.spasmcare.triage.SafetyFactor.LITHIUM;
import static org.spasmcare.triage.SafetyFactor.LIVER_DISEASE;
import static org.spasmcare.triage.SafetyFactor.LONG_TERM_STEROIDS;
import static org.spasmcare.triage.SafetyFactor.NSAID_ALLERGY;
import static org.spasmcare.triage.SafetyFactor.OSTEOPOROSIS;
import static org.spasmcare.triage.SafetyFactor.PREGNANT;
import static org.spasmcare.triage.SafetyFactor.SEDATING_MEDICINES;
import static org.spasmcare.triage.SafetyFactor.STOMACH_ULCER_OR_BLEED;
import static org.spasmcare.triage.SafetyFactor.UNDER_16;
import static org.spasmcare.triage.TreatmentCode.HEAT_COLD;
import static org.spasmcare.triage.TreatmentCode.MUSCLE_RELAXANTS;
import static org.spasmcare.triage.TreatmentCode.NSAIDS;
import static org.spasmcare.triage.TreatmentCode.SPINAL_MANIPULATION;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules of docs/clinical-rules.md version 2, §1 to §7, one table per rule. Expectations are written
 * from the rules page, not from the implementation. Unless a row says otherwise the person is 40, so
 * that the derived age factors stay out of the way.
 */
class CarePlannerTest {

    private static final int ACUTE_DAY = 10;
    private static final int SUBACUTE_DAY = 40;
    private static final int CHRONIC_DAY = 200;
    private static final int MILD_PAIN = 2;
    private static final int MODERATE_PAIN = 5;
    private static final int SEVERE_PAIN = 8;
    private static final int ADULT = 40;

    /** §6: shown whenever self-care is offered. */
    private static final List<NotRecommended> ALWAYS_NOT_RECOMMENDED = List.of(NotRecommended.LUMBAR_SUPPORT,
            NotRecommended.TENS, NotRecommended.PROLONGED_BED_REST, NotRecommended.PARACETAMOL_ALONE);

    /** §6 ACUTE after the first 48 hours, everything suggested (SEVERE), in step order. */
    private static final List<String> ACUTE_SEVERE_PLAN = List.of("HEAT_COLD:HEAT", "REST_ACTIVITY", "NSAIDS",
            "MUSCLE_RELAXANTS", "PHYSICAL_THERAPY:HOME_STRETCHING", "MASSAGE", "SPINAL_MANIPULATION");

    private final CarePlanner planner = new CarePlanner();

    // ---------------------------------------------------------------- §1 inputs

    @ParameterizedTest(name = "should reject {0} out of range (durationDays={1}, painScore={2}, age={3})")
    @CsvSource(delimiter = '|', textBlock = """
            durationDays | -1   | 5  |
            durationDays | 3651 | 5  |
            painScore    | 10   | -1 |
            painScore    | 10   | 11 |
            age          | 10   | 5  | 0
            age          | 10   | 5  | 121
            """)
    void shouldRejectAnOutOfRangeValueNamingTheField(String field, int durationDays, int painScore, Integer age) {
        assertThatThrownBy(() -> new Assessment(durationDays, painScore, Set.of(), Set.of(), age, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(field);
    }

    @ParameterizedTest(name = "should accept durationDays={0}, painScore={1}, age={2}")
    @CsvSource(delimiter = '|', textBlock = """
            0    | 0  | 1
            3650 | 10 | 120
            """)
    void shouldAcceptTheEdgesOfEveryValidRange(int durationDays, int painScore, int age) {
        Assessment assessment = Assessment.of(durationDays, painScore).withAge(age);

        assertThat(assessment.durationDays()).isEqualTo(durationDays);
        assertThat(assessment.painScore()).isEqualTo(painScore);
        assertThat(assessment.age()).isEqualTo(age);
    }

    @ParameterizedTest(name = "should reject the derived factor {0} as input")
    @EnumSource(names = {"PREGNANT", "AGE_65_OR_OVER", "AGE_NOT_GIVEN", "AGE_16_OR_17", "UNDER_16"})
    void shouldRejectADerivedSafetyFactorAsInput(SafetyFactor derived) {
        assertThat(derived.isDerived()).isTrue();
        assertThatThrownBy(() -> new Assessment(ACUTE_DAY, MILD_PAIN, Set.of(), Set.of(derived), 30, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("safetyFactors");
        assertThatThrownBy(() -> Assessment.of(ACUTE_DAY, MILD_PAIN).withSafetyFactors(derived))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("safetyFactors");
    }

    @ParameterizedTest(name = "should accept the reportable factor {0} as input")
    @EnumSource(mode = EnumSource.Mode.EXCLUDE,
            names = {"PREGNANT", "AGE_65_OR_OVER", "AGE_NOT_GIVEN", "AGE_16_OR_17", "UNDER_16"})
    void shouldAcceptAReportableSafetyFactorAsInput(SafetyFactor reportable) {
        assertThatNoException().isThrownBy(() -> Assessment.of(ACUTE_DAY, MILD_PAIN).withSafetyFactors(reportable));
        assertThat(SafetyFactor.reportable()).contains(reportable);
    }

    @Test
    void shouldOfferTheThirteenReportableFactorsInTheTablesOrder() {
        assertThat(SafetyFactor.reportable()).containsExactly(STOMACH_ULCER_OR_BLEED, KIDNEY_DISEASE,
                HEART_DISEASE, BLOOD_THINNERS, LONG_TERM_STEROIDS, NSAID_ALLERGY, LIVER_DISEASE, OSTEOPOROSIS,
                BLOOD_PRESSURE_TABLETS, ANTIDEPRESSANTS, LITHIUM, ASTHMA, SEDATING_MEDICINES);
    }

    @Test
    void shouldCountARepeatedCodeOnce() {
        Assessment assessment = new Assessment(ACUTE_DAY, SEVERE_PAIN,
                new java.util.ArrayList<>(List.of(RedFlag.SCIATICA, RedFlag.SCIATICA)).stream()
                        .collect(java.util.stream.Collectors.toSet()),
                Set.of(KIDNEY_DISEASE), ADULT, null, null);

        CarePlan plan = plan(assessment);

        assertThat(plan.redFlags()).containsExactly(RedFlag.SCIATICA);
        assertThat(plan.avoid()).containsExactly(avoided(NSAIDS, KIDNEY_DISEASE));
    }

    @Test
    void shouldAcceptAnAssessmentThatLeavesAgePregnancyAndFlareUpUnanswered() {
        Assessment assessment = new Assessment(ACUTE_DAY, MODERATE_PAIN, Set.of(), Set.of(), null, null, null);

        assertThat(assessment.age()).isNull();
        assertThat(assessment.pregnant()).isNull();
        assertThat(assessment.flareUp()).isNull();
        CarePlan plan = plan(assessment);
        assertThat(plan.disposition()).isEqualTo(Disposition.SELF_CARE);
        assertThat(plan.recommendations()).isNotEmpty();
    }

    // ---------------------------------------------------------------- §2 derived values

    @ParameterizedTest(name = "day {0} should be {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0    | ACUTE
            1    | ACUTE
            2    | ACUTE
            27   | ACUTE
            28   | SUBACUTE
            84   | SUBACUTE
            85   | CHRONIC
            3650 | CHRONIC
            """)
    void shouldDerivePhaseFromDurationInDays(int durationDays, Phase expected) {
        assertThat(plan(Assessment.of(durationDays, MILD_PAIN)).phase()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "day {0} should use heat/cold as {1} (within the first 48 hours: {2})")
    @CsvSource(delimiter = '|', textBlock = """
            0    | COLD_THEN_HEAT | true
            1    | COLD_THEN_HEAT | true
            2    | HEAT           | false
            27   | HEAT           | false
            28   | HEAT           | false
            85   | HEAT           | false
            3650 | HEAT           | false
            """)
    void shouldUseColdThenHeatOnlyInTheFirst48Hours(int durationDays, Variant expected, boolean withinFirst48Hours) {
        CarePlan plan = plan(Assessment.of(durationDays, MILD_PAIN).withAge(ADULT));

        assertThat(recommendation(plan, HEAT_COLD).variant()).isEqualTo(expected);
        assertThat(plan.withinFirst48Hours()).isEqualTo(withinFirst48Hours);
    }

    @ParameterizedTest(name = "pain {0} should be {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0  | MILD
            3  | MILD
            4  | MODERATE
            6  | MODERATE
            7  | SEVERE
            10 | SEVERE
            """)
    void shouldDeriveSeverityFromPainScore(int painScore, Severity expected) {
        assertThat(plan(Assessment.of(ACUTE_DAY, painScore)).severity()).isEqualTo(expected);
    }

    // ---------------------------------------------------------------- §3 red flags

    @ParameterizedTest(name = "should send {0} on its own to {1}")
    @CsvSource(delimiter = '|', textBlock = """
            SADDLE_NUMBNESS         | EMERGENCY
            BLADDER_BOWEL_CHANGE    | EMERGENCY
            BOTH_LEGS               | EMERGENCY
            LEG_WEAKNESS_WORSENING  | EMERGENCY
            MAJOR_TRAUMA            | EMERGENCY
            CHEST_OR_ABDOMINAL_PAIN | EMERGENCY
            NEW_LEG_WEAKNESS        | URGENT
            FEVER                   | URGENT
            RECENT_SPINAL_PROCEDURE | URGENT
            CANCER_HISTORY          | URGENT
            WEIGHT_LOSS             | URGENT
            NIGHT_PAIN              | URGENT
            IMMUNE_OR_DRUG_RISK     | URGENT
            FRACTURE_RISK           | URGENT
            SCIATICA                | ROUTINE
            FIRST_EPISODE_OVER_50   | ROUTINE
            INFLAMMATORY_PATTERN    | ROUTINE
            UPPER_BACK_PAIN         | ROUTINE
            RECENT_INFECTION        | ROUTINE
            """)
    void shouldSendEachRedFlagOnItsOwnToItsDisposition(RedFlag flag, Disposition expected) {
        CarePlan plan = plan(Assessment.of(ACUTE_DAY, MILD_PAIN).withAge(ADULT).withRedFlags(flag));

        assertThat(plan.disposition()).isEqualTo(expected);
        assertThat(plan.redFlags()).containsExactly(flag);
        assertThat(plan.urgentReasons()).isEmpty();
        assertThat(plan.routineReasons()).isEmpty();
    }

    @Test
    void shouldKnowExactlyTheNineteenRedFlagsOfTheTable() {
        assertThat(RedFlag.values()).hasSize(19);
    }

    @Test
    void shouldListRedFlagsMostSeriousFirstInTheTablesOrder() {
        CarePlan plan = plan(Assessment.of(ACUTE_DAY, MILD_PAIN).withAge(ADULT).withRedFlags(RedFlag.RECENT_INFECTION,
                RedFlag.FEVER, RedFlag.CHEST_OR_ABDOMINAL_PAIN, RedFlag.SCIATICA, RedFlag.NEW_LEG_WEAKNESS,
                RedFlag.BOTH_LEGS, RedFlag.SADDLE_NUMBNESS));

        assertThat(plan.redFlags()).containsExactly(RedFlag.SADDLE_NUMBNESS, RedFlag.BOTH_LEGS,
                RedFlag.CHEST_OR_ABDOMINAL_PAIN, RedFlag.NEW_LEG_WEAKNESS, RedFlag.FEVER, RedFlag.SCIATICA,
                RedFlag.RECENT_INFECTION);
    }

    @ParameterizedTest(name = "should take {0} as given, whatever the other answers")
    @CsvSource(delimiter = '|', textBlock = """
            INFLAMMATORY_PATTERN  | 3  | 70 | ROUTINE
            FRACTURE_RISK         | 3  | 30 | URGENT
            FIRST_EPISODE_OVER_50 | 3  | 20 | ROUTINE
            """)
    void shouldTakeCodesAsGivenWithoutCheckingThemAgainstAgeOrDuration(RedFlag flag, int durationDays, int age,
            Disposition expected) {
        assertThat(plan(Assessment.of(durationDays, MILD_PAIN).withAge(age).withRedFlags(flag)).disposition())
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "should hand out no self-care with {0}")
    @EnumSource(mode = EnumSource.Mode.EXCLUDE,
            names = {"SCIATICA", "FIRST_EPISODE_OVER_50", "INFLAMMATORY_PATTERN", "UPPER_BACK_PAIN", "RECENT_INFECTION"})
    void shouldHandOutNoSelfCareWhenARedFlagCallsForEmergencyOrUrgentCare(RedFlag flag) {
        // without the flag this would recommend, avoid, list not-recommended and suggest rehabilitation
        Assessment assessment = Assessment.of(CHRONIC_DAY, 9).withFlareUp(true).withAge(70)
                .withSafetyFactors(BLOOD_THINNERS, LIVER_DISEASE).withRedFlags(flag);

        CarePlan plan = plan(assessment);

        assertThat(plan.disposition()).isEqualTo(flag.disposition()).isIn(Disposition.EMERGENCY, Disposition.URGENT);
        assertThat(plan.redFlags()).containsExactly(flag);
        assertThat(plan.recommendations()).isEmpty();
        assertThat(plan.avoid()).isEmpty();
        assertThat(plan.notRecommended()).isEmpty();
        assertThat(plan.multidisciplinaryRehabilitation()).isFalse();
        assertThat(plan.painReliefAdvice()).isFalse();
        assertThat(plan.offersSelfCare()).isFalse();
    }

    @ParameterizedTest(name = "should keep the self-care plan with the ROUTINE flag {0}")
    @EnumSource(names = {"SCIATICA", "FIRST_EPISODE_OVER_50", "INFLAMMATORY_PATTERN", "UPPER_BACK_PAIN",
            "RECENT_INFECTION"})
    void shouldKeepTheSelfCarePlanWithARoutineRedFlag(RedFlag flag) {
        CarePlan plan = plan(Assessment.of(ACUTE_DAY, MODERATE_PAIN).withAge(55).withRedFlags(flag));

        assertThat(plan.disposition()).isEqualTo(Disposition.ROUTINE);
        assertThat(describe(plan)).containsExactly("HEAT_COLD:HEAT", "REST_ACTIVITY", "NSAIDS",
                "PHYSICAL_THERAPY:HOME_STRETCHING", "MASSAGE", "SPINAL_MANIPULATION");
        assertThat(plan.notRecommended()).containsExactlyElementsOf(ALWAYS_NOT_RECOMMENDED);
        assertThat(plan.offersSelfCare()).isTrue();
    }

    // ---------------------------------------------------------------- §4 disposition

    static Stream<Arguments> precedence() {
        Assessment acuteAdult = Assessment.of(ACUTE_DAY, MODERATE_PAIN).withAge(ADULT);
        return Stream.of(
                Arguments.of("EMERGENCY beats URGENT",
                        acuteAdult.withRedFlags(RedFlag.SADDLE_NUMBNESS, RedFlag.FEVER), Disposition.EMERGENCY),
                Arguments.of("EMERGENCY beats ROUTINE",
                        acuteAdult.withRedFlags(RedFlag.SCIATICA, RedFlag.MAJOR_TRAUMA), Disposition.EMERGENCY),
                Arguments.of("URGENT beats ROUTINE",
                        acuteAdult.withRedFlags(RedFlag.SCIATICA, RedFlag.NIGHT_PAIN), Disposition.URGENT),
                Arguments.of("every flag at once is EMERGENCY",
                        acuteAdult.withRedFlags(RedFlag.values()), Disposition.EMERGENCY),
                Arguments.of("every URGENT and ROUTINE flag is URGENT",
                        acuteAdult.withRedFlags(Stream.of(RedFlag.values())
                                .filter(flag -> flag.disposition() != Disposition.EMERGENCY)
                                .toArray(RedFlag[]::new)),
                        Disposition.URGENT),
                Arguments.of("two ROUTINE flags stay ROUTINE",
                        acuteAdult.withRedFlags(RedFlag.UPPER_BACK_PAIN, RedFlag.RECENT_INFECTION), Disposition.ROUTINE),
                Arguments.of("no flag in an acute adult is SELF_CARE", acuteAdult, Disposition.SELF_CARE),
                Arguments.of("an urgent reason beats a ROUTINE flag",
                        acuteAdult.withAge(8).withRedFlags(RedFlag.SCIATICA), Disposition.URGENT),
                Arguments.of("an urgent reason beats every routine reason",
                        Assessment.of(SUBACUTE_DAY, SEVERE_PAIN).withAge(15).withPregnant(true), Disposition.URGENT),
                Arguments.of("an EMERGENCY flag beats every urgent reason",
                        Assessment.of(ACUTE_DAY, SEVERE_PAIN).withAge(5).withPregnant(true)
                                .withSafetyFactors(OSTEOPOROSIS).withRedFlags(RedFlag.BOTH_LEGS),
                        Disposition.EMERGENCY),
                Arguments.of("URGENT flag beats the CHRONIC phase",
                        Assessment.of(CHRONIC_DAY, MODERATE_PAIN).withRedFlags(RedFlag.FEVER), Disposition.URGENT),
                Arguments.of("URGENT flag beats pregnancy",
                        acuteAdult.withPregnant(true).withRedFlags(RedFlag.CANCER_HISTORY), Disposition.URGENT),
                Arguments.of("EMERGENCY flag beats being under 18",
                        acuteAdult.withAge(15).withRedFlags(RedFlag.CHEST_OR_ABDOMINAL_PAIN), Disposition.EMERGENCY));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("precedence")
    void shouldTakeTheMostSeriousDisposition(String rule, Assessment assessment, Disposition expected) {
        CarePlan plan = plan(assessment);

        assertThat(plan.disposition()).isEqualTo(expected);
        assertThat(plan.redFlags()).containsExactlyInAnyOrderElementsOf(assessment.redFlags());
    }

    @ParameterizedTest(name = "day {0}, pain {1}, age {2}, pregnant {3}, factors [{4}]: urgent reasons [{5}]")
    @CsvSource(delimiter = '|', textBlock = """
            # day | pain | age | pregnant | reported factors | urgent reasons
            10  | 7  | 70 |       | OSTEOPOROSIS       | POSSIBLE_FRAGILITY_FRACTURE
            0   | 10 | 40 |       | LONG_TERM_STEROIDS | POSSIBLE_FRAGILITY_FRACTURE
            27  | 7  | 40 |       | OSTEOPOROSIS       | POSSIBLE_FRAGILITY_FRACTURE
            28  | 7  | 40 |       | OSTEOPOROSIS       |
            10  | 6  | 70 |       | OSTEOPOROSIS       |
            10  | 7  | 70 |       | BLOOD_THINNERS     |
            10  | 7  | 70 |       |                    |
            200 | 10 | 70 |       | LONG_TERM_STEROIDS |
            10  | 7  | 30 | true  |                    | PREGNANT_SEVERE_PAIN
            200 | 7  | 30 | true  |                    | PREGNANT_SEVERE_PAIN
            10  | 6  | 30 | true  |                    |
            10  | 7  | 30 | false |                    |
            10  | 7  |    | true  |                    | PREGNANT_SEVERE_PAIN
            10  | 0  | 9  |       |                    | YOUNG_CHILD
            10  | 0  | 1  |       |                    | YOUNG_CHILD
            200 | 0  | 9  |       |                    | YOUNG_CHILD
            10  | 0  | 10 |       |                    |
            10  | 0  |    |       |                    |
            10  | 7  | 9  | true  | OSTEOPOROSIS       | POSSIBLE_FRAGILITY_FRACTURE, PREGNANT_SEVERE_PAIN, YOUNG_CHILD
            """)
    void shouldWorkOutTheUrgentReasonsAtEachBoundary(int durationDays, int painScore, Integer age, Boolean pregnant,
            String factors, String expected) {
        Assessment assessment = Assessment.of(durationDays, painScore).withAge(age).withPregnant(pregnant)
                .withSafetyFactors(codes(factors, SafetyFactor.class).toArray(SafetyFactor[]::new));

        CarePlan plan = plan(assessment);

        List<UrgentReason> reasons = codes(expected, UrgentReason.class);
        assertThat(plan.urgentReasons()).containsExactlyElementsOf(reasons);
        if (!reasons.isEmpty()) {
            assertThat(plan.disposition()).isEqualTo(Disposition.URGENT);
            assertThat(plan.recommendations()).isEmpty();
            assertThat(plan.avoid()).isEmpty();
            assertThat(plan.notRecommended()).isEmpty();
            assertThat(plan.multidisciplinaryRehabilitation()).isFalse();
        } else {
            assertThat(plan.disposition()).isIn(Disposition.ROUTINE, Disposition.SELF_CARE);
        }
    }

    @ParameterizedTest(name = "day {0}, pain {1}, flare-up {2}, age {3}, pregnant {4}, factors [{5}]: routine reasons [{6}]")
    @CsvSource(delimiter = '|', textBlock = """
            # day | pain | flare | age | pregnant | reported factors | routine reasons
            27  | 2 |      | 40 |      |                | 
            28  | 5 |      | 40 |      |                | SUBACUTE_PHASE
            84  | 2 |      | 40 |      |                | SUBACUTE_PHASE
            85  | 5 |      | 40 |      |                | CHRONIC_PHASE
            3650| 8 | true | 40 |      |                | CHRONIC_PHASE
            10  | 5 |      | 30 | true |                | PREGNANT
            10  | 5 |      | 30 | false|                | 
            10  | 5 |      | 17 |      |                | UNDER_18
            10  | 2 |      | 10 |      |                | UNDER_18
            10  | 5 |      | 18 |      |                | 
            10  | 7 |      | 40 |      | KIDNEY_DISEASE | NO_SAFE_PAIN_RELIEF
            10  | 7 |      | 40 |      | LITHIUM        | NO_SAFE_PAIN_RELIEF
            10  | 7 |      | 40 |      | LIVER_DISEASE  | NO_SAFE_PAIN_RELIEF
            10  | 6 |      | 40 |      | KIDNEY_DISEASE | 
            10  | 7 |      | 40 |      | BLOOD_PRESSURE_TABLETS | 
            10  | 7 |      | 70 |      | ASTHMA         | 
            40  | 7 |      | 40 |      | HEART_DISEASE  | SUBACUTE_PHASE, NO_SAFE_PAIN_RELIEF
            200 | 7 |      | 40 |      | KIDNEY_DISEASE | CHRONIC_PHASE
            200 | 7 | false| 40 |      | KIDNEY_DISEASE | CHRONIC_PHASE
            200 | 7 | true | 40 |      | KIDNEY_DISEASE | CHRONIC_PHASE, NO_SAFE_PAIN_RELIEF
            200 | 5 | true | 16 | true |                | CHRONIC_PHASE, PREGNANT, UNDER_18
            """)
    void shouldWorkOutTheRoutineReasonsAtEachBoundary(int durationDays, int painScore, Boolean flareUp, Integer age,
            Boolean pregnant, String factors, String expected) {
        Assessment assessment = Assessment.of(durationDays, painScore).withFlareUp(flareUp).withAge(age)
                .withPregnant(pregnant).withSafetyFactors(codes(factors, SafetyFactor.class).toArray(SafetyFactor[]::new));

        CarePlan plan = plan(assessment);

        List<RoutineReason> reasons = codes(expected, RoutineReason.class);
        assertThat(plan.routineReasons()).containsExactlyElementsOf(reasons);
        assertThat(plan.urgentReasons()).isEmpty();
        assertThat(plan.disposition()).isEqualTo(reasons.isEmpty() ? Disposition.SELF_CARE : Disposition.ROUTINE);
        assertThat(plan.recommendations()).isNotEmpty();
        assertThat(plan.notRecommended()).containsExactlyElementsOf(ALWAYS_NOT_RECOMMENDED);
    }

    @Test
    void shouldWorkOutEveryReasonEvenWhenARedFlagDecides() {
        CarePlan plan = plan(Assessment.of(SUBACUTE_DAY, SEVERE_PAIN).withAge(9).withPregnant(true)
                .withRedFlags(RedFlag.SADDLE_NUMBNESS));

        assertThat(plan.disposition()).isEqualTo(Disposition.EMERGENCY);
        assertThat(plan.routineReasons()).containsExactly(RoutineReason.SUBACUTE_PHASE, RoutineReason.PREGNANT,
                RoutineReason.UNDER_18, RoutineReason.NO_SAFE_PAIN_RELIEF);
        assertThat(plan.urgentReasons()).containsExactly(UrgentReason.PREGNANT_SEVERE_PAIN, UrgentReason.YOUNG_CHILD);
        assertThat(plan.phase()).isEqualTo(Phase.SUBACUTE);
        assertThat(plan.severity()).isEqualTo(Severity.SEVERE);
    }

    static Stream<Arguments> selfCareOnly() {
        Assessment acute = Assessment.of(ACUTE_DAY, SEVERE_PAIN);
        return Stream.of(
                Arguments.of("nothing but duration and pain is given", acute),
                Arguments.of("day 0", Assessment.of(0, MILD_PAIN)),
                Arguments.of("day 27", Assessment.of(27, MILD_PAIN)),
                Arguments.of("the person is 18", acute.withAge(18)),
                Arguments.of("the person is 65", acute.withAge(65)),
                Arguments.of("the person is 120", acute.withAge(120)),
                Arguments.of("the person is not pregnant", acute.withAge(30).withPregnant(false)),
                Arguments.of("a caution factor at SEVERE", acute.withAge(30).withSafetyFactors(ANTIDEPRESSANTS)),
                Arguments.of("a flare-up is reported in the ACUTE phase", acute.withFlareUp(true)));
    }

    @ParameterizedTest(name = "should offer self-care alone when {0}")
    @MethodSource("selfCareOnly")
    void shouldOfferSelfCareAloneWithoutAReasonForAClinician(String situation, Assessment assessment) {
        CarePlan plan = plan(assessment);

        assertThat(plan.disposition()).isEqualTo(Disposition.SELF_CARE);
        assertThat(plan.routineReasons()).isEmpty();
        assertThat(plan.urgentReasons()).isEmpty();
        assertThat(plan.recommendations()).isNotEmpty();
    }

    // ---------------------------------------------------------------- §5 safety factors, including age

    @ParameterizedTest(name = "at age {0}: derived factor {1}, {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # age | derived factor | disposition
                  | AGE_NOT_GIVEN  | SELF_CARE
            1     | UNDER_16       | URGENT
            9     | UNDER_16       | URGENT
            10    | UNDER_16       | ROUTINE
            15    | UNDER_16       | ROUTINE
            16    | AGE_16_OR_17   | ROUTINE
            17    | AGE_16_OR_17   | ROUTINE
            18    |                | SELF_CARE
            64    |                | SELF_CARE
            65    | AGE_65_OR_OVER | SELF_CARE
            120   | AGE_65_OR_OVER | SELF_CARE
            """)
    void shouldApplyTheAgeRulesAtEachBoundary(Integer age, SafetyFactor derived, Disposition disposition) {
        CarePlan plan = plan(Assessment.of(ACUTE_DAY, SEVERE_PAIN).withAge(age));

        assertThat(plan.disposition()).isEqualTo(disposition);
        if (disposition == Disposition.URGENT) {
            assertThat(plan.recommendations()).isEmpty();
            return;
        }
        List<AvoidedTreatment> expectedAvoid = new ArrayList<>();
        if (derived != null) {
            expectedAvoid.add(avoided(MUSCLE_RELAXANTS, derived));
            if (derived != AGE_65_OR_OVER) {
                expectedAvoid.add(avoided(SPINAL_MANIPULATION, derived));
            }
        }
        assertThat(plan.avoid()).containsExactlyElementsOf(expectedAvoid);
        PlannedTreatment nsaids = recommendation(plan, NSAIDS);
        assertThat(nsaids.cautions()).containsExactlyElementsOf(derived == null ? List.of() : List.of(derived));
        assertThat(nsaids.needsProfessional()).isEqualTo(derived != null);
        assertThat(nsaids.professionalNoteKey() != null).isEqualTo(derived != null);
    }

    static Stream<Arguments> eachSafetyFactorAlone() {
        Assessment acuteSevereAdult = Assessment.of(ACUTE_DAY, SEVERE_PAIN).withAge(ADULT);
        Assessment acuteModerateAdult = Assessment.of(ACUTE_DAY, MODERATE_PAIN).withAge(ADULT);
        return Stream.of(
                Arguments.of(acuteSevereAdult.withSafetyFactors(STOMACH_ULCER_OR_BLEED),
                        List.of(avoided(NSAIDS, STOMACH_ULCER_OR_BLEED))),
                Arguments.of(acuteSevereAdult.withSafetyFactors(KIDNEY_DISEASE),
                        List.of(avoided(NSAIDS, KIDNEY_DISEASE))),
                Arguments.of(acuteSevereAdult.withSafetyFactors(HEART_DISEASE),
                        List.of(avoided(NSAIDS, HEART_DISEASE))),
                Arguments.of(acuteSevereAdult.withSafetyFactors(BLOOD_THINNERS),
                        List.of(avoided(NSAIDS, BLOOD_THINNERS), avoided(SPINAL_MANIPULATION, BLOOD_THINNERS))),
                // thin bones or steroids with SEVERE pain in the ACUTE phase is URGENT (§4), so these two at MODERATE
                Arguments.of(acuteModerateAdult.withSafetyFactors(LONG_TERM_STEROIDS),
                        List.of(avoided(NSAIDS, LONG_TERM_STEROIDS),
                                avoided(SPINAL_MANIPULATION, LONG_TERM_STEROIDS))),
                Arguments.of(acuteSevereAdult.withSafetyFactors(NSAID_ALLERGY),
                        List.of(avoided(NSAIDS, NSAID_ALLERGY))),
                Arguments.of(acuteSevereAdult.withSafetyFactors(LIVER_DISEASE),
                        List.of(avoided(NSAIDS, LIVER_DISEASE), avoided(MUSCLE_RELAXANTS, LIVER_DISEASE))),
                Arguments.of(acuteModerateAdult.withSafetyFactors(OSTEOPOROSIS),
                        List.of(avoided(SPINAL_MANIPULATION, OSTEOPOROSIS))),
                Arguments.of(acuteSevereAdult.withSafetyFactors(LITHIUM), List.of(avoided(NSAIDS, LITHIUM))),
                Arguments.of(acuteSevereAdult.withSafetyFactors(SEDATING_MEDICINES),
                        List.of(avoided(MUSCLE_RELAXANTS, SEDATING_MEDICINES))),
                Arguments.of(acuteSevereAdult.withSafetyFactors(BLOOD_PRESSURE_TABLETS), List.of()),
                Arguments.of(acuteSevereAdult.withSafetyFactors(ANTIDEPRESSANTS), List.of()),
                Arguments.of(acuteSevereAdult.withSafetyFactors(ASTHMA), List.of()),
                Arguments.of(Assessment.of(ACUTE_DAY, MODERATE_PAIN).withAge(ADULT).withPregnant(true),
                        List.of(avoided(NSAIDS, PREGNANT))),
                Arguments.of(acuteSevereAdult.withAge(65), List.of(avoided(MUSCLE_RELAXANTS, AGE_65_OR_OVER))),
                Arguments.of(acuteSevereAdult.withAge(null),
                        List.of(avoided(MUSCLE_RELAXANTS, AGE_NOT_GIVEN), avoided(SPINAL_MANIPULATION, AGE_NOT_GIVEN))),
                Arguments.of(acuteSevereAdult.withAge(17),
                        List.of(avoided(MUSCLE_RELAXANTS, AGE_16_OR_17), avoided(SPINAL_MANIPULATION, AGE_16_OR_17))),
                Arguments.of(acuteSevereAdult.withAge(12),
                        List.of(avoided(MUSCLE_RELAXANTS, UNDER_16), avoided(SPINAL_MANIPULATION, UNDER_16))));
    }

    @ParameterizedTest(name = "{0} should avoid exactly {1}")
    @MethodSource("eachSafetyFactorAlone")
    void shouldAvoidExactlyTheTreatmentsOfEachSafetyFactor(Assessment assessment, List<AvoidedTreatment> expected) {
        CarePlan plan = plan(assessment);

        assertThat(plan.avoid()).containsExactlyElementsOf(expected);
        List<String> remaining = new ArrayList<>(plan.severity() == Severity.SEVERE ? ACUTE_SEVERE_PLAN
                : ACUTE_SEVERE_PLAN.stream().filter(step -> !step.equals("MUSCLE_RELAXANTS")).toList());
        expected.forEach(avoided -> remaining.removeIf(step -> step.startsWith(avoided.treatment().name())));
        assertThat(describe(plan)).containsExactlyElementsOf(remaining);
        assertStepsRunFromOne(plan);
    }

    @ParameterizedTest(name = "the caution factor {0} should keep NSAIDs with a professional first")
    @EnumSource(names = {"BLOOD_PRESSURE_TABLETS", "ANTIDEPRESSANTS", "ASTHMA"})
    void shouldKeepNsaidsButNeedAProfessionalForACautionFactor(SafetyFactor factor) {
        CarePlan plan = plan(Assessment.of(ACUTE_DAY, MODERATE_PAIN).withAge(ADULT).withSafetyFactors(factor));

        PlannedTreatment nsaids = recommendation(plan, NSAIDS);
        assertThat(nsaids.needsProfessional()).isTrue();
        assertThat(nsaids.cautions()).containsExactly(factor);
        assertThat(nsaids.professionalNoteKey()).isNotBlank();
        assertThat(plan.avoid()).isEmpty();
        assertThat(plan.recommendations()).filteredOn(step -> step.treatment() != NSAIDS)
                .allSatisfy(step -> assertThat(step.cautions()).isEmpty());
    }

    @Test
    void shouldListEveryCautionFactorInTheTablesOrder() {
        CarePlan plan = plan(Assessment.of(ACUTE_DAY, MODERATE_PAIN).withAge(70)
                .withSafetyFactors(ASTHMA, ANTIDEPRESSANTS, BLOOD_PRESSURE_TABLETS));

        assertThat(recommendation(plan, NSAIDS).cautions()).containsExactly(BLOOD_PRESSURE_TABLETS, ANTIDEPRESSANTS,
                ASTHMA, AGE_65_OR_OVER);
    }

    @Test
    void shouldNameNoCautionForATreatmentThatIsAvoided() {
        CarePlan plan = plan(Assessment.of(ACUTE_DAY, MODERATE_PAIN).withAge(70)
                .withSafetyFactors(KIDNEY_DISEASE, BLOOD_PRESSURE_TABLETS));

        assertThat(plan.avoid()).containsExactly(avoided(NSAIDS, KIDNEY_DISEASE));
        assertThat(plan.recommendations()).allSatisfy(step -> assertThat(step.cautions()).isEmpty());
    }

    @Test
    void shouldNameNoCautionWhenThePhaseDoesNotSuggestTheTreatment() {
        CarePlan plan = plan(Assessment.of(ACUTE_DAY, MILD_PAIN).withSafetyFactors(BLOOD_PRESSURE_TABLETS));

        assertThat(treatments(plan)).doesNotContain(NSAIDS);
        assertThat(plan.recommendations()).allSatisfy(step -> assertThat(step.cautions()).isEmpty());
    }

    static Stream<Arguments> avoidedOnlyWhenSuggested() {
        return Stream.of(
                Arguments.of("blood thinners at MILD: NSAIDs never suggested, manipulation avoided",
                        Assessment.of(ACUTE_DAY, MILD_PAIN).withAge(ADULT).withSafetyFactors(BLOOD_THINNERS),
                        List.of(avoided(SPINAL_MANIPULATION, BLOOD_THINNERS))),
                Arguments.of("blood thinners at MODERATE: both avoided",
                        Assessment.of(ACUTE_DAY, MODERATE_PAIN).withAge(ADULT).withSafetyFactors(BLOOD_THINNERS),
                        List.of(avoided(NSAIDS, BLOOD_THINNERS), avoided(SPINAL_MANIPULATION, BLOOD_THINNERS))),
                Arguments.of("NSAID allergy at MILD: NSAIDs never suggested",
                        Assessment.of(ACUTE_DAY, 3).withAge(ADULT).withSafetyFactors(NSAID_ALLERGY), List.of()),
                Arguments.of("liver disease at MODERATE: NSAIDs avoided, muscle relaxants never suggested",
                        Assessment.of(ACUTE_DAY, 6).withAge(ADULT).withSafetyFactors(LIVER_DISEASE),
                        List.of(avoided(NSAIDS, LIVER_DISEASE))),
                Arguments.of("sedating medicines at MODERATE: muscle relaxants never suggested",
                        Assessment.of(ACUTE_DAY, 6).withAge(ADULT).withSafetyFactors(SEDATING_MEDICINES), List.of()),
                Arguments.of("pregnant at MILD: no medicine suggested",
                        Assessment.of(ACUTE_DAY, MILD_PAIN).withAge(ADULT).withPregnant(true), List.of()),
                Arguments.of("no age at MILD: manipulation is always suggested, so avoided",
                        Assessment.of(ACUTE_DAY, MILD_PAIN), List.of(avoided(SPINAL_MANIPULATION, AGE_NOT_GIVEN))),
                Arguments.of("stomach ulcer SUBACUTE at MILD: nothing to avoid",
                        Assessment.of(SUBACUTE_DAY, MILD_PAIN).withAge(ADULT).withSafetyFactors(STOMACH_ULCER_OR_BLEED),
                        List.of()),
                Arguments.of("kidney disease CHRONIC at MODERATE without a flare-up: NSAIDs never suggested",
                        Assessment.of(CHRONIC_DAY, MODERATE_PAIN).withAge(ADULT).withFlareUp(false)
                                .withSafetyFactors(KIDNEY_DISEASE),
                        List.of()),
                Arguments.of("kidney disease CHRONIC at MODERATE with a flare-up: NSAIDs avoided",
                        Assessment.of(CHRONIC_DAY, MODERATE_PAIN).withAge(ADULT).withFlareUp(true)
                                .withSafetyFactors(KIDNEY_DISEASE),
                        List.of(avoided(NSAIDS, KIDNEY_DISEASE))),
                Arguments.of("70 CHRONIC at SEVERE with a flare-up: muscle relaxants never suggested in CHRONIC",
                        Assessment.of(CHRONIC_DAY, SEVERE_PAIN).withAge(70).withFlareUp(true)
                                .withSafetyFactors(LIVER_DISEASE),
                        List.of(avoided(NSAIDS, LIVER_DISEASE))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("avoidedOnlyWhenSuggested")
    void shouldListATreatmentAsAvoidedOnlyWhenThePhaseWouldHaveSuggestedIt(String situation, Assessment assessment,
            List<AvoidedTreatment> expected) {
        CarePlan plan = plan(assessment);

        assertThat(plan.avoid()).containsExactlyElementsOf(expected);
        for (AvoidedTreatment avoided : expected) {
            assertThat(treatments(plan)).doesNotContain(avoided.treatment());
        }
    }

    @Test
    void shouldListEveryFactorThatExcludesATreatmentInTheTablesOrderAndTheTreatmentsInStepOrder() {
        SafetyFactor[] reportedInReverse = SafetyFactor.reportable().stream()
                .sorted((a, b) -> b.compareTo(a)).toArray(SafetyFactor[]::new);
        Assessment assessment = Assessment.of(ACUTE_DAY, MODERATE_PAIN).withAge(17).withPregnant(true)
                .withSafetyFactors(reportedInReverse);

        CarePlan plan = plan(assessment);

        // MODERATE: muscle relaxants are not suggested, so they are not listed as avoided either
        assertThat(plan.avoid()).containsExactly(
                avoided(NSAIDS, STOMACH_ULCER_OR_BLEED, KIDNEY_DISEASE, HEART_DISEASE, BLOOD_THINNERS,
                        LONG_TERM_STEROIDS, NSAID_ALLERGY, LIVER_DISEASE, LITHIUM, PREGNANT),
                avoided(SPINAL_MANIPULATION, BLOOD_THINNERS, LONG_TERM_STEROIDS, OSTEOPOROSIS, AGE_16_OR_17));
        assertThat(describe(plan)).containsExactly("HEAT_COLD:HEAT", "REST_ACTIVITY",
                "PHYSICAL_THERAPY:HOME_STRETCHING", "MASSAGE");
        assertThat(plan.recommendations()).allSatisfy(step -> assertThat(step.cautions()).isEmpty());
        assertStepsRunFromOne(plan);
    }

    @Test
    void shouldListLiverDiseaseSedativesAndAgeTogetherAgainstMuscleRelaxantsFrom65() {
        CarePlan plan = plan(Assessment.of(SUBACUTE_DAY, SEVERE_PAIN).withAge(66)
                .withSafetyFactors(SEDATING_MEDICINES, LIVER_DISEASE));

        assertThat(plan.avoid()).containsExactly(
                avoided(NSAIDS, LIVER_DISEASE),
                avoided(MUSCLE_RELAXANTS, LIVER_DISEASE, SEDATING_MEDICINES, AGE_65_OR_OVER));
        assertThat(plan.routineReasons()).containsExactly(RoutineReason.SUBACUTE_PHASE, RoutineReason.NO_SAFE_PAIN_RELIEF);
    }

    // ---------------------------------------------------------------- §6 treatments by phase

    @ParameterizedTest(name = "day {0}, pain {1}, flare-up {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # day | pain | flareUp | expected recommendations in step order (TREATMENT:VARIANT)
            0   | 2 |       | HEAT_COLD:COLD_THEN_HEAT, REST_ACTIVITY, PHYSICAL_THERAPY:HOME_STRETCHING, MASSAGE, SPINAL_MANIPULATION
            1   | 5 |       | HEAT_COLD:COLD_THEN_HEAT, REST_ACTIVITY, NSAIDS, PHYSICAL_THERAPY:HOME_STRETCHING, MASSAGE, SPINAL_MANIPULATION
            0   | 8 |       | HEAT_COLD:COLD_THEN_HEAT, REST_ACTIVITY, NSAIDS, MUSCLE_RELAXANTS, PHYSICAL_THERAPY:HOME_STRETCHING, MASSAGE, SPINAL_MANIPULATION
            10  | 2 |       | HEAT_COLD:HEAT, REST_ACTIVITY, PHYSICAL_THERAPY:HOME_STRETCHING, MASSAGE, SPINAL_MANIPULATION
            10  | 5 |       | HEAT_COLD:HEAT, REST_ACTIVITY, NSAIDS, PHYSICAL_THERAPY:HOME_STRETCHING, MASSAGE, SPINAL_MANIPULATION
            27  | 8 |       | HEAT_COLD:HEAT, REST_ACTIVITY, NSAIDS, MUSCLE_RELAXANTS, PHYSICAL_THERAPY:HOME_STRETCHING, MASSAGE, SPINAL_MANIPULATION
            10  | 8 | false | HEAT_COLD:HEAT, REST_ACTIVITY, NSAIDS, MUSCLE_RELAXANTS, PHYSICAL_THERAPY:HOME_STRETCHING, MASSAGE, SPINAL_MANIPULATION
            28  | 2 |       | PHYSICAL_THERAPY:SUPERVISED_EXERCISE, HEAT_COLD:HEAT, REST_ACTIVITY, MASSAGE, SPINAL_MANIPULATION
            40  | 5 |       | PHYSICAL_THERAPY:SUPERVISED_EXERCISE, HEAT_COLD:HEAT, REST_ACTIVITY, MASSAGE, SPINAL_MANIPULATION, NSAIDS
            84  | 8 |       | PHYSICAL_THERAPY:SUPERVISED_EXERCISE, HEAT_COLD:HEAT, REST_ACTIVITY, MASSAGE, SPINAL_MANIPULATION, NSAIDS, MUSCLE_RELAXANTS
            40  | 8 | false | PHYSICAL_THERAPY:SUPERVISED_EXERCISE, HEAT_COLD:HEAT, REST_ACTIVITY, MASSAGE, SPINAL_MANIPULATION, NSAIDS, MUSCLE_RELAXANTS
            85  | 2 |       | PHYSICAL_THERAPY:SUPERVISED_EXERCISE, REST_ACTIVITY, HEAT_COLD:HEAT, MASSAGE, SPINAL_MANIPULATION
            200 | 2 | true  | PHYSICAL_THERAPY:SUPERVISED_EXERCISE, REST_ACTIVITY, HEAT_COLD:HEAT, MASSAGE, SPINAL_MANIPULATION
            200 | 5 |       | PHYSICAL_THERAPY:SUPERVISED_EXERCISE, REST_ACTIVITY, HEAT_COLD:HEAT, MASSAGE, SPINAL_MANIPULATION
            200 | 5 | false | PHYSICAL_THERAPY:SUPERVISED_EXERCISE, REST_ACTIVITY, HEAT_COLD:HEAT, MASSAGE, SPINAL_MANIPULATION
            200 | 5 | true  | PHYSICAL_THERAPY:SUPERVISED_EXERCISE, REST_ACTIVITY, HEAT_COLD:HEAT, MASSAGE, SPINAL_MANIPULATION, NSAIDS
            200 | 8 |       | PHYSICAL_THERAPY:SUPERVISED_EXERCISE, REST_ACTIVITY, HEAT_COLD:HEAT, MASSAGE, SPINAL_MANIPULATION
            200 | 8 | false | PHYSICAL_THERAPY:SUPERVISED_EXERCISE, REST_ACTIVITY, HEAT_COLD:HEAT, MASSAGE, SPINAL_MANIPULATION
            200 | 8 | true  | PHYSICAL_THERAPY:SUPERVISED_EXERCISE, REST_ACTIVITY, HEAT_COLD:HEAT, MASSAGE, SPINAL_MANIPULATION, NSAIDS
            3650| 10| true  | PHYSICAL_THERAPY:SUPERVISED_EXERCISE, REST_ACTIVITY, HEAT_COLD:HEAT, MASSAGE, SPINAL_MANIPULATION, NSAIDS
            """)
    void shouldRecommendThePhaseTreatmentsInStepOrder(int durationDays, int painScore, Boolean flareUp,
            String expected) {
        CarePlan plan = plan(Assessment.of(durationDays, painScore).withAge(ADULT).withFlareUp(flareUp));

        assertThat(describe(plan)).containsExactlyElementsOf(Arrays.asList(expected.split(",\\s*")));
        assertThat(plan.avoid()).isEmpty();
        assertStepsRunFromOne(plan);
    }

    @ParameterizedTest(name = "day {0}, pain {1}, flare-up {2}, age {3}: only {4} need a professional")
    @CsvSource(delimiter = '|', textBlock = """
            # day | pain | flareUp | age | treatments that need a professional
            10  | 2 |      | 30  | SPINAL_MANIPULATION
            10  | 5 |      |     | NSAIDS
            0   | 8 |      | 30  | MUSCLE_RELAXANTS, SPINAL_MANIPULATION
            10  | 8 |      | 64  | MUSCLE_RELAXANTS, SPINAL_MANIPULATION
            10  | 8 |      | 65  | NSAIDS, SPINAL_MANIPULATION
            10  | 5 |      | 90  | NSAIDS, SPINAL_MANIPULATION
            10  | 5 |      | 16  | NSAIDS
            10  | 5 |      | 12  | NSAIDS
            28  | 2 |      | 30  | PHYSICAL_THERAPY, SPINAL_MANIPULATION
            40  | 8 |      | 30  | PHYSICAL_THERAPY, SPINAL_MANIPULATION, MUSCLE_RELAXANTS
            84  | 5 |      | 65  | PHYSICAL_THERAPY, SPINAL_MANIPULATION, NSAIDS
            85  | 2 |      | 30  | PHYSICAL_THERAPY, SPINAL_MANIPULATION
            200 | 8 | true | 30  | PHYSICAL_THERAPY, SPINAL_MANIPULATION
            200 | 5 | true | 65  | PHYSICAL_THERAPY, SPINAL_MANIPULATION, NSAIDS
            """)
    void shouldInvolveAProfessionalExactlyWhereTheRulesSay(int durationDays, int painScore, Boolean flareUp,
            Integer age, String professionalTreatments) {
        List<TreatmentCode> needProfessional = codes(professionalTreatments, TreatmentCode.class);

        CarePlan plan = plan(Assessment.of(durationDays, painScore).withFlareUp(flareUp).withAge(age));

        assertThat(treatments(plan)).containsAll(needProfessional);
        assertThat(plan.recommendations()).allSatisfy(step -> {
            assertThat(step.needsProfessional()).as("%s needs a professional", step.treatment())
                    .isEqualTo(needProfessional.contains(step.treatment()));
            assertThat(step.professionalNoteKey() != null).as("%s has a professional note", step.treatment())
                    .isEqualTo(step.needsProfessional());
        });
    }

    @Test
    void shouldNeverSuggestMuscleRelaxantsInTheChronicPhase() {
        CarePlan plan = plan(Assessment.of(CHRONIC_DAY, 10).withAge(ADULT).withFlareUp(true));

        assertThat(treatments(plan)).doesNotContain(MUSCLE_RELAXANTS);
        assertThat(plan.avoid()).extracting(AvoidedTreatment::treatment).doesNotContain(MUSCLE_RELAXANTS);
    }

    @Test
    void shouldGiveEveryRecommendationAReasonAndEvidence() {
        CarePlan plan = plan(Assessment.of(ACUTE_DAY, SEVERE_PAIN).withAge(ADULT));

        assertThat(plan.recommendations()).hasSize(7).allSatisfy(step -> {
            assertThat(step.reasonKey()).isNotBlank();
            assertThat(step.evidenceKey()).isNotBlank();
        });
    }

    @ParameterizedTest(name = "day {0}, pain {1}, flare-up {2}: multidisciplinary rehabilitation {3}")
    @CsvSource(delimiter = '|', textBlock = """
            85   | 7  |       | true
            200  | 10 |       | true
            200  | 8  | true  | true
            200  | 8  | false | true
            3650 | 7  |       | true
            200  | 6  |       | false
            200  | 0  | true  | false
            84   | 7  |       | false
            40   | 10 |       | false
            10   | 10 |       | false
            """)
    void shouldSuggestMultidisciplinaryRehabilitationOnlyWhenChronicAndSevere(int durationDays, int painScore,
            Boolean flareUp, boolean expected) {
        CarePlan plan = plan(Assessment.of(durationDays, painScore).withAge(ADULT).withFlareUp(flareUp));

        assertThat(plan.multidisciplinaryRehabilitation()).isEqualTo(expected);
    }

    static Stream<Assessment> plansOfferingSelfCare() {
        return Stream.of(
                Assessment.of(0, 0),
                Assessment.of(ACUTE_DAY, MODERATE_PAIN).withAge(ADULT).withSafetyFactors(SafetyFactor.reportable()
                        .toArray(SafetyFactor[]::new)),
                Assessment.of(SUBACUTE_DAY, MODERATE_PAIN),
                Assessment.of(CHRONIC_DAY, 10).withFlareUp(true).withAge(80),
                Assessment.of(ACUTE_DAY, MODERATE_PAIN).withPregnant(true),
                Assessment.of(ACUTE_DAY, MODERATE_PAIN).withAge(12),
                Assessment.of(ACUTE_DAY, MODERATE_PAIN).withRedFlags(RedFlag.SCIATICA));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plansOfferingSelfCare")
    void shouldAlwaysListTheFourNotRecommendedTreatmentsWhenOfferingSelfCare(Assessment assessment) {
        CarePlan plan = plan(assessment);

        assertThat(plan.disposition()).isIn(Disposition.SELF_CARE, Disposition.ROUTINE);
        assertThat(plan.notRecommended()).containsExactlyElementsOf(ALWAYS_NOT_RECOMMENDED);
    }

    // ---------------------------------------------------------------- §7 output

    @ParameterizedTest(name = "day {0}, pain {1}, flare-up {2}, pregnant {3}, factors [{4}], flag {5}: pain-relief advice {6}")
    @CsvSource(delimiter = '|', textBlock = """
            # day | pain | flare | pregnant | reported factors | red flag | painReliefAdvice
            10  | 5 |      |       | KIDNEY_DISEASE         |                  | true
            10  | 7 |      |       | KIDNEY_DISEASE         |                  | true
            10  | 3 |      |       | KIDNEY_DISEASE         |                  | false
            10  | 5 |      |       | BLOOD_PRESSURE_TABLETS |                  | false
            10  | 5 |      |       | OSTEOPOROSIS           |                  | false
            10  | 5 |      |       |                        |                  | false
            40  | 4 |      |       | NSAID_ALLERGY          |                  | true
            200 | 8 |      |       | NSAID_ALLERGY          |                  | false
            200 | 8 | true |       | NSAID_ALLERGY          |                  | true
            10  | 5 |      |       | KIDNEY_DISEASE         | SCIATICA         | true
            10  | 0 |      | true  |                        |                  | true
            200 | 0 |      | true  |                        |                  | true
            10  | 8 |      | true  |                        |                  | true
            10  | 0 |      | true  |                        | FEVER            | true
            10  | 0 |      | true  |                        | SADDLE_NUMBNESS  | false
            10  | 0 |      | false |                        |                  | false
            10  | 7 |      |       | KIDNEY_DISEASE         | FEVER            | false
            10  | 7 |      |       | KIDNEY_DISEASE         | BOTH_LEGS        | false
            """)
    void shouldGivePainReliefAdviceExactlyWhereTheRulesSay(int durationDays, int painScore, Boolean flareUp,
            Boolean pregnant, String factors, RedFlag flag, boolean expected) {
        Assessment assessment = Assessment.of(durationDays, painScore).withAge(ADULT).withFlareUp(flareUp)
                .withPregnant(pregnant).withSafetyFactors(codes(factors, SafetyFactor.class).toArray(SafetyFactor[]::new));
        if (flag != null) {
            assessment = assessment.withRedFlags(flag);
        }

        assertThat(plan(assessment).painReliefAdvice()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "pregnant {0}, pain {1}, flag {2}: {3}, maternity warning signs {4}")
    @CsvSource(delimiter = '|', textBlock = """
            true  | 2 |                      | ROUTINE   | true
            true  | 8 |                      | URGENT    | true
            true  | 2 | NIGHT_PAIN           | URGENT    | true
            true  | 2 | BLADDER_BOWEL_CHANGE | EMERGENCY | false
            false | 2 |                      | SELF_CARE | false
                  | 8 |                      | SELF_CARE | false
            """)
    void shouldShowTheMaternityWarningSignsToAPregnantPersonUnlessItIsAnEmergency(Boolean pregnant, int painScore,
            RedFlag flag, Disposition disposition, boolean expected) {
        Assessment assessment = Assessment.of(ACUTE_DAY, painScore).withAge(ADULT).withPregnant(pregnant);
        if (flag != null) {
            assessment = assessment.withRedFlags(flag);
        }

        CarePlan plan = plan(assessment);

        assertThat(plan.disposition()).isEqualTo(disposition);
        assertThat(plan.pregnancyWarningSigns()).isEqualTo(expected);
    }

    @Test
    void shouldStampEveryPlanWithRulesVersion2() {
        assertThat(CarePlanner.RULES_VERSION).isEqualTo("2026-11-30.2");
        assertThat(plan(Assessment.of(ACUTE_DAY, MILD_PAIN)).rulesVersion()).isEqualTo("2026-11-30.2");
        assertThat(plan(Assessment.of(ACUTE_DAY, MILD_PAIN).withRedFlags(RedFlag.SADDLE_NUMBNESS)).rulesVersion())
                .isEqualTo("2026-11-30.2");
    }

    @Test
    void shouldMatchTheExampleOfTheRulesPage() {
        // §7's example: ACUTE, SEVERE, kidney disease: NSAIDs ruled out, ROUTINE for want of safe pain relief
        CarePlan plan = plan(Assessment.of(1, SEVERE_PAIN).withAge(ADULT).withSafetyFactors(KIDNEY_DISEASE));

        assertThat(plan.phase()).isEqualTo(Phase.ACUTE);
        assertThat(plan.severity()).isEqualTo(Severity.SEVERE);
        assertThat(plan.disposition()).isEqualTo(Disposition.ROUTINE);
        assertThat(plan.routineReasons()).containsExactly(RoutineReason.NO_SAFE_PAIN_RELIEF);
        assertThat(plan.urgentReasons()).isEmpty();
        assertThat(plan.recommendations().get(0).treatment()).isEqualTo(HEAT_COLD);
        assertThat(plan.recommendations().get(0).variant()).isEqualTo(Variant.COLD_THEN_HEAT);
        assertThat(plan.avoid()).containsExactly(avoided(NSAIDS, KIDNEY_DISEASE));
        assertThat(plan.notRecommended()).containsExactlyElementsOf(ALWAYS_NOT_RECOMMENDED);
        assertThat(plan.painReliefAdvice()).isTrue();
        assertThat(plan.pregnancyWarningSigns()).isFalse();
        assertThat(plan.multidisciplinaryRehabilitation()).isFalse();
    }

    // ---------------------------------------------------------------- helpers

    private CarePlan plan(Assessment assessment) {
        return planner.plan(assessment);
    }

    private static AvoidedTreatment avoided(TreatmentCode treatment, SafetyFactor... factors) {
        return new AvoidedTreatment(treatment, List.of(factors));
    }

    /** Codes written in a table cell, comma-separated; an empty cell is none. */
    private static <E extends Enum<E>> List<E> codes(String cell, Class<E> type) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split(",\\s*")).map(String::strip).map(code -> Enum.valueOf(type, code)).toList();
    }

    private static List<TreatmentCode> treatments(CarePlan plan) {
        return plan.recommendations().stream().map(PlannedTreatment::treatment).toList();
    }

    /** Each recommendation as TREATMENT, or TREATMENT:VARIANT where it has one, in list order. */
    private static List<String> describe(CarePlan plan) {
        return plan.recommendations().stream()
                .map(step -> step.variant() == null ? step.treatment().name()
                        : step.treatment() + ":" + step.variant())
                .toList();
    }

    private static PlannedTreatment recommendation(CarePlan plan, TreatmentCode treatment) {
        return plan.recommendations().stream()
                .filter(step -> step.treatment() == treatment)
                .findFirst()
                .orElseThrow(() -> new AssertionError(treatment + " is not recommended in " + plan));
    }

    private static void assertStepsRunFromOne(CarePlan plan) {
        assertThat(plan.recommendations()).extracting(PlannedTreatment::step)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, plan.recommendations().size()).boxed().toList());
    }
}
