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

    /** §5's table, restated: the factors that rule NSAIDs out, and the ones that only call for a check first. */
    private static final Set<SafetyFactor> AVOIDS_NSAIDS = Set.of(SafetyFactor.STOMACH_ULCER_OR_BLEED,
            SafetyFactor.KIDNEY_DISEASE, SafetyFactor.HEART_DISEASE, SafetyFactor.BLOOD_THINNERS,
            SafetyFactor.LONG_TERM_STEROIDS, SafetyFactor.NSAID_ALLERGY, SafetyFactor.LIVER_DISEASE,
            SafetyFactor.LITHIUM, SafetyFactor.PREGNANT);
    private static final Set<SafetyFactor> CAUTIONS_NSAIDS = Set.of(SafetyFactor.BLOOD_PRESSURE_TABLETS,
            SafetyFactor.ANTIDEPRESSANTS, SafetyFactor.ASTHMA, SafetyFactor.AGE_65_OR_OVER, SafetyFactor.AGE_NOT_GIVEN,
            SafetyFactor.AGE_16_OR_17, SafetyFactor.UNDER_16);

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
    void theDispositionShouldBeTheMostSeriousOfTheRedFlagsTheUrgentReasonsAndTheRoutineReasons() {
        qt().withExamples(EXAMPLES).forAll(assessments()).checkAssert(assessment -> {
            Disposition expected = needsUrgentReview(assessment) ? Disposition.URGENT
                    : needsRoutineReview(assessment) ? Disposition.ROUTINE : Disposition.SELF_CARE;
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
            CarePlan plan = planner.plan(assessment);
            List<SafetyFactor> listed = Stream.concat(plan.avoid().stream().flatMap(avoided -> avoided.factors().stream()),
                    plan.recommendations().stream().flatMap(step -> step.cautions().stream())).toList();

            if (listed.contains(SafetyFactor.PREGNANT)) {
                assertThat(assessment.pregnant()).isTrue();
            }
            if (listed.contains(SafetyFactor.AGE_65_OR_OVER)) {
                assertThat(assessment.age()).isNotNull().isGreaterThanOrEqualTo(65);
            }
            if (listed.contains(SafetyFactor.AGE_16_OR_17)) {
                assertThat(assessment.age()).isNotNull().isBetween(16, 17);
            }
            if (listed.contains(SafetyFactor.UNDER_16)) {
                assertThat(assessment.age()).isNotNull().isLessThan(16);
            }
            if (listed.contains(SafetyFactor.AGE_NOT_GIVEN)) {
                assertThat(assessment.age()).isNull();
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
            Set<SafetyFactor> applying = applyingFactors(assessment);
            boolean nsaidCaution = applying.stream().anyMatch(factor -> CAUTIONS_NSAIDS.contains(factor));
            for (PlannedTreatment step : plan.recommendations()) {
                boolean expected = switch (step.treatment()) {
                    case MUSCLE_RELAXANTS, SPINAL_MANIPULATION -> true;
                    case PHYSICAL_THERAPY -> plan.phase() != Phase.ACUTE;
                    case NSAIDS -> nsaidCaution;
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

    // ---------------------------------------------------------------- version 2 safety properties

    @Test
    void aCautionFactorShouldAlwaysMakeItsStepNeedAProfessional() {
        qt().withExamples(EXAMPLES).forAll(assessments()).checkAssert(assessment -> {
            for (PlannedTreatment step : planner.plan(assessment).recommendations()) {
                assertThat(step.cautions()).allMatch(factor -> factor.cautions(step.treatment()), "cautions " + step.treatment());
                if (!step.cautions().isEmpty()) {
                    assertThat(step.needsProfessional()).as("%s with cautions %s", step.treatment(), step.cautions())
                            .isTrue();
                }
                assertThat(step.cautions()).containsExactlyElementsOf(Stream.of(SafetyFactor.values())
                        .filter(applyingFactors(assessment)::contains)
                        .filter(factor -> factor.cautions(step.treatment()))
                        .toList());
            }
        });
    }

    @Test
    void nobodyPregnantShouldEverBeSelfCare() {
        qt().withExamples(EXAMPLES).forAll(assessments().map(assessment -> assessment.withPregnant(true)))
                .checkAssert(assessment -> {
                    CarePlan plan = planner.plan(assessment);
                    assertThat(plan.disposition()).isNotEqualTo(Disposition.SELF_CARE);
                    assertThat(treatments(plan)).doesNotContain(TreatmentCode.NSAIDS, TreatmentCode.MUSCLE_RELAXANTS);
                    assertThat(plan.pregnancyWarningSigns()).isEqualTo(plan.disposition() != Disposition.EMERGENCY);
                    assertThat(plan.painReliefAdvice()).isEqualTo(plan.disposition() != Disposition.EMERGENCY);
                });
    }

    @Test
    void nobodyUnder18ShouldBeOfferedMuscleRelaxantsOrManipulationAndTheirNsaidsAlwaysCarryACaution() {
        Gen<Assessment> minors = assessments().zip(integers().between(Assessment.MIN_AGE, 17),
                (assessment, age) -> assessment.withAge(age));
        qt().withExamples(EXAMPLES).forAll(minors).checkAssert(assessment -> {
            CarePlan plan = planner.plan(assessment);
            assertThat(treatments(plan)).doesNotContain(TreatmentCode.MUSCLE_RELAXANTS,
                    TreatmentCode.SPINAL_MANIPULATION);
            plan.recommendations().stream().filter(step -> step.treatment() == TreatmentCode.NSAIDS)
                    .forEach(nsaids -> {
                        assertThat(nsaids.cautions()).containsAnyOf(SafetyFactor.UNDER_16, SafetyFactor.AGE_16_OR_17);
                        assertThat(nsaids.needsProfessional()).isTrue();
                    });
            assertThat(plan.disposition()).isNotEqualTo(Disposition.SELF_CARE);
        });
    }

    @Test
    void withoutAnAgeNeitherMuscleRelaxantsNorManipulationShouldBeOffered() {
        qt().withExamples(EXAMPLES).forAll(assessments().map(assessment -> assessment.withAge(null)))
                .checkAssert(assessment -> assertThat(treatments(planner.plan(assessment)))
                        .doesNotContain(TreatmentCode.MUSCLE_RELAXANTS, TreatmentCode.SPINAL_MANIPULATION));
    }

    @Test
    void emergencyAndUrgentPlansShouldRecommendNothingAndOnlyAPregnantPersonAtUrgentGetsPainReliefAdvice() {
        qt().withExamples(EXAMPLES).forAll(assessments()).checkAssert(assessment -> {
            CarePlan plan = planner.plan(assessment);
            if (!plan.offersSelfCare()) {
                assertThat(plan.recommendations()).isEmpty();
                assertThat(plan.multidisciplinaryRehabilitation()).isFalse();
                assertThat(plan.painReliefAdvice())
                        .isEqualTo(plan.disposition() == Disposition.URGENT && pregnant(assessment));
            }
        });
    }

    @Test
    void aSeverePlanWithNsaidsRuledOutShouldNeverBeSelfCare() {
        qt().withExamples(EXAMPLES).forAll(assessments()).checkAssert(assessment -> {
            CarePlan plan = planner.plan(assessment);
            boolean nsaidsRuledOut = plan.avoid().stream().anyMatch(avoided -> avoided.treatment() == TreatmentCode.NSAIDS);
            if (plan.severity() == Severity.SEVERE && nsaidsRuledOut) {
                assertThat(plan.disposition()).isNotEqualTo(Disposition.SELF_CARE);
                assertThat(plan.routineReasons()).contains(RoutineReason.NO_SAFE_PAIN_RELIEF);
                assertThat(plan.painReliefAdvice()).isTrue();
            }
        });
    }

    @Test
    void theChronicPhaseShouldNeverOfferMuscleRelaxants() {
        qt().withExamples(EXAMPLES).forAll(assessments()).checkAssert(assessment -> {
            CarePlan plan = planner.plan(assessment);
            if (plan.phase() == Phase.CHRONIC) {
                assertThat(treatments(plan)).doesNotContain(TreatmentCode.MUSCLE_RELAXANTS);
                assertThat(plan.avoid()).extracting(AvoidedTreatment::treatment)
                        .doesNotContain(TreatmentCode.MUSCLE_RELAXANTS);
            }
        });
    }

    @Test
    void theReasonsShouldBeWorkedOutWhateverTheDisposition() {
        qt().withExamples(EXAMPLES).forAll(assessments()).checkAssert(assessment -> {
            CarePlan plan = planner.plan(assessment);
            assertThat(plan.urgentReasons().isEmpty()).isEqualTo(!needsUrgentReview(assessment));
            assertThat(plan.routineReasons().isEmpty()).isEqualTo(!needsRoutineReview(assessment));
            assertThat(plan.urgentReasons()).isSorted();
            assertThat(plan.routineReasons()).isSorted();
            assertThat(plan.redFlags()).isSorted();
        });
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
                .mix(arbitrary().pick(1, 9, 10, 15, 16, 17, 18, 64, 65, Assessment.MAX_AGE), 40)
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

    /**
     * §4: URGENT for a possible fragility fracture (ACUTE, SEVERE, thin bones or steroid tablets), severe pain
     * in pregnancy, or a child under 10.
     */
    private static boolean needsUrgentReview(Assessment assessment) {
        boolean severe = assessment.painScore() >= 7;
        boolean fragility = expectedPhase(assessment.durationDays()) == Phase.ACUTE && severe
                && (assessment.safetyFactors().contains(SafetyFactor.OSTEOPOROSIS)
                        || assessment.safetyFactors().contains(SafetyFactor.LONG_TERM_STEROIDS));
        return fragility || (pregnant(assessment) && severe) || (assessment.age() != null && assessment.age() < 10);
    }

    /** §4: ROUTINE when SUBACUTE or CHRONIC, when pregnant, under 18, or severe with NSAIDs ruled out. */
    private static boolean needsRoutineReview(Assessment assessment) {
        return expectedPhase(assessment.durationDays()) != Phase.ACUTE
                || pregnant(assessment)
                || (assessment.age() != null && assessment.age() < 18)
                || (assessment.painScore() >= 7 && nsaidsWouldApply(assessment) && nsaidsRuledOut(assessment));
    }

    /** §6: NSAIDs at MODERATE or SEVERE, and in CHRONIC only for a flare-up. */
    private static boolean nsaidsWouldApply(Assessment assessment) {
        boolean moderateOrWorse = assessment.painScore() >= 4;
        return expectedPhase(assessment.durationDays()) == Phase.CHRONIC
                ? moderateOrWorse && Boolean.TRUE.equals(assessment.flareUp())
                : moderateOrWorse;
    }

    private static boolean nsaidsRuledOut(Assessment assessment) {
        return applyingFactors(assessment).stream().anyMatch(AVOIDS_NSAIDS::contains);
    }

    private static boolean pregnant(Assessment assessment) {
        return Boolean.TRUE.equals(assessment.pregnant());
    }

    /** §5: the reported factors plus the ones derived from pregnancy and age. */
    private static Set<SafetyFactor> applyingFactors(Assessment assessment) {
        Set<SafetyFactor> applying = new HashSet<>(assessment.safetyFactors());
        if (pregnant(assessment)) {
            applying.add(SafetyFactor.PREGNANT);
        }
        Integer age = assessment.age();
        if (age == null) {
            applying.add(SafetyFactor.AGE_NOT_GIVEN);
        } else if (age >= 65) {
            applying.add(SafetyFactor.AGE_65_OR_OVER);
        } else if (age <= 15) {
            applying.add(SafetyFactor.UNDER_16);
        } else if (age <= 17) {
            applying.add(SafetyFactor.AGE_16_OR_17);
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
