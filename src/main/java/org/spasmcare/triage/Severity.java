package org.spasmcare.triage;

/** Worst pain in the last 24 hours on the 0 to 10 scale (clinical rules §2). */
public enum Severity {
    MILD,
    MODERATE,
    SEVERE;

    public static Severity of(int painScore) {
        if (painScore >= 7) {
            return SEVERE;
        }
        return painScore >= 4 ? MODERATE : MILD;
    }

    public boolean isAtLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
