package org.spasmcare.triage;

/** Symptoms that change where the person should go, each with its disposition (clinical rules §3). */
public enum RedFlag {
    SADDLE_NUMBNESS(Disposition.EMERGENCY),
    BLADDER_BOWEL_CHANGE(Disposition.EMERGENCY),
    LEG_WEAKNESS_WORSENING(Disposition.EMERGENCY),
    MAJOR_TRAUMA(Disposition.EMERGENCY),
    CHEST_OR_ABDOMINAL_PAIN(Disposition.EMERGENCY),
    FEVER(Disposition.URGENT),
    CANCER_HISTORY(Disposition.URGENT),
    WEIGHT_LOSS(Disposition.URGENT),
    NIGHT_PAIN(Disposition.URGENT),
    IMMUNE_OR_DRUG_RISK(Disposition.URGENT),
    FRACTURE_RISK(Disposition.URGENT),
    SCIATICA(Disposition.ROUTINE),
    FIRST_EPISODE_OVER_50(Disposition.ROUTINE);

    private final Disposition disposition;

    RedFlag(Disposition disposition) {
        this.disposition = disposition;
    }

    public Disposition disposition() {
        return disposition;
    }
}
