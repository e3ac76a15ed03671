package org.spasmcare.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of docs/clinical-rules.md §2 to §7 that must hold for every valid assessment, checked over the
 * whole input space of §1.
 */
class CarePlannerPropertiesTest {

    private static final int EXAMPLES = 2000;

    /** §3: dispositions, highest first. */
    private static final List<Disposition> MOST_SERIOUS_FIRST = List.of(Disposition.EMERGENCY, Disposition.URGENT,
            Disposition.ROUTINE, Disposition.SELF_CARE);

    private static final List<NotRecommended> ALWAYS_NOT_RECOMMENDED = List.of(NotRecommended.LUMBAR_SUPPORT,
            NotRecommended.TENS, NotRecommended.PROLONGED_BED_REST, NotRecommended.PARACETAMOL_ALONE);

    private final CarePlanner planner = new CarePlanner();

    // ---------------------------------------------------------------- §4 disposition

    @Test
    void emergencyAndUrgentPlansShouldHoldNoRecommendationsNoAvoidListAndNoNotRecommendedList() {
        qt().withExamples(EXAMPLES).forAll(assessments()).checkAssert(assessment -> {
            CarePlan plan = planner.plan(assessment);
            if (plan.disposition() == Disposition.EMERGENCY || plan.disposition() == Disposition.URGENT) {
                assertThat(plan.recommendations()).isEmpty();
                assertThat(plan.avoid()).isEmpty();
                assertThat(plan.notRecommended()).isEmpty();
            }
        });
    }

    @Test
    void plansOfferingSelfCareShouldAlwaysListTheFourNotRecommendedTreatments() {
        qt().withExamples(EXAMPLES).forAll(assessments()).checkAssert(assessment -> {
            CarePlan plan = planner.plan(assessment);
            if (plan.disposition() == Disposition.ROUTINE || plan.disposition() == Disposition.SELF_CARE) {
                assertThat(plan.notRecommended()).containsExactlyElementsOf(ALWAYS_NOT_RECOMMENDED);
                assertThat(plan.recommendations()).isNotEmpty();
            }
        });
    }

    @Test
    void theDispositionShouldNeverBeLessSeriousThanAnyGivenRedFlag() {
        qt().withExamples(EXAMPLES).forAll(assessments()).checkAssert(assessment -> {
            CarePlan plan = planner.plan(assessment);
            for (RedFlag flag : assessment.redFlags()) {
                assertThat(rank(plan.disposition())).as("%s against %s", plan.disposition(), flag)
                        .isLessThanOrEqualTo(rank(flag.disposition()));
            }
        });
    }

    @Test
    void anyEmergencyRedFlagShouldMakeThePlanEmergency() {
        List<RedFlag> emergencyFlags = Stream.of(RedFlag.values())
                .filter(flag -> flag.disposition() == Disposition.EMERGENCY).toList();
        Gen<Assessment> withAnEmergencyFlag = assessments().zip(arbitrary().pick(emergencyFlags),
                (assessment, flag) -> assessment.withRedFlags(Stream.concat(assessment.redFlags().stream(),
                        Stream.of(flag)).distinct().toArray(RedFlag[]::new)));

        qt().withExamples(EXAMPLES).forAll(withAnEmergencyFlag)
                .check(assessment -> planner.plan(assessment).disposition() == Disposition.EMERGENCY);
    }

    @Test
    void theDispositionShouldBeTheMostSeriousOfTheRedFlagsAndTheRoutineReasons() {
        qt().withExamples(EXAMPLES).forAll(assessments()).checkAssert(assessment -> {
            Disposition expected = needsRoutineReview(assessment) ? Disposition.ROUTINE : Disposition.SELF_CARE;
            for (RedFlag flag : assessment.redFlags()) {
                if (rank(flag.disposition()) < rank(expected)) {
                    expected = flag.disposition();
                }
            }

            CarePlan plan = planner.plan(assessment);

            assertThat(plan.disposition()).isEqualTo(expected);
            assertThat(plan.redFlags()).containsExactlyInAnyOrderElementsOf(assessment.redFlags());
        });
    }

