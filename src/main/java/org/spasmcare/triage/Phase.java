package org.spasmcare.triage;

/** How long the episode has lasted (clinical rules §2): under 4 weeks, 4 to 12 weeks, over 12 weeks. */
public enum Phase {
    ACUTE,
    SUBACUTE,
    CHRONIC;

    static final int FIRST_SUBACUTE_DAY = 28;
    static final int FIRST_CHRONIC_DAY = 85;
    /** Days 0 and 1 are the first 48 hours, when cold comes before heat. */
    static final int LAST_DAY_OF_FIRST_48_HOURS = 1;

    public static Phase of(int durationDays) {
        if (durationDays >= FIRST_CHRONIC_DAY) {
            return CHRONIC;
        }
        return durationDays >= FIRST_SUBACUTE_DAY ? SUBACUTE : ACUTE;
    }

    public static boolean isWithinFirst48Hours(int durationDays) {
        return durationDays <= LAST_DAY_OF_FIRST_48_HOURS;
    }
}
