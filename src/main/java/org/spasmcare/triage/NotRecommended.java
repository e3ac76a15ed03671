package org.spasmcare.triage;

/** Treatments with little or no benefit in the evidence, always shown as such (clinical rules §6). */
public enum NotRecommended {
    LUMBAR_SUPPORT,
    TENS,
    PROLONGED_BED_REST,
    PARACETAMOL_ALONE
}