    // ---------------------------------------------------------------- §2 derived values

    @Test
    void phaseAndSeverityShouldFollowTheThresholds() {
        qt().withExamples(EXAMPLES).forAll(assessments()).checkAssert(assessment -> {
            CarePlan plan = planner.plan(assessment);

            assertThat(plan.phase()).isEqualTo(expectedPhase(assessment.durationDays()));
            assertThat(plan.severity()).isEqualTo(expectedSeverity(assessment.painScore()));
            assertThat(plan.withinFirst48Hours()).isEqualTo(assessment.durationDays() <= 1);
        });
    }

    // ---------------------------------------------------------------- §5 safety factors

    @Test
    void anAvoidedTreatmentShouldNeverBeRecommended() {
        qt().withExamples(EXAMPLES).forAll(assessments()).checkAssert(assessment -> {
            CarePlan plan = planner.plan(assessment);
            Set<SafetyFactor> applying = applyingFactors(assessment);

            for (AvoidedTreatment avoided : plan.avoid()) {
                assertThat(treatments(plan)).doesNotContain(avoided.treatment());
            }
            assertThat(treatments(plan)).allSatisfy(treatment -> assertThat(applying)
                    .as("factors that avoid the recommended %s", treatment)
                    .noneMatch(factor -> factor.avoids(treatment)));
        });
    }

    @Test
    void everyFactorListedInAvoidShouldActuallyAvoidThatTreatment() {
        qt().withExamples(EXAMPLES).forAll(assessments()).checkAssert(assessment -> {
            for (AvoidedTreatment avoided : planner.plan(assessment).avoid()) {
                assertThat(avoided.factors()).isNotEmpty()
                        .allMatch(factor -> factor.avoids(avoided.treatment()), "avoids " + avoided.treatment());
            }
        });
    }

    @Test
    void anAvoidedTreatmentShouldListEveryApplyingFactorThatExcludesItInDeclarationOrder() {
        qt().withExamples(EXAMPLES).forAll(assessments()).checkAssert(assessment -> {
            Set<SafetyFactor> applying = applyingFactors(assessment);
            CarePlan plan = planner.plan(assessment);

            assertThat(plan.avoid()).extracting(AvoidedTreatment::treatment).doesNotHaveDuplicates();
            for (AvoidedTreatment avoided : plan.avoid()) {
                assertThat(avoided.factors()).containsExactlyElementsOf(Stream.of(SafetyFactor.values())
                        .filter(applying::contains)
                        .filter(factor -> factor.avoids(avoided.treatment()))
                        .toList());
            }
        });
    }

    @Test
    void derivedFactorsShouldAppearOnlyWhenPregnancyOrAgeJustifyThem() {
        qt().withExamples(EXAMPLES).forAll(assessments()).checkAssert(assessment -> {
            List<SafetyFactor> listed = planner.plan(assessment).avoid().stream()
                    .flatMap(avoided -> avoided.factors().stream()).toList();

            if (listed.contains(SafetyFactor.PREGNANT)) {
                assertThat(assessment.pregnant()).isTrue();
            }
            if (listed.contains(SafetyFactor.AGE_65_OR_OVER)) {
                assertThat(assessment.age()).isNotNull().isGreaterThanOrEqualTo(65);
            }
            if (listed.contains(SafetyFactor.UNDER_18)) {
                assertThat(assessment.age()).isNotNull().isLessThan(18);
            }
            assertThat(listed).filteredOn(factor -> !factor.isDerived())
                    .allMatch(assessment.safetyFactors()::contains, "reported in the assessment");
        });
    }

    // ---------------------------------------------------------------- §6 recommendations

