package org.spasmcare.triage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * From an assessment to a care plan, implementing docs/clinical-rules.md §2 to §6. A pure function:
 * no state, no clock, no I/O; the same assessment always gives the same plan.
 */
public final class CarePlanner {

    /** Changes whenever a rule changes, so a saved plan says which rules made it. */
    public static final String RULES_VERSION = "2026-11-22.1";

    static final int OLDER_ADULT_AGE = 65;
    static final int ADULT_AGE = 18;

    /** A treatment the phase may suggest, when it applies and whether a professional must be involved. */
    private record Candidate(TreatmentCode treatment, Variant variant, Predicate<Facts> applies,
            Predicate<Facts> needsProfessional) {
    }

    /** Everything the rules look at, worked out once per assessment. */
    private record Facts(Assessment assessment, Phase phase, Severity severity, Set<SafetyFactor> safetyFactors) {

        boolean atLeast(Severity level) {
            return severity.isAtLeast(level);
        }

        boolean olderAdult() {
            return assessment.age() != null && assessment.age() >= OLDER_ADULT_AGE;
        }

        boolean flareUp() {
            return assessment.isFlareUp();
        }
    }

    private static final Predicate<Facts> ALWAYS = facts -> true;
    private static final Predicate<Facts> NEVER = facts -> false;
    private static final Predicate<Facts> MODERATE_OR_WORSE = facts -> facts.atLeast(Severity.MODERATE);
    private static final Predicate<Facts> SEVERE = facts -> facts.atLeast(Severity.SEVERE);
    /** NSAIDs stay in the plan at 65 or over, but ask a pharmacist or doctor first (stomach bleeding). */
    private static final Predicate<Facts> OLDER_ADULT = Facts::olderAdult;

    // §6, in step order. HEAT_COLD in ACUTE has two variants, chosen by the first 48 hours.
    private static final List<Candidate> ACUTE = List.of(
            new Candidate(TreatmentCode.HEAT_COLD, Variant.COLD_THEN_HEAT,
                    facts -> Phase.isWithinFirst48Hours(facts.assessment().durationDays()), NEVER),
            new Candidate(TreatmentCode.HEAT_COLD, Variant.HEAT,
                    facts -> !Phase.isWithinFirst48Hours(facts.assessment().durationDays()), NEVER),
            new Candidate(TreatmentCode.REST_ACTIVITY, null, ALWAYS, NEVER),
            new Candidate(TreatmentCode.NSAIDS, null, MODERATE_OR_WORSE, OLDER_ADULT),
            new Candidate(TreatmentCode.MUSCLE_RELAXANTS, null, SEVERE, ALWAYS),
            new Candidate(TreatmentCode.PHYSICAL_THERAPY, Variant.HOME_STRETCHING, ALWAYS, NEVER),
            new Candidate(TreatmentCode.MASSAGE, null, ALWAYS, NEVER),
            new Candidate(TreatmentCode.SPINAL_MANIPULATION, null, ALWAYS, ALWAYS));

    private static final List<Candidate> SUBACUTE = List.of(
            new Candidate(TreatmentCode.PHYSICAL_THERAPY, Variant.SUPERVISED_EXERCISE, ALWAYS, ALWAYS),
            new Candidate(TreatmentCode.HEAT_COLD, Variant.HEAT, ALWAYS, NEVER),
            new Candidate(TreatmentCode.REST_ACTIVITY, null, ALWAYS, NEVER),
            new Candidate(TreatmentCode.MASSAGE, null, ALWAYS, NEVER),
            new Candidate(TreatmentCode.SPINAL_MANIPULATION, null, ALWAYS, ALWAYS),
            new Candidate(TreatmentCode.NSAIDS, null, MODERATE_OR_WORSE, OLDER_ADULT),
            new Candidate(TreatmentCode.MUSCLE_RELAXANTS, null, SEVERE, ALWAYS));

    // Medicines only for flare-ups of a long-standing problem.
    private static final List<Candidate> CHRONIC = List.of(
            new Candidate(TreatmentCode.PHYSICAL_THERAPY, Variant.SUPERVISED_EXERCISE, ALWAYS, ALWAYS),
            new Candidate(TreatmentCode.REST_ACTIVITY, null, ALWAYS, NEVER),
            new Candidate(TreatmentCode.HEAT_COLD, Variant.HEAT, ALWAYS, NEVER),
            new Candidate(TreatmentCode.MASSAGE, null, ALWAYS, NEVER),
            new Candidate(TreatmentCode.SPINAL_MANIPULATION, null, ALWAYS, ALWAYS),
            new Candidate(TreatmentCode.NSAIDS, null, MODERATE_OR_WORSE.and(Facts::flareUp), OLDER_ADULT),
            new Candidate(TreatmentCode.MUSCLE_RELAXANTS, null, SEVERE.and(Facts::flareUp), ALWAYS));

