package org.spasmcare.triage;

import java.util.List;

/**
 * One step of a care plan (clinical rules §6 and §7). The texts are message keys, so the rules stay free
 * of wording and every word a person reads lives in the message bundle.
 *
 * @param treatment which treatment
 * @param step 1, 2, 3... in the order the rules give for the phase
 * @param variant the form it takes, or null where the rules name none
 * @param reasonKey why it was chosen, in words a patient understands
 * @param evidenceKey how good the evidence is
 * @param needsProfessional whether a doctor, pharmacist or therapist must be involved first
 * @param professionalNoteKey why a professional is needed, or null when none is
 * @param cautions the §5 caution factors that apply to this step, in the table's order
 */
public record PlannedTreatment(TreatmentCode treatment, int step, Variant variant, String reasonKey,
        String evidenceKey, boolean needsProfessional, String professionalNoteKey, List<SafetyFactor> cautions) {

    public PlannedTreatment {
        cautions = List.copyOf(cautions);
    }
}
