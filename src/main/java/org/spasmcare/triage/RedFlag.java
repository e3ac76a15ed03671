package org.spasmcare.triage;

/**
 * Symptoms that change where the person should go, each with its disposition (clinical rules §3).
 * Declaration order is the table's order, most serious first: plans list red flags in this order.
 */
public enum RedFlag {
    SADDLE_NUMBNESS(Disposition.EMERGENCY),
    BLADDER_BOWEL_CHANGE(Disposition.EMERGENCY),
    BOTH_LEGS(Disposition.EMERGENCY),
    LEG_WEAKNESS_WORSENING(Disposition.EMERGENCY),
    MAJOR_TRAUMA(Disposition.EMERGENCY),
    CHEST_OR_ABDOMINAL_PAIN(Disposition.EMERGENCY),
    NEW_LEG_WEAKNESS(Disposition.URGENT),
    FEVER(Disposition.URGENT),
    RECENT_SPINAL_PROCEDURE(Disposition.URGENT),
    CANCER_HISTORY(Disposition.URGENT),
    WEIGHT_LOSS(Disposition.URGENT),
    NIGHT_PAIN(Disposition.URGENT),
    IMMUNE_OR_DRUG_RISK(Disposition.URGENT),
    /** A fall or knock together with age 65 or over, thin bones or steroid tablets. */
    FRACTURE_RISK(Disposition.URGENT),
    SCIATICA(Disposition.ROUTINE),
    FIRST_EPISODE_OVER_50(Disposition.ROUTINE),
    /** Asked by the form only when the pain has lasted 85 days or more; taken as given from the API. */
    INFLAMMATORY_PATTERN(Disposition.ROUTINE),
    UPPER_BACK_PAIN(Disposition.ROUTINE),
    RECENT_INFECTION(Disposition.ROUTINE);

    private final Disposition disposition;

    RedFlag(Disposition disposition) {
        this.disposition = disposition;
    }

    public Disposition disposition() {
        return disposition;
    }
}
