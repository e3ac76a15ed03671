package org.spasmcare.assessment;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.spasmcare.triage.CarePlan;
import org.spasmcare.triage.Disposition;
import org.spasmcare.triage.NotRecommended;
import org.spasmcare.triage.Phase;
import org.spasmcare.triage.PlannedTreatment;
import org.spasmcare.triage.RedFlag;
import org.spasmcare.triage.RoutineReason;
import org.spasmcare.triage.SafetyFactor;
import org.spasmcare.triage.Severity;
import org.spasmcare.triage.TreatmentCode;
import org.spasmcare.triage.UrgentReason;
import org.spasmcare.triage.Variant;
import org.springframework.context.MessageSource;

/**
 * The API's answer (clinical rules §7): the plan, with its reasons and evidence in words. Version 1's fields
 * keep their names and types; version 2 adds urgentReasons, each step's cautions, painReliefAdvice and
 * pregnancyWarningSigns.
 */
record CarePlanJson(Phase phase, Severity severity, Disposition disposition, List<RedFlag> redFlags,
        List<RoutineReason> routineReasons, List<UrgentReason> urgentReasons, List<Recommendation> recommendations,
        List<Avoid> avoid, List<NotRecommended> notRecommended, boolean painReliefAdvice,
        boolean pregnancyWarningSigns, boolean multidisciplinaryRehabilitation, String rulesVersion) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Recommendation(TreatmentCode treatment, int step, Variant variant, String reason, String evidence,
            boolean needsProfessional, String professionalNote, List<SafetyFactor> cautions) {
    }

    record Avoid(TreatmentCode treatment, List<SafetyFactor> factors) {
    }

    static CarePlanJson of(CarePlan plan, MessageSource messages, Locale locale) {
        List<Recommendation> recommendations = plan.recommendations().stream()
                .map(step -> recommendation(step, messages, locale))
                .toList();
        List<Avoid> avoid = plan.avoid().stream()
                .map(avoided -> new Avoid(avoided.treatment(), avoided.factors()))
                .toList();
        return new CarePlanJson(plan.phase(), plan.severity(), plan.disposition(), plan.redFlags(),
                plan.routineReasons(), plan.urgentReasons(), recommendations, avoid, plan.notRecommended(),
                plan.painReliefAdvice(), plan.pregnancyWarningSigns(), plan.multidisciplinaryRehabilitation(),
                plan.rulesVersion());
    }

    private static Recommendation recommendation(PlannedTreatment step, MessageSource messages, Locale locale) {
        String note = step.professionalNoteKey() == null ? null
                : messages.getMessage(step.professionalNoteKey(), null, locale);
        return new Recommendation(step.treatment(), step.step(), step.variant(),
                messages.getMessage(step.reasonKey(), null, locale),
                messages.getMessage(step.evidenceKey(), null, locale),
                step.needsProfessional(), note, step.cautions());
    }
}
