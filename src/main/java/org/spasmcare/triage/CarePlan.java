package org.spasmcare.triage;

import java.util.List;

/**
 * The answer of {@link CarePlanner} (clinical rules §7). At EMERGENCY and URGENT it holds no
 * self-care: no recommendations, nothing to avoid, no not-recommended list.
 *
 * @param redFlags the red flags given, most serious first
 * @param routineReasons the reasons other than red flags for a clinician within about a week (§4)
 * @param urgentReasons the reasons other than red flags for a doctor today (§4)
 * @param painReliefAdvice say to ask a pharmacist or doctor which pain relief is safe for this person
 * @param pregnancyWarningSigns show the maternity warning signs
 * @param multidisciplinaryRehabilitation CHRONIC and SEVERE: suggest a multidisciplinary programme
 * @param withinFirst48Hours days 0 and 1 of the episode
 */
public record CarePlan(Phase phase, Severity severity, Disposition disposition, List<RedFlag> redFlags,
        List<RoutineReason> routineReasons, List<UrgentReason> urgentReasons, List<PlannedTreatment> recommendations,
        List<AvoidedTreatment> avoid, List<NotRecommended> notRecommended, boolean painReliefAdvice,
        boolean pregnancyWarningSigns, boolean multidisciplinaryRehabilitation, boolean withinFirst48Hours,
        String rulesVersion) {

    public CarePlan {
        redFlags = List.copyOf(redFlags);
        routineReasons = List.copyOf(routineReasons);
        urgentReasons = List.copyOf(urgentReasons);
        recommendations = List.copyOf(recommendations);
        avoid = List.copyOf(avoid);
        notRecommended = List.copyOf(notRecommended);
    }

    public boolean offersSelfCare() {
        return !disposition.withholdsSelfCare();
    }
}
