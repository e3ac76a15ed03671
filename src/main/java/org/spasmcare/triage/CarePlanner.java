package org.spasmcare.triage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * From an assessment to a care plan, implementing docs/clinical-rules.md (version 2) §2 to §7. A pure
 * function: no state, no clock, no I/O; the same assessment always gives the same plan.
 */
public final class CarePlanner {

    /** Changes whenever a rule changes, so a saved plan says which rules made it. */
    public static final String RULES_VERSION = "2026-11-30.2";

    static final int OLDER_ADULT_AGE = 65;
    static final int ADULT_AGE = 18;
    static final int TEENAGER_AGE = 16;
    static final int YOUNG_CHILD_AGE = 10;

    /**
     * A treatment the phase may suggest (§6): when it applies, and whether a professional must always be
     * involved. A caution factor (§5) makes any step need a professional as well.
     */
    private record Candidate(TreatmentCode treatment, Variant variant, Predicate<Facts> applies,
            boolean alwaysNeedsProfessional) {
    }

    /** Everything the rules look at, worked out once per assessment. */
    private record Facts(Assessment assessment, Phase phase, Severity severity, Set<SafetyFactor> safetyFactors) {

        boolean atLeast(Severity level) {
            return severity.isAtLeast(level);
        }

        boolean flareUp() {
            return assessment.isFlareUp();
        }

        boolean pregnant() {
            return assessment.isPregnant();
        }

        boolean ageUnder(int years) {
            return assessment.age() != null && assessment.age() < years;
        }

        boolean reported(SafetyFactor factor) {
            return assessment.safetyFactors().contains(factor);
        }

        List<SafetyFactor> avoiding(TreatmentCode treatment) {
            return safetyFactors.stream().filter(factor -> factor.avoids(treatment)).toList();
        }

        List<SafetyFactor> cautioning(TreatmentCode treatment) {
            return safetyFactors.stream().filter(factor -> factor.cautions(treatment)).toList();
        }
    }

    private static final Predicate<Facts> ALWAYS = facts -> true;
    private static final Predicate<Facts> MODERATE_OR_WORSE = facts -> facts.atLeast(Severity.MODERATE);
    private static final Predicate<Facts> SEVERE = facts -> facts.atLeast(Severity.SEVERE);
    private static final Predicate<Facts> FIRST_48_HOURS =
            facts -> Phase.isWithinFirst48Hours(facts.assessment().durationDays());

    // §6, in step order. HEAT_COLD in ACUTE has two variants, chosen by the first 48 hours.
    private static final List<Candidate> ACUTE = List.of(
            new Candidate(TreatmentCode.HEAT_COLD, Variant.COLD_THEN_HEAT, FIRST_48_HOURS, false),
            new Candidate(TreatmentCode.HEAT_COLD, Variant.HEAT, FIRST_48_HOURS.negate(), false),
            new Candidate(TreatmentCode.REST_ACTIVITY, null, ALWAYS, false),
            new Candidate(TreatmentCode.NSAIDS, null, MODERATE_OR_WORSE, false),
            new Candidate(TreatmentCode.MUSCLE_RELAXANTS, null, SEVERE, true),
            new Candidate(TreatmentCode.PHYSICAL_THERAPY, Variant.HOME_STRETCHING, ALWAYS, false),
            new Candidate(TreatmentCode.MASSAGE, null, ALWAYS, false),
            new Candidate(TreatmentCode.SPINAL_MANIPULATION, null, ALWAYS, true));

    private static final List<Candidate> SUBACUTE = List.of(
            new Candidate(TreatmentCode.PHYSICAL_THERAPY, Variant.SUPERVISED_EXERCISE, ALWAYS, true),
            new Candidate(TreatmentCode.HEAT_COLD, Variant.HEAT, ALWAYS, false),
            new Candidate(TreatmentCode.REST_ACTIVITY, null, ALWAYS, false),
            new Candidate(TreatmentCode.MASSAGE, null, ALWAYS, false),
            new Candidate(TreatmentCode.SPINAL_MANIPULATION, null, ALWAYS, true),
            new Candidate(TreatmentCode.NSAIDS, null, MODERATE_OR_WORSE, false),
            new Candidate(TreatmentCode.MUSCLE_RELAXANTS, null, SEVERE, true));

