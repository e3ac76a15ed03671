package org.spasmcare.triage;

/** The form a treatment takes where the rules name one (clinical rules §6). */
public enum Variant {
    /** Cold 15 to 20 minutes at a time with a towel between, then heat after 48 hours. */
    COLD_THEN_HEAT,
    HEAT,
    /** Gentle stretching at home once the worst has settled. */
    HOME_STRETCHING,
    /** An individually tailored programme with a physiotherapist. */
    SUPERVISED_EXERCISE
}
