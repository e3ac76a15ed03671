package org.spasmcare.triage;

/** The seven treatments the rules can recommend; the same codes key the treatment catalog. */
public enum TreatmentCode {
    REST_ACTIVITY,
    HEAT_COLD,
    NSAIDS,
    MUSCLE_RELAXANTS,
    PHYSICAL_THERAPY,
    MASSAGE,
    SPINAL_MANIPULATION
}
