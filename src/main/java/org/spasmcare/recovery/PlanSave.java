package org.spasmcare.recovery;

/** What became of a plan saved while the patient had a current episode. */
public enum PlanSave {
    /** Its answers went into the current episode, which kept its onset date and its entries. */
    ADDED_TO_CURRENT,
    /** It started a new current episode; the one before is kept under "Your episodes". */
    STARTED_NEW,
    /** The episode asked about is no longer current, or changed since: nothing was saved, ask again. */
    NOT_AS_ASKED
}