    public CarePlan plan(Assessment assessment) {
        Phase phase = Phase.of(assessment.durationDays());
        Severity severity = Severity.of(assessment.painScore());
        Facts facts = new Facts(assessment, phase, severity, effectiveSafetyFactors(assessment));

        List<RedFlag> redFlags = List.copyOf(assessment.redFlags()); // enum order: most serious first
        List<RoutineReason> routineReasons = routineReasons(assessment, phase);
        Disposition disposition = disposition(redFlags, routineReasons);
        boolean first48Hours = phase == Phase.ACUTE && Phase.isWithinFirst48Hours(assessment.durationDays());

        if (disposition.withholdsSelfCare()) {
            return new CarePlan(phase, severity, disposition, redFlags, routineReasons, List.of(), List.of(), List.of(),
                    false, first48Hours, RULES_VERSION);
        }

        List<PlannedTreatment> recommendations = new ArrayList<>();
        List<AvoidedTreatment> avoid = new ArrayList<>();
        for (Candidate candidate : candidatesFor(phase)) {
            if (!candidate.applies().test(facts)) {
                continue; // not suggested for this phase and severity, so not "avoided" either
            }
            List<SafetyFactor> excludedBy = facts.safetyFactors().stream()
                    .filter(factor -> factor.avoids(candidate.treatment()))
                    .toList();
            if (!excludedBy.isEmpty()) {
                avoid.add(new AvoidedTreatment(candidate.treatment(), excludedBy));
                continue;
            }
            boolean needsProfessional = candidate.needsProfessional().test(facts);
            recommendations.add(new PlannedTreatment(candidate.treatment(), recommendations.size() + 1,
                    candidate.variant(), reasonKey(phase, candidate), evidenceKey(candidate.treatment()),
                    needsProfessional, needsProfessional ? professionalNoteKey(candidate.treatment()) : null));
        }
        boolean multidisciplinary = phase == Phase.CHRONIC && severity == Severity.SEVERE;
        return new CarePlan(phase, severity, disposition, redFlags, routineReasons, recommendations, avoid,
                List.of(NotRecommended.values()), multidisciplinary, first48Hours, RULES_VERSION);
    }

    /** Reported factors plus the ones that follow from pregnancy and age (§5, last three rows). */
    static Set<SafetyFactor> effectiveSafetyFactors(Assessment assessment) {
        EnumSet<SafetyFactor> factors = EnumSet.noneOf(SafetyFactor.class);
        factors.addAll(assessment.safetyFactors());
        if (assessment.isPregnant()) {
            factors.add(SafetyFactor.PREGNANT);
        }
        Integer age = assessment.age();
        if (age != null && age >= OLDER_ADULT_AGE) {
            factors.add(SafetyFactor.AGE_65_OR_OVER);
        }
        if (age != null && age < ADULT_AGE) {
            factors.add(SafetyFactor.UNDER_18);
        }
        return factors;
    }

    private static List<RoutineReason> routineReasons(Assessment assessment, Phase phase) {
        List<RoutineReason> reasons = new ArrayList<>();
        if (phase == Phase.SUBACUTE) {
            reasons.add(RoutineReason.SUBACUTE_PHASE);
        }
        if (phase == Phase.CHRONIC) {
            reasons.add(RoutineReason.CHRONIC_PHASE);
        }
        if (assessment.isPregnant()) {
            reasons.add(RoutineReason.PREGNANT);
        }
        if (assessment.age() != null && assessment.age() < ADULT_AGE) {
            reasons.add(RoutineReason.UNDER_18);
        }
        return reasons;
    }

    /** The most serious of every red flag's disposition, ROUTINE for any routine reason, else SELF_CARE (§4). */
    private static Disposition disposition(List<RedFlag> redFlags, List<RoutineReason> routineReasons) {
        Disposition byRedFlags = dispositionOf(redFlags);
        return routineReasons.isEmpty() ? byRedFlags : Disposition.mostSerious(byRedFlags, Disposition.ROUTINE);
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