    // NSAIDs only for flare-ups of a long-standing problem; no muscle relaxants at all (ACP 2017).
    private static final List<Candidate> CHRONIC = List.of(
            new Candidate(TreatmentCode.PHYSICAL_THERAPY, Variant.SUPERVISED_EXERCISE, ALWAYS, true),
            new Candidate(TreatmentCode.REST_ACTIVITY, null, ALWAYS, false),
            new Candidate(TreatmentCode.HEAT_COLD, Variant.HEAT, ALWAYS, false),
            new Candidate(TreatmentCode.MASSAGE, null, ALWAYS, false),
            new Candidate(TreatmentCode.SPINAL_MANIPULATION, null, ALWAYS, true),
            new Candidate(TreatmentCode.NSAIDS, null, MODERATE_OR_WORSE.and(Facts::flareUp), false));

    public CarePlan plan(Assessment assessment) {
        Phase phase = Phase.of(assessment.durationDays());
        Severity severity = Severity.of(assessment.painScore());
        Facts facts = new Facts(assessment, phase, severity, effectiveSafetyFactors(assessment));

        List<RedFlag> redFlags = List.copyOf(assessment.redFlags()); // enum order: most serious first
        boolean nsaidsRuledOut = nsaidsWouldApply(facts) && !facts.avoiding(TreatmentCode.NSAIDS).isEmpty();
        List<UrgentReason> urgentReasons = urgentReasons(facts);
        List<RoutineReason> routineReasons = routineReasons(facts, nsaidsRuledOut);
        Disposition disposition = disposition(redFlags, urgentReasons, routineReasons);
        boolean first48Hours = phase == Phase.ACUTE && Phase.isWithinFirst48Hours(assessment.durationDays());
        boolean pregnancyWarningSigns = facts.pregnant() && disposition != Disposition.EMERGENCY;

        if (disposition.withholdsSelfCare()) {
            // §4: only a pregnant person at URGENT still hears about safe pain relief
            boolean painReliefAdvice = facts.pregnant() && disposition == Disposition.URGENT;
            return new CarePlan(phase, severity, disposition, redFlags, routineReasons, urgentReasons, List.of(),
                    List.of(), List.of(), painReliefAdvice, pregnancyWarningSigns, false, first48Hours, RULES_VERSION);
        }

        List<PlannedTreatment> recommendations = new ArrayList<>();
        List<AvoidedTreatment> avoid = new ArrayList<>();
        for (Candidate candidate : candidatesFor(phase)) {
            if (!candidate.applies().test(facts)) {
                continue; // not suggested for this phase and severity, so not "avoided" either
            }
            List<SafetyFactor> excludedBy = facts.avoiding(candidate.treatment());
            if (!excludedBy.isEmpty()) {
                avoid.add(new AvoidedTreatment(candidate.treatment(), excludedBy));
                continue;
            }
            List<SafetyFactor> cautions = facts.cautioning(candidate.treatment());
            boolean needsProfessional = candidate.alwaysNeedsProfessional() || !cautions.isEmpty();
            recommendations.add(new PlannedTreatment(candidate.treatment(), recommendations.size() + 1,
                    candidate.variant(), reasonKey(phase, candidate), evidenceKey(candidate.treatment()),
                    needsProfessional, needsProfessional ? professionalNoteKey(candidate.treatment()) : null,
                    cautions));
        }
        boolean painReliefAdvice = (nsaidsRuledOut && facts.atLeast(Severity.MODERATE)) || facts.pregnant();
        boolean multidisciplinary = phase == Phase.CHRONIC && severity == Severity.SEVERE;
        return new CarePlan(phase, severity, disposition, redFlags, routineReasons, urgentReasons, recommendations,
                avoid, List.of(NotRecommended.values()), painReliefAdvice, pregnancyWarningSigns, multidisciplinary,
                first48Hours, RULES_VERSION);
    }