    @Test
    void noTreatmentShouldBeRecommendedTwice() {
        qt().withExamples(EXAMPLES).forAll(assessments())
                .checkAssert(assessment -> assertThat(treatments(planner.plan(assessment))).doesNotHaveDuplicates());
    }

    @Test
    void stepsShouldRunExactlyFromOneToTheNumberOfRecommendations() {
        qt().withExamples(EXAMPLES).forAll(assessments()).checkAssert(assessment -> {
            List<PlannedTreatment> recommendations = planner.plan(assessment).recommendations();

            assertThat(recommendations).extracting(PlannedTreatment::step).containsExactlyElementsOf(
                    IntStream.rangeClosed(1, recommendations.size()).boxed().toList());
        });
    }

    @Test
    void everyRecommendationShouldHaveAReasonAndEvidence() {
        qt().withExamples(EXAMPLES).forAll(assessments()).checkAssert(assessment -> assertThat(
                planner.plan(assessment).recommendations()).allSatisfy(step -> {
                    assertThat(step.reasonKey()).isNotBlank();
                    assertThat(step.evidenceKey()).isNotBlank();
                }));
    }

    @Test
    void aProfessionalNoteShouldBeGivenExactlyWhenAProfessionalIsNeeded() {
        qt().withExamples(EXAMPLES).forAll(assessments()).checkAssert(assessment -> assertThat(
                planner.plan(assessment).recommendations()).allSatisfy(step -> assertThat(
                        step.professionalNoteKey() != null).as("%s has a professional note", step.treatment())
                        .isEqualTo(step.needsProfessional())));
    }

    @Test
    void aProfessionalShouldBeNeededExactlyWhereTheRulesSay() {
        qt().withExamples(EXAMPLES).forAll(assessments()).checkAssert(assessment -> {
            CarePlan plan = planner.plan(assessment);
            boolean olderAdult = assessment.age() != null && assessment.age() >= 65;
            for (PlannedTreatment step : plan.recommendations()) {
                boolean expected = switch (step.treatment()) {
                    case MUSCLE_RELAXANTS, SPINAL_MANIPULATION -> true;
                    case PHYSICAL_THERAPY -> plan.phase() != Phase.ACUTE;
                    case NSAIDS -> olderAdult;
                    case REST_ACTIVITY, HEAT_COLD, MASSAGE -> false;
                };
                assertThat(step.needsProfessional()).as("%s needs a professional", step.treatment())
                        .isEqualTo(expected);
            }
        });
    }

    // ---------------------------------------------------------------- §7 output

    @Test
    void theSameInputShouldAlwaysGiveAnEqualPlan() {
        qt().withExamples(EXAMPLES).forAll(assessments()).checkAssert(assessment -> {
            Assessment builtSeparately = new Assessment(assessment.durationDays(), assessment.painScore(),
                    new HashSet<>(assessment.redFlags()), new HashSet<>(assessment.safetyFactors()),
                    assessment.age(), assessment.pregnant(), assessment.flareUp());
            CarePlan first = planner.plan(assessment);

            assertThat(planner.plan(assessment)).isEqualTo(first);
            assertThat(planner.plan(builtSeparately)).isEqualTo(first);
            assertThat(new CarePlanner().plan(builtSeparately)).isEqualTo(first);
        });
    }

    @Test
    void everyPlanShouldCarryTheRulesVersion() {
        qt().withExamples(EXAMPLES).forAll(assessments())
                .checkAssert(assessment -> assertThat(planner.plan(assessment).rulesVersion()).isNotBlank());
    }

    // ---------------------------------------------------------------- generators

