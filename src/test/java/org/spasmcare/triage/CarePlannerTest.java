package org.spasmcare.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.spasmcare.triage.SafetyFactor.AGE_65_OR_OVER;
import static org.spasmcare.triage.SafetyFactor.BLOOD_THINNERS;
import static org.spasmcare.triage.SafetyFactor.HEART_DISEASE;
import static org.spasmcare.triage.SafetyFactor.KIDNEY_DISEASE;
import static org.spasmcare.triage.SafetyFactor.LIVER_DISEASE;
import static org.spasmcare.triage.SafetyFactor.LONG_TERM_STEROIDS;
import static org.spasmcare.triage.SafetyFactor.NSAID_ALLERGY;
import static org.spasmcare.triage.SafetyFactor.OSTEOPOROSIS;
import static org.spasmcare.triage.SafetyFactor.PREGNANT;
import static org.spasmcare.triage.SafetyFactor.STOMACH_ULCER_OR_BLEED;
import static org.spasmcare.triage.SafetyFactor.UNDER_18;
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
 * The rules of docs/clinical-rules.md §1 to §7, one table per rule. Expectations are written from the rules
 * page, not from the implementation.
 */
class CarePlannerTest {

    private static final int ACUTE_DAY = 10;
    private static final int SUBACUTE_DAY = 40;
    private static final int CHRONIC_DAY = 200;
    private static final int MILD_PAIN = 2;
    private static final int MODERATE_PAIN = 5;
    private static final int SEVERE_PAIN = 8;

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
    @EnumSource(names = {"PREGNANT", "AGE_65_OR_OVER", "UNDER_18"})
    void shouldRejectADerivedSafetyFactorAsInput(SafetyFactor derived) {
        assertThatThrownBy(() -> new Assessment(ACUTE_DAY, MILD_PAIN, Set.of(), Set.of(derived), 30, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("safetyFactors");
        assertThatThrownBy(() -> Assessment.of(ACUTE_DAY, MILD_PAIN).withSafetyFactors(derived))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("safetyFactors");
    }

    @ParameterizedTest(name = "should accept the reportable factor {0} as input")
    @EnumSource(mode = EnumSource.Mode.EXCLUDE, names = {"PREGNANT", "AGE_65_OR_OVER", "UNDER_18"})
    void shouldAcceptAReportableSafetyFactorAsInput(SafetyFactor reportable) {
        assertThatNoException().isThrownBy(() -> Assessment.of(ACUTE_DAY, MILD_PAIN).withSafetyFactors(reportable));
        assertThat(SafetyFactor.reportable()).contains(reportable);
    }

    @Test
    void shouldOfferOnlyTheEightNonDerivedFactorsAsReportable() {
        assertThat(SafetyFactor.reportable()).containsExactlyInAnyOrder(STOMACH_ULCER_OR_BLEED, KIDNEY_DISEASE,
                HEART_DISEASE, BLOOD_THINNERS, LONG_TERM_STEROIDS, NSAID_ALLERGY, LIVER_DISEASE, OSTEOPOROSIS);
    }

    @Test
    void shouldAcceptAnAssessmentThatLeavesAgePregnancyAndFlareUpUnanswered() {
        Assessment assessment = new Assessment(ACUTE_DAY, MODERATE_PAIN, Set.of(), Set.of(), null, null, null);

        assertThat(assessment.age()).isNull();
        assertThat(assessment.pregnant()).isNull();
        assertThat(assessment.flareUp()).isNull();
        CarePlan plan = planner.plan(assessment);
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
        CarePlan plan = plan(Assessment.of(durationDays, MILD_PAIN));

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
            LEG_WEAKNESS_WORSENING  | EMERGENCY
            MAJOR_TRAUMA            | EMERGENCY
            CHEST_OR_ABDOMINAL_PAIN | EMERGENCY
            FEVER                   | URGENT
            CANCER_HISTORY          | URGENT
            WEIGHT_LOSS             | URGENT
            NIGHT_PAIN              | URGENT
            IMMUNE_OR_DRUG_RISK     | URGENT
            FRACTURE_RISK           | URGENT
            SCIATICA                | ROUTINE
            FIRST_EPISODE_OVER_50   | ROUTINE
            """)
    void shouldSendEachRedFlagOnItsOwnToItsDisposition(RedFlag flag, Disposition expected) {
        CarePlan plan = plan(Assessment.of(ACUTE_DAY, MILD_PAIN).withAge(40).withRedFlags(flag));

        assertThat(plan.disposition()).isEqualTo(expected);
        assertThat(plan.redFlags()).containsExactly(flag);
    }

    @ParameterizedTest(name = "should hand out no self-care with {0}")
    @EnumSource(mode = EnumSource.Mode.EXCLUDE, names = {"SCIATICA", "FIRST_EPISODE_OVER_50"})
    void shouldHandOutNoSelfCareWhenARedFlagCallsForEmergencyOrUrgentCare(RedFlag flag) {
        // without the flag this would recommend, avoid, list not-recommended and suggest rehabilitation
        Assessment assessment = Assessment.of(CHRONIC_DAY, 9).withFlareUp(true).withAge(70)
                .withSafetyFactors(BLOOD_THINNERS, LIVER_DISEASE).withRedFlags(flag);

        CarePlan plan = plan(assessment);

        assertThat(plan.disposition()).isIn(Disposition.EMERGENCY, Disposition.URGENT);
        assertThat(plan.redFlags()).containsExactly(flag);
        assertThat(plan.recommendations()).isEmpty();
        assertThat(plan.avoid()).isEmpty();
        assertThat(plan.notRecommended()).isEmpty();
        assertThat(plan.multidisciplinaryRehabilitation()).isFalse();
        assertThat(plan.offersSelfCare()).isFalse();
        assertThat(plan.rulesVersion()).isNotBlank();
    }

    @ParameterizedTest(name = "should keep the self-care plan with the ROUTINE flag {0}")
    @EnumSource(names = {"SCIATICA", "FIRST_EPISODE_OVER_50"})
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
        Assessment acuteAdult = Assessment.of(ACUTE_DAY, MODERATE_PAIN).withAge(40);
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
                        acuteAdult.withRedFlags(RedFlag.FEVER, RedFlag.CANCER_HISTORY, RedFlag.WEIGHT_LOSS,
                                RedFlag.NIGHT_PAIN, RedFlag.IMMUNE_OR_DRUG_RISK, RedFlag.FRACTURE_RISK,
                                RedFlag.SCIATICA, RedFlag.FIRST_EPISODE_OVER_50),
                        Disposition.URGENT),
                Arguments.of("two ROUTINE flags stay ROUTINE",
                        acuteAdult.withRedFlags(RedFlag.SCIATICA, RedFlag.FIRST_EPISODE_OVER_50), Disposition.ROUTINE),
                Arguments.of("ROUTINE flag beats SELF_CARE", acuteAdult.withRedFlags(RedFlag.SCIATICA),
                        Disposition.ROUTINE),
                Arguments.of("no flag in an acute adult is SELF_CARE", acuteAdult, Disposition.SELF_CARE),
                Arguments.of("ROUTINE flag and SUBACUTE phase stay ROUTINE",
                        Assessment.of(SUBACUTE_DAY, MODERATE_PAIN).withRedFlags(RedFlag.SCIATICA),
                        Disposition.ROUTINE),
                Arguments.of("URGENT flag beats the CHRONIC phase",
                        Assessment.of(CHRONIC_DAY, MODERATE_PAIN).withRedFlags(RedFlag.FEVER), Disposition.URGENT),
                Arguments.of("URGENT flag beats pregnancy",
                        acuteAdult.withPregnant(true).withRedFlags(RedFlag.CANCER_HISTORY), Disposition.URGENT),
                Arguments.of("EMERGENCY flag beats being under 18",
                        acuteAdult.withAge(15).withRedFlags(RedFlag.CHEST_OR_ABDOMINAL_PAIN),
                        Disposition.EMERGENCY),
                Arguments.of("EMERGENCY flag beats every routine reason at once",
                        Assessment.of(CHRONIC_DAY, SEVERE_PAIN).withAge(16).withPregnant(true)
                                .withRedFlags(RedFlag.BLADDER_BOWEL_CHANGE),
                        Disposition.EMERGENCY));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("precedence")
    void shouldTakeTheMostSeriousDisposition(String rule, Assessment assessment, Disposition expected) {
        CarePlan plan = plan(assessment);

        assertThat(plan.disposition()).isEqualTo(expected);
        assertThat(plan.redFlags()).containsExactlyInAnyOrderElementsOf(assessment.redFlags());
    }

    static Stream<Arguments> routineWithoutRedFlags() {
        return Stream.of(
                Arguments.of("SUBACUTE from day 28", Assessment.of(28, MODERATE_PAIN),
                        List.of(RoutineReason.SUBACUTE_PHASE)),
                Arguments.of("SUBACUTE up to day 84", Assessment.of(84, MILD_PAIN),
                        List.of(RoutineReason.SUBACUTE_PHASE)),
                Arguments.of("CHRONIC from day 85", Assessment.of(85, MODERATE_PAIN),
                        List.of(RoutineReason.CHRONIC_PHASE)),
                Arguments.of("CHRONIC at day 3650", Assessment.of(3650, SEVERE_PAIN).withFlareUp(true),
                        List.of(RoutineReason.CHRONIC_PHASE)),
                Arguments.of("pregnant in the ACUTE phase",
                        Assessment.of(ACUTE_DAY, MODERATE_PAIN).withAge(30).withPregnant(true),
                        List.of(RoutineReason.PREGNANT)),
                Arguments.of("17 in the ACUTE phase", Assessment.of(ACUTE_DAY, MODERATE_PAIN).withAge(17),
                        List.of(RoutineReason.UNDER_18)),
                Arguments.of("1 in the ACUTE phase", Assessment.of(ACUTE_DAY, MILD_PAIN).withAge(1),
                        List.of(RoutineReason.UNDER_18)),
                Arguments.of("every reason at once",
                        Assessment.of(CHRONIC_DAY, MODERATE_PAIN).withAge(16).withPregnant(true),
                        List.of(RoutineReason.CHRONIC_PHASE, RoutineReason.PREGNANT, RoutineReason.UNDER_18)));
    }

    @ParameterizedTest(name = "should book a clinician and still offer self-care when {0}")
    @MethodSource("routineWithoutRedFlags")
    void shouldBookAClinicianAndStillOfferSelfCare(String situation, Assessment assessment,
            List<RoutineReason> expectedReasons) {
        CarePlan plan = plan(assessment);

        assertThat(plan.disposition()).isEqualTo(Disposition.ROUTINE);
        assertThat(plan.routineReasons()).containsExactlyInAnyOrderElementsOf(expectedReasons);
        assertThat(plan.recommendations()).isNotEmpty();
        assertThat(plan.notRecommended()).containsExactlyElementsOf(ALWAYS_NOT_RECOMMENDED);
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
                Arguments.of("a flare-up is reported in the ACUTE phase", acute.withFlareUp(true)));
    }

    @ParameterizedTest(name = "should offer self-care alone when {0}")
    @MethodSource("selfCareOnly")
    void shouldOfferSelfCareAloneWithoutAReasonForAClinician(String situation, Assessment assessment) {
        CarePlan plan = plan(assessment);

        assertThat(plan.disposition()).isEqualTo(Disposition.SELF_CARE);
        assertThat(plan.routineReasons()).isEmpty();
        assertThat(plan.recommendations()).isNotEmpty();
    }

    // ---------------------------------------------------------------- §5 safety factors, including age

    @ParameterizedTest(name = "at age {0}: {1}, muscle relaxants avoided by [{2}], NSAIDs need a professional: {3}")
    @CsvSource(delimiter = '|', textBlock = """
               | SELF_CARE |                | false
            1  | ROUTINE   | UNDER_18       | false
            17 | ROUTINE   | UNDER_18       | false
            18 | SELF_CARE |                | false
            64 | SELF_CARE |                | false
            65 | SELF_CARE | AGE_65_OR_OVER | true
            120| SELF_CARE | AGE_65_OR_OVER | true
            """)
    void shouldApplyTheAgeRulesAtEachBoundary(Integer age, Disposition disposition, SafetyFactor derivedFactor,
            boolean nsaidsNeedProfessional) {
        CarePlan plan = plan(Assessment.of(ACUTE_DAY, SEVERE_PAIN).withAge(age));

        assertThat(plan.disposition()).isEqualTo(disposition);
        if (derivedFactor == null) {
            assertThat(plan.avoid()).isEmpty();
            assertThat(treatments(plan)).contains(MUSCLE_RELAXANTS);
        } else {
            assertThat(plan.avoid()).containsExactly(avoided(MUSCLE_RELAXANTS, derivedFactor));
            assertThat(treatments(plan)).doesNotContain(MUSCLE_RELAXANTS);
        }
        PlannedTreatment nsaids = recommendation(plan, NSAIDS);
        assertThat(nsaids.needsProfessional()).isEqualTo(nsaidsNeedProfessional);
        assertThat(nsaids.professionalNoteKey() != null).isEqualTo(nsaidsNeedProfessional);
    }

    static Stream<Arguments> eachSafetyFactorAlone() {
        Assessment acuteSevereAdult = Assessment.of(ACUTE_DAY, SEVERE_PAIN).withAge(40);
        return Stream.of(
                Arguments.of(acuteSevereAdult.withSafetyFactors(STOMACH_ULCER_OR_BLEED),
                        List.of(avoided(NSAIDS, STOMACH_ULCER_OR_BLEED))),
                Arguments.of(acuteSevereAdult.withSafetyFactors(KIDNEY_DISEASE),
                        List.of(avoided(NSAIDS, KIDNEY_DISEASE))),
                Arguments.of(acuteSevereAdult.withSafetyFactors(HEART_DISEASE),
                        List.of(avoided(NSAIDS, HEART_DISEASE))),
                Arguments.of(acuteSevereAdult.withSafetyFactors(BLOOD_THINNERS),
                        List.of(avoided(NSAIDS, BLOOD_THINNERS), avoided(SPINAL_MANIPULATION, BLOOD_THINNERS))),
                Arguments.of(acuteSevereAdult.withSafetyFactors(LONG_TERM_STEROIDS),
                        List.of(avoided(NSAIDS, LONG_TERM_STEROIDS),
                                avoided(SPINAL_MANIPULATION, LONG_TERM_STEROIDS))),
                Arguments.of(acuteSevereAdult.withSafetyFactors(NSAID_ALLERGY),
                        List.of(avoided(NSAIDS, NSAID_ALLERGY))),
                Arguments.of(acuteSevereAdult.withSafetyFactors(LIVER_DISEASE),
                        List.of(avoided(MUSCLE_RELAXANTS, LIVER_DISEASE))),
                Arguments.of(acuteSevereAdult.withSafetyFactors(OSTEOPOROSIS),
                        List.of(avoided(SPINAL_MANIPULATION, OSTEOPOROSIS))),
                Arguments.of(acuteSevereAdult.withPregnant(true),
                        List.of(avoided(NSAIDS, PREGNANT), avoided(MUSCLE_RELAXANTS, PREGNANT))),
                Arguments.of(acuteSevereAdult.withAge(65), List.of(avoided(MUSCLE_RELAXANTS, AGE_65_OR_OVER))),
                Arguments.of(acuteSevereAdult.withAge(17), List.of(avoided(MUSCLE_RELAXANTS, UNDER_18))));
    }

    @ParameterizedTest(name = "{0} should avoid exactly {1}")
    @MethodSource("eachSafetyFactorAlone")
    void shouldAvoidExactlyTheTreatmentsOfEachSafetyFactor(Assessment assessment, List<AvoidedTreatment> expected) {
        CarePlan plan = plan(assessment);

        assertThat(plan.avoid()).containsExactlyInAnyOrderElementsOf(expected);
        List<String> remaining = new ArrayList<>(ACUTE_SEVERE_PLAN);
        expected.forEach(avoided -> remaining.removeIf(step -> step.startsWith(avoided.treatment().name())));
        assertThat(describe(plan)).containsExactlyElementsOf(remaining);
        assertStepsRunFromOne(plan);
    }

    static Stream<Arguments> avoidedOnlyWhenSuggested() {
        return Stream.of(
                Arguments.of("blood thinners at MILD: NSAIDs never suggested, manipulation avoided",
                        Assessment.of(ACUTE_DAY, MILD_PAIN).withSafetyFactors(BLOOD_THINNERS),
                        List.of(avoided(SPINAL_MANIPULATION, BLOOD_THINNERS))),
                Arguments.of("blood thinners at MODERATE: both avoided",
                        Assessment.of(ACUTE_DAY, MODERATE_PAIN).withSafetyFactors(BLOOD_THINNERS),
                        List.of(avoided(NSAIDS, BLOOD_THINNERS), avoided(SPINAL_MANIPULATION, BLOOD_THINNERS))),
                Arguments.of("NSAID allergy at MILD: nothing to avoid",
                        Assessment.of(ACUTE_DAY, 3).withSafetyFactors(NSAID_ALLERGY), List.of()),
                Arguments.of("NSAID allergy at pain 4: NSAIDs avoided",
                        Assessment.of(ACUTE_DAY, 4).withSafetyFactors(NSAID_ALLERGY),
                        List.of(avoided(NSAIDS, NSAID_ALLERGY))),
                Arguments.of("liver disease at MODERATE: muscle relaxants never suggested",
                        Assessment.of(ACUTE_DAY, 6).withSafetyFactors(LIVER_DISEASE), List.of()),
                Arguments.of("liver disease at SEVERE: muscle relaxants avoided",
                        Assessment.of(ACUTE_DAY, 7).withSafetyFactors(LIVER_DISEASE),
                        List.of(avoided(MUSCLE_RELAXANTS, LIVER_DISEASE))),
                Arguments.of("pregnant at MILD: no medicine suggested",
                        Assessment.of(ACUTE_DAY, MILD_PAIN).withPregnant(true), List.of()),
                Arguments.of("pregnant at MODERATE: NSAIDs avoided",
                        Assessment.of(ACUTE_DAY, MODERATE_PAIN).withPregnant(true),
                        List.of(avoided(NSAIDS, PREGNANT))),
                Arguments.of("17 at MODERATE: muscle relaxants never suggested",
                        Assessment.of(ACUTE_DAY, MODERATE_PAIN).withAge(17), List.of()),
                Arguments.of("70 at MODERATE: muscle relaxants never suggested",
                        Assessment.of(ACUTE_DAY, MODERATE_PAIN).withAge(70), List.of()),
                Arguments.of("osteoporosis at MILD: manipulation is always suggested, so avoided",
                        Assessment.of(ACUTE_DAY, MILD_PAIN).withSafetyFactors(OSTEOPOROSIS),
                        List.of(avoided(SPINAL_MANIPULATION, OSTEOPOROSIS))),
                Arguments.of("stomach ulcer SUBACUTE at MILD: nothing to avoid",
                        Assessment.of(SUBACUTE_DAY, MILD_PAIN).withSafetyFactors(STOMACH_ULCER_OR_BLEED),
                        List.of()),
                Arguments.of("stomach ulcer SUBACUTE at MODERATE: NSAIDs avoided",
                        Assessment.of(SUBACUTE_DAY, MODERATE_PAIN).withSafetyFactors(STOMACH_ULCER_OR_BLEED),
                        List.of(avoided(NSAIDS, STOMACH_ULCER_OR_BLEED))),
                Arguments.of("kidney disease CHRONIC at MODERATE without a flare-up: NSAIDs never suggested",
                        Assessment.of(CHRONIC_DAY, MODERATE_PAIN).withFlareUp(false)
                                .withSafetyFactors(KIDNEY_DISEASE),
                        List.of()),
                Arguments.of("kidney disease CHRONIC at MODERATE with a flare-up: NSAIDs avoided",
                        Assessment.of(CHRONIC_DAY, MODERATE_PAIN).withFlareUp(true)
                                .withSafetyFactors(KIDNEY_DISEASE),
                        List.of(avoided(NSAIDS, KIDNEY_DISEASE))),
                Arguments.of("70 CHRONIC at SEVERE, flare-up unanswered: muscle relaxants never suggested",
                        Assessment.of(CHRONIC_DAY, SEVERE_PAIN).withAge(70), List.of()),
                Arguments.of("70 CHRONIC at SEVERE with a flare-up: muscle relaxants avoided",
                        Assessment.of(CHRONIC_DAY, SEVERE_PAIN).withAge(70).withFlareUp(true),
                        List.of(avoided(MUSCLE_RELAXANTS, AGE_65_OR_OVER))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("avoidedOnlyWhenSuggested")
    void shouldListATreatmentAsAvoidedOnlyWhenThePhaseWouldHaveSuggestedIt(String situation, Assessment assessment,
            List<AvoidedTreatment> expected) {
        CarePlan plan = plan(assessment);

        assertThat(plan.avoid()).containsExactlyInAnyOrderElementsOf(expected);
        for (AvoidedTreatment avoided : expected) {
            assertThat(treatments(plan)).doesNotContain(avoided.treatment());
        }
    }

    @Test
    void shouldListEveryFactorThatExcludesATreatmentInDeclarationOrder() {
        SafetyFactor[] reportedInReverse = SafetyFactor.reportable().stream()
                .sorted((a, b) -> b.compareTo(a)).toArray(SafetyFactor[]::new);
        Assessment assessment = Assessment.of(ACUTE_DAY, SEVERE_PAIN).withAge(17).withPregnant(true)
                .withSafetyFactors(reportedInReverse);

        CarePlan plan = plan(assessment);

        assertThat(plan.avoid()).containsExactlyInAnyOrder(
                avoided(NSAIDS, STOMACH_ULCER_OR_BLEED, KIDNEY_DISEASE, HEART_DISEASE, BLOOD_THINNERS,
                        LONG_TERM_STEROIDS, NSAID_ALLERGY, PREGNANT),
                avoided(MUSCLE_RELAXANTS, LIVER_DISEASE, PREGNANT, UNDER_18),
                avoided(SPINAL_MANIPULATION, BLOOD_THINNERS, LONG_TERM_STEROIDS, OSTEOPOROSIS));
        assertThat(describe(plan)).containsExactly("HEAT_COLD:HEAT", "REST_ACTIVITY",
                "PHYSICAL_THERAPY:HOME_STRETCHING", "MASSAGE");
        assertStepsRunFromOne(plan);
    }

    @Test
    void shouldListLiverDiseasePregnancyAndAgeTogetherAgainstMuscleRelaxantsFrom65() {
        CarePlan plan = plan(Assessment.of(SUBACUTE_DAY, SEVERE_PAIN).withAge(66).withPregnant(true)
                .withSafetyFactors(LIVER_DISEASE));

        assertThat(plan.avoid()).containsExactlyInAnyOrder(
                avoided(NSAIDS, PREGNANT),
                avoided(MUSCLE_RELAXANTS, LIVER_DISEASE, PREGNANT, AGE_65_OR_OVER));
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
            3650| 8 | true  | PHYSICAL_THERAPY:SUPERVISED_EXERCISE, REST_ACTIVITY, HEAT_COLD:HEAT, MASSAGE, SPINAL_MANIPULATION, NSAIDS, MUSCLE_RELAXANTS
            """)
    void shouldRecommendThePhaseTreatmentsInStepOrder(int durationDays, int painScore, Boolean flareUp,
            String expected) {
        CarePlan plan = plan(Assessment.of(durationDays, painScore).withAge(40).withFlareUp(flareUp));

        assertThat(describe(plan)).containsExactlyElementsOf(Arrays.asList(expected.split(",\\s*")));
        assertStepsRunFromOne(plan);
    }

    @ParameterizedTest(name = "day {0}, pain {1}, flare-up {2}, age {3}: only {4} need a professional")
    @CsvSource(delimiter = '|', textBlock = """
            # day | pain | flareUp | age | treatments that need a professional
            10  | 2 |      |     | SPINAL_MANIPULATION
            0   | 8 |      | 30  | MUSCLE_RELAXANTS, SPINAL_MANIPULATION
            10  | 8 |      | 64  | MUSCLE_RELAXANTS, SPINAL_MANIPULATION
            10  | 8 |      | 65  | NSAIDS, SPINAL_MANIPULATION
            10  | 5 |      | 90  | NSAIDS, SPINAL_MANIPULATION
            28  | 2 |      | 30  | PHYSICAL_THERAPY, SPINAL_MANIPULATION
            40  | 8 |      | 30  | PHYSICAL_THERAPY, SPINAL_MANIPULATION, MUSCLE_RELAXANTS
            84  | 5 |      | 65  | PHYSICAL_THERAPY, SPINAL_MANIPULATION, NSAIDS
            85  | 2 |      | 30  | PHYSICAL_THERAPY, SPINAL_MANIPULATION
            200 | 8 | true | 30  | PHYSICAL_THERAPY, SPINAL_MANIPULATION, MUSCLE_RELAXANTS
            200 | 8 | true | 64  | PHYSICAL_THERAPY, SPINAL_MANIPULATION, MUSCLE_RELAXANTS
            200 | 5 | true | 65  | PHYSICAL_THERAPY, SPINAL_MANIPULATION, NSAIDS
            """)
    void shouldInvolveAProfessionalExactlyWhereTheRulesSay(int durationDays, int painScore, Boolean flareUp,
            Integer age, String professionalTreatments) {
        List<TreatmentCode> needProfessional = Arrays.stream(professionalTreatments.split(",\\s*"))
                .map(TreatmentCode::valueOf).toList();

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
    void shouldGiveEveryRecommendationAReasonAndEvidence() {
        CarePlan plan = plan(Assessment.of(CHRONIC_DAY, SEVERE_PAIN).withFlareUp(true));

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
        CarePlan plan = plan(Assessment.of(durationDays, painScore).withFlareUp(flareUp));

        assertThat(plan.multidisciplinaryRehabilitation()).isEqualTo(expected);
    }

    static Stream<Assessment> plansOfferingSelfCare() {
        return Stream.of(
                Assessment.of(0, 0),
                Assessment.of(ACUTE_DAY, SEVERE_PAIN).withSafetyFactors(SafetyFactor.reportable()
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

    @ParameterizedTest(name = "{0}")
    @MethodSource("plansOfferingSelfCare")
    void shouldStampEverySelfCarePlanWithTheRulesVersion(Assessment assessment) {
        assertThat(plan(assessment).rulesVersion()).isNotBlank();
    }

    @Test
    void shouldStampAnEmergencyPlanWithTheRulesVersion() {
        assertThat(plan(Assessment.of(ACUTE_DAY, MILD_PAIN).withRedFlags(RedFlag.SADDLE_NUMBNESS)).rulesVersion())
                .isNotBlank();
    }

    // ---------------------------------------------------------------- helpers

    private CarePlan plan(Assessment assessment) {
        return planner.plan(assessment);
    }

    private static AvoidedTreatment avoided(TreatmentCode treatment, SafetyFactor... factors) {
        return new AvoidedTreatment(treatment, List.of(factors));
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
