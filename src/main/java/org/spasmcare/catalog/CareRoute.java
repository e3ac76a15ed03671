package org.spasmcare.catalog;

import java.util.Map;

/**
 * Who a treatment needs, as the clinical rules version 2 say (§6 "Needs a professional": muscle relaxants
 * and spinal manipulation always; physical therapy after the first weeks; NSAIDs when a caution applies,
 * and the NSAID step always says to check with a pharmacist if you take regular medicines). Massage is not
 * on that list, but it is given by a trained therapist. A rule, not content: staff do not edit it.
 */
public enum CareRoute {
    SELF_CARE(false),
    SELF_CARE_ASK_PHARMACIST(false),
    SELF_CARE_THEN_PROFESSIONAL(true),
    WITH_A_THERAPIST(false),
    NEEDS_A_PROFESSIONAL(true);

    private static final Map<String, CareRoute> BY_CODE = Map.of(
            "REST_ACTIVITY", SELF_CARE,
            "HEAT_COLD", SELF_CARE,
            "NSAIDS", SELF_CARE_ASK_PHARMACIST,
            "MUSCLE_RELAXANTS", NEEDS_A_PROFESSIONAL,
            "PHYSICAL_THERAPY", SELF_CARE_THEN_PROFESSIONAL,
            "MASSAGE", WITH_A_THERAPIST,
            "SPINAL_MANIPULATION", NEEDS_A_PROFESSIONAL);

    private final boolean professional;

    CareRoute(boolean professional) {
        this.professional = professional;
    }

    /** A professional is needed at some point: shown as such on the list. */
    public boolean isProfessional() {
        return professional;
    }

    /** A treatment the rules do not name (added by hand) is said to need a professional: the careful answer. */
    public static CareRoute of(String code) {
        return BY_CODE.getOrDefault(code, NEEDS_A_PROFESSIONAL);
    }
}
