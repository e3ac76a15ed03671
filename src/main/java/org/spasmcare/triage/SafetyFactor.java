package org.spasmcare.triage;

import java.util.EnumSet;
import java.util.Set;

/**
 * Facts about the person that rule treatments out (clinical rules §5). The last three are derived
 * from {@code pregnant} and {@code age}; they are never accepted as input codes.
 */
public enum SafetyFactor {
    STOMACH_ULCER_OR_BLEED(false, TreatmentCode.NSAIDS),
    KIDNEY_DISEASE(false, TreatmentCode.NSAIDS),
    HEART_DISEASE(false, TreatmentCode.NSAIDS),
    BLOOD_THINNERS(false, TreatmentCode.NSAIDS, TreatmentCode.SPINAL_MANIPULATION),
    LONG_TERM_STEROIDS(false, TreatmentCode.NSAIDS, TreatmentCode.SPINAL_MANIPULATION),
    NSAID_ALLERGY(false, TreatmentCode.NSAIDS),
    LIVER_DISEASE(false, TreatmentCode.MUSCLE_RELAXANTS),
    OSTEOPOROSIS(false, TreatmentCode.SPINAL_MANIPULATION),
    PREGNANT(true, TreatmentCode.NSAIDS, TreatmentCode.MUSCLE_RELAXANTS),
    /** Sedation and falls in older adults. */
    AGE_65_OR_OVER(true, TreatmentCode.MUSCLE_RELAXANTS),
    UNDER_18(true, TreatmentCode.MUSCLE_RELAXANTS);

    private final boolean derived;
    private final Set<TreatmentCode> avoids;

    SafetyFactor(boolean derived, TreatmentCode first, TreatmentCode... rest) {
        this.derived = derived;
        this.avoids = EnumSet.of(first, rest);
    }

    /** True for the factors the planner works out itself; input may not name them. */
    public boolean isDerived() {
        return derived;
    }

    public boolean avoids(TreatmentCode treatment) {
        return avoids.contains(treatment);
    }

    /** The factors a person can report, in a stable order for forms and validation. */
    public static Set<SafetyFactor> reportable() {
        EnumSet<SafetyFactor> reportable = EnumSet.noneOf(SafetyFactor.class);
        for (SafetyFactor factor : values()) {
            if (!factor.derived) {
                reportable.add(factor);
            }
        }
        return reportable;
    }
}
