package org.spasmcare.recovery;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.spasmcare.recovery.internal.RedFlagSeen;
import org.spasmcare.triage.RedFlag;
import org.spasmcare.triage.SafetyFactor;

/**
 * What a clinician reads on one printed page besides the log itself: the answers the episode was saved with,
 * the red flags logged since and the "a clinician has seen me" confirmations, and the medicine days.
 *
 * @param fromAssessment the episode was saved from the check (its answers are known); false when started by hand
 * @param screenedRedFlags the warning signs the check asked about
 * @param reportedRedFlags those the person said yes to
 * @param loggedRedFlags the entries that carry a red flag, newest first
 * @param seen every confirmation, oldest first
 * @param nsaidDays days with NSAIDs logged in the episode
 * @param muscleRelaxantDays days with muscle relaxants logged in the episode
 * @param printedOn today
 */
public record ClinicianSummary(boolean fromAssessment, Set<RedFlag> screenedRedFlags, Set<RedFlag> reportedRedFlags,
        Set<SafetyFactor> safetyFactors, Integer age, Boolean pregnant, Boolean flareUp, Integer painAtCheck,
        String rulesVersion, List<EntryView> loggedRedFlags, List<RedFlagSeen> seen, long nsaidDays,
        long muscleRelaxantDays, LocalDate printedOn) {
}