    /** Reported factors plus the ones that follow from pregnancy and age (§5, the derived rows). */
    static Set<SafetyFactor> effectiveSafetyFactors(Assessment assessment) {
        EnumSet<SafetyFactor> factors = EnumSet.noneOf(SafetyFactor.class);
        factors.addAll(assessment.safetyFactors());
        if (assessment.isPregnant()) {
            factors.add(SafetyFactor.PREGNANT);
        }
        Integer age = assessment.age();
        if (age == null) {
            factors.add(SafetyFactor.AGE_NOT_GIVEN);
        } else if (age >= OLDER_ADULT_AGE) {
            factors.add(SafetyFactor.AGE_65_OR_OVER);
        } else if (age < TEENAGER_AGE) {
            factors.add(SafetyFactor.UNDER_16);
        } else if (age < ADULT_AGE) {
            factors.add(SafetyFactor.AGE_16_OR_17);
        }
        return factors;
    }

    /** Whether the phase's NSAID step applies at this severity (and flare-up), before safety factors (§6). */
    private static boolean nsaidsWouldApply(Facts facts) {
        return candidatesFor(facts.phase()).stream()
                .anyMatch(candidate -> candidate.treatment() == TreatmentCode.NSAIDS && candidate.applies().test(facts));
    }

    private static List<UrgentReason> urgentReasons(Facts facts) {
        List<UrgentReason> reasons = new ArrayList<>();
        if (facts.phase() == Phase.ACUTE && facts.atLeast(Severity.SEVERE)
                && (facts.reported(SafetyFactor.OSTEOPOROSIS) || facts.reported(SafetyFactor.LONG_TERM_STEROIDS))) {
            reasons.add(UrgentReason.POSSIBLE_FRAGILITY_FRACTURE);
        }
        if (facts.pregnant() && facts.atLeast(Severity.SEVERE)) {
            reasons.add(UrgentReason.PREGNANT_SEVERE_PAIN);
        }
        if (facts.ageUnder(YOUNG_CHILD_AGE)) {
            reasons.add(UrgentReason.YOUNG_CHILD);
        }
        return reasons;
    }

    private static List<RoutineReason> routineReasons(Facts facts, boolean nsaidsRuledOut) {
        List<RoutineReason> reasons = new ArrayList<>();
        if (facts.phase() == Phase.SUBACUTE) {
            reasons.add(RoutineReason.SUBACUTE_PHASE);
        }
        if (facts.phase() == Phase.CHRONIC) {
            reasons.add(RoutineReason.CHRONIC_PHASE);
        }
        if (facts.pregnant()) {
            reasons.add(RoutineReason.PREGNANT);
        }
        if (facts.ageUnder(ADULT_AGE)) {
            reasons.add(RoutineReason.UNDER_18);
        }
        if (facts.atLeast(Severity.SEVERE) && nsaidsRuledOut) {
            reasons.add(RoutineReason.NO_SAFE_PAIN_RELIEF);
        }
        return reasons;
    }

    /** The most serious of the red flags, URGENT for an urgent reason, ROUTINE for a routine one (§4). */
    private static Disposition disposition(List<RedFlag> redFlags, List<UrgentReason> urgentReasons,
            List<RoutineReason> routineReasons) {
        Disposition disposition = dispositionOf(redFlags);
        if (!urgentReasons.isEmpty()) {
            disposition = Disposition.mostSerious(disposition, Disposition.URGENT);
        }
        if (!routineReasons.isEmpty()) {
            disposition = Disposition.mostSerious(disposition, Disposition.ROUTINE);
        }
        return disposition;
    }

    /**
     * What the red flags alone decide (§3): nothing else can lower it, so at EMERGENCY or URGENT the
     * person can be told where to go before answering anything more.
     */
    public static Disposition dispositionOf(Collection<RedFlag> redFlags) {
        Disposition disposition = Disposition.SELF_CARE;
        for (RedFlag flag : redFlags) {
            disposition = Disposition.mostSerious(disposition, flag.disposition());
        }
        return disposition;
    }

    private static List<Candidate> candidatesFor(Phase phase) {
        return switch (phase) {
            case ACUTE -> ACUTE;
            case SUBACUTE -> SUBACUTE;
            case CHRONIC -> CHRONIC;
        };
    }

    static String reasonKey(Phase phase, Candidate candidate) {
        String key = "plan.reason." + phase + "." + candidate.treatment();
        return candidate.variant() == null ? key : key + "." + candidate.variant();
    }

    static String evidenceKey(TreatmentCode treatment) {
        return "plan.evidence." + treatment;
    }

    static String professionalNoteKey(TreatmentCode treatment) {
        return "plan.professional." + treatment;
    }
}