    /** Every valid assessment of §1, with extra weight on the boundaries of §2 and the age rules. */
    static Gen<Assessment> assessments() {
        Gen<Integer> durations = Generate.frequency(List.of(
                Pair.of(3, integers().between(0, Assessment.MAX_DURATION_DAYS)),
                Pair.of(2, integers().between(0, 120)),
                Pair.of(2, arbitrary().pick(0, 1, 2, 27, 28, 84, 85, Assessment.MAX_DURATION_DAYS))));
        Gen<Integer> painScores = integers().between(0, Assessment.MAX_PAIN_SCORE);
        Gen<Integer> ages = integers().between(Assessment.MIN_AGE, Assessment.MAX_AGE)
                .mix(arbitrary().pick(1, 17, 18, 64, 65, Assessment.MAX_AGE), 40)
                .toOptionals(20)
                .map(age -> age.orElse(null));

        return durations
                .zip(painScores, subsetsOf(List.of(RedFlag.values())),
                        subsetsOf(List.copyOf(SafetyFactor.reportable())),
                        (durationDays, painScore, redFlags, safetyFactors) -> new Assessment(durationDays, painScore,
                                redFlags, safetyFactors, null, null, null))
                .zip(ages, nullableBooleans(), nullableBooleans(),
                        (base, age, pregnant, flareUp) -> new Assessment(base.durationDays(), base.painScore(),
                                base.redFlags(), base.safetyFactors(), age, pregnant, flareUp))
                .describedAs(Assessment::toString);
    }

    /** Often empty, often a single code, otherwise any subset at all. */
    private static <E> Gen<Set<E>> subsetsOf(List<E> universe) {
        Gen<Set<E>> none = Generate.constant(Set.of());
        Gen<Set<E>> single = arbitrary().pick(universe).map(element -> Set.of(element));
        Gen<Set<E>> any = integers().between(0, (1 << universe.size()) - 1)
                .map(mask -> IntStream.range(0, universe.size())
                        .filter(bit -> (mask & (1 << bit)) != 0)
                        .mapToObj(universe::get)
                        .collect(Collectors.toUnmodifiableSet()));
        return Generate.frequency(List.of(Pair.of(4, none), Pair.of(2, single), Pair.of(3, any)));
    }

    private static Gen<Boolean> nullableBooleans() {
        return booleans().all().toOptionals(33).map(answer -> answer.orElse(null));
    }

    // ---------------------------------------------------------------- the rules, restated from the page

    private static Phase expectedPhase(int durationDays) {
        if (durationDays <= 27) {
            return Phase.ACUTE;
        }
        return durationDays <= 84 ? Phase.SUBACUTE : Phase.CHRONIC;
    }

    private static Severity expectedSeverity(int painScore) {
        if (painScore <= 3) {
            return Severity.MILD;
        }
        return painScore <= 6 ? Severity.MODERATE : Severity.SEVERE;
    }

    /** §4: ROUTINE when SUBACUTE or CHRONIC, when pregnant, or when under 18. */
    private static boolean needsRoutineReview(Assessment assessment) {
        return expectedPhase(assessment.durationDays()) != Phase.ACUTE
                || Boolean.TRUE.equals(assessment.pregnant())
                || (assessment.age() != null && assessment.age() < 18);
    }

    /** §5: the reported factors plus the three derived from pregnancy and age. */
    private static Set<SafetyFactor> applyingFactors(Assessment assessment) {
        Set<SafetyFactor> applying = new HashSet<>(assessment.safetyFactors());
        if (Boolean.TRUE.equals(assessment.pregnant())) {
            applying.add(SafetyFactor.PREGNANT);
        }
        if (assessment.age() != null && assessment.age() >= 65) {
            applying.add(SafetyFactor.AGE_65_OR_OVER);
        }
        if (assessment.age() != null && assessment.age() < 18) {
            applying.add(SafetyFactor.UNDER_18);
        }
        return applying;
    }

    private static int rank(Disposition disposition) {
        return MOST_SERIOUS_FIRST.indexOf(disposition);
    }

    private static List<TreatmentCode> treatments(CarePlan plan) {
        return plan.recommendations().stream().map(PlannedTreatment::treatment).toList();
    }
}
