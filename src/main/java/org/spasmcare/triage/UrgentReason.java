package org.spasmcare.triage;

/**
 * Reasons other than a red flag that call for a doctor today (clinical rules §4), in the order the
 * rules list them.
 */
public enum UrgentReason {
    /** ACUTE, SEVERE, and thin bones or long-term steroid tablets. */
    POSSIBLE_FRAGILITY_FRACTURE,
    /** Pregnant (or not sure) with SEVERE pain: the midwife today. */
    PREGNANT_SEVERE_PAIN,
    /** Under 10: a doctor should see back pain in a young child today. */
    YOUNG_CHILD
}
