package org.spasmcare.triage;

/**
 * Where the person should go, highest first (clinical rules §3). Declaration order is the precedence:
 * the most serious disposition that any rule raises wins.
 */
public enum Disposition {
    /** Emergency department or ambulance now. */
    EMERGENCY,
    /** A doctor today. */
    URGENT,
    /** Book a clinician within about a week; self-care meanwhile. */
    ROUTINE,
    /** Self-care is a reasonable start. */
    SELF_CARE;

    public boolean isMoreSeriousThan(Disposition other) {
        return ordinal() < other.ordinal();
    }

    /** EMERGENCY and URGENT plans hand out no self-care plan (rules §4). */
    public boolean withholdsSelfCare() {
        return this == EMERGENCY || this == URGENT;
    }

    static Disposition mostSerious(Disposition a, Disposition b) {
        return a.isMoreSeriousThan(b) ? a : b;
    }
}
