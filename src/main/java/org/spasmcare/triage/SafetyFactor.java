package org.spasmcare.triage;

import java.util.EnumSet;
import java.util.Set;

/**
 * Facts about the person that rule a treatment out ("avoid") or keep it with a pharmacist's or doctor's
 * check first ("caution"), clinical rules §5. Declaration order is the table's order: plans list
 * factors in this order. The last five are derived from {@code pregnant} and {@code age}; they are never
 * accepted as input codes.
 */
public enum SafetyFactor {
    STOMACH_ULCER_OR_BLEED(Kind.REPORTED, ruleOut(TreatmentCode.NSAIDS), nothing()),
    KIDNEY_DISEASE(Kind.REPORTED, ruleOut(TreatmentCode.NSAIDS), nothing()),
    HEART_DISEASE(Kind.REPORTED, ruleOut(TreatmentCode.NSAIDS), nothing()),
    BLOOD_THINNERS(Kind.REPORTED, ruleOut(TreatmentCode.NSAIDS, TreatmentCode.SPINAL_MANIPULATION), nothing()),
    LONG_TERM_STEROIDS(Kind.REPORTED, ruleOut(TreatmentCode.NSAIDS, TreatmentCode.SPINAL_MANIPULATION), nothing()),
    NSAID_ALLERGY(Kind.REPORTED, ruleOut(TreatmentCode.NSAIDS), nothing()),
    LIVER_DISEASE(Kind.REPORTED, ruleOut(TreatmentCode.NSAIDS, TreatmentCode.MUSCLE_RELAXANTS), nothing()),
    OSTEOPOROSIS(Kind.REPORTED, ruleOut(TreatmentCode.SPINAL_MANIPULATION), nothing()),
    BLOOD_PRESSURE_TABLETS(Kind.REPORTED, nothing(), askFirst(TreatmentCode.NSAIDS)),
    ANTIDEPRESSANTS(Kind.REPORTED, nothing(), askFirst(TreatmentCode.NSAIDS)),
    LITHIUM(Kind.REPORTED, ruleOut(TreatmentCode.NSAIDS), nothing()),
    ASTHMA(Kind.REPORTED, nothing(), askFirst(TreatmentCode.NSAIDS)),
    SEDATING_MEDICINES(Kind.REPORTED, ruleOut(TreatmentCode.MUSCLE_RELAXANTS), nothing()),
    PREGNANT(Kind.DERIVED, ruleOut(TreatmentCode.NSAIDS, TreatmentCode.MUSCLE_RELAXANTS), nothing()),
    /** Sedation and falls with relaxants; stomach bleeding with NSAIDs. */
    AGE_65_OR_OVER(Kind.DERIVED, ruleOut(TreatmentCode.MUSCLE_RELAXANTS), askFirst(TreatmentCode.NSAIDS)),
    /** No age given: the cautious reading, as if the person could be a child or an older adult. */
    AGE_NOT_GIVEN(Kind.DERIVED, ruleOut(TreatmentCode.MUSCLE_RELAXANTS, TreatmentCode.SPINAL_MANIPULATION),
            askFirst(TreatmentCode.NSAIDS)),
    /** NSAIDs for no more than 3 days without advice. */
    AGE_16_OR_17(Kind.DERIVED, ruleOut(TreatmentCode.MUSCLE_RELAXANTS, TreatmentCode.SPINAL_MANIPULATION),
            askFirst(TreatmentCode.NSAIDS)),
    /** Ibuprofen at a child's dose, never aspirin. */
    UNDER_16(Kind.DERIVED, ruleOut(TreatmentCode.MUSCLE_RELAXANTS, TreatmentCode.SPINAL_MANIPULATION),
            askFirst(TreatmentCode.NSAIDS));

    private enum Kind { REPORTED, DERIVED }

    private final Kind kind;
    private final Set<TreatmentCode> avoids;
    private final Set<TreatmentCode> cautions;

    SafetyFactor(Kind kind, Set<TreatmentCode> avoids, Set<TreatmentCode> cautions) {
        this.kind = kind;
        this.avoids = avoids;
        this.cautions = cautions;
    }

    /** True for the factors the planner works out itself; input may not name them. */
    public boolean isDerived() {
        return kind == Kind.DERIVED;
    }

    /** The treatment is left out of the plan. */
    public boolean avoids(TreatmentCode treatment) {
        return avoids.contains(treatment);
    }

    /** The treatment stays, but a pharmacist or doctor must be asked first. */
    public boolean cautions(TreatmentCode treatment) {
        return cautions.contains(treatment);
    }

    /** The factors a person can report, in the table's order, for forms, validation and the API description. */
    public static Set<SafetyFactor> reportable() {
        EnumSet<SafetyFactor> reportable = EnumSet.noneOf(SafetyFactor.class);
        for (SafetyFactor factor : values()) {
            if (!factor.isDerived()) {
                reportable.add(factor);
            }
        }
        return reportable;
    }

    private static Set<TreatmentCode> ruleOut(TreatmentCode first, TreatmentCode... rest) {
        return EnumSet.of(first, rest);
    }

    private static Set<TreatmentCode> askFirst(TreatmentCode first, TreatmentCode... rest) {
        return EnumSet.of(first, rest);
    }

    private static Set<TreatmentCode> nothing() {
        return EnumSet.noneOf(TreatmentCode.class);
    }
}
