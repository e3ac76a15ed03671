package org.spasmcare.triage;

/** Reasons other than a red flag that call for a clinician within about a week (clinical rules §4). */
public enum RoutineReason {
    SUBACUTE_PHASE,
    CHRONIC_PHASE,
    PREGNANT,
    UNDER_18
}
