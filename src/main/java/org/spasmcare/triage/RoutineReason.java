package org.spasmcare.triage;

/**
 * Reasons other than a red flag that call for a clinician within about a week (clinical rules §4),
 * in the order the rules list them.
 */
public enum RoutineReason {
    SUBACUTE_PHASE,
    CHRONIC_PHASE,
    PREGNANT,
    UNDER_18,
    /** SEVERE pain, and the NSAIDs the phase would suggest are not safe for this person. */
    NO_SAFE_PAIN_RELIEF
}
