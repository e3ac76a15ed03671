package org.spasmcare.triage;

/**
 * One step of a care plan. The texts are message keys, so the rules stay free of wording and every
 * word a person reads lives in the message bundle.
 *
 * @param treatment which treatment
 * @param step 1, 2, 3... in the order the rules give for the phase
 * @param variant the form it takes, or null where the rules name none
 * @param reasonKey why it was chosen, in words a patient understands
 * @param evidenceKey how good the evidence is
 * @param needsProfessional whether a doctor, pharmacist or therapist must be involved first
 * @param professionalNoteKey why a professional is needed, or null when none is
 */
public record PlannedTreatment(TreatmentCode treatment, int step, Variant variant, String reasonKey,
        String evidenceKey, boolean needsProfessional, String professionalNoteKey) {
}
