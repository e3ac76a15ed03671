package org.spasmcare.assessment;

import org.spasmcare.triage.Assessment;
import org.spasmcare.triage.RedFlag;
import org.spasmcare.triage.SafetyFactor;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A care plan as a link that shows the same plan again on any device, without an account: the answers in
 * the form's own fields, never a name, an account or anything typed freely. The episode's length is given
 * in days, so the link keeps giving the same plan whenever it is opened.
 */
final class TakeHomeLink {

    static final String PATH = "/assessment/plan";

    private TakeHomeLink() {
    }

    /** The path and query of the link, for answers that passed every step. */
    static String pathFor(AssessmentForm form, Assessment assessment) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(PATH);
        if (form.isNoRedFlags()) {
            link.queryParam("noRedFlags", "true");
        }
        for (RedFlag flag : form.getRedFlags()) {
            link.queryParam("redFlags", flag.name());
        }
        if (form.isFallOrKnock()) {
            link.queryParam("fallOrKnock", "true");
        }
        link.queryParam("agoAmount", assessment.durationDays())
                .queryParam("agoUnit", AssessmentForm.DAYS)
                .queryParam("painScore", assessment.painScore());
        if (form.isFlareUp()) {
            link.queryParam("flareUp", "true");
        }
        if (assessment.age() != null) {
            link.queryParam("age", assessment.age());
        } else {
            link.queryParam("ageNotGiven", "true");
        }
        if (assessment.redFlags().contains(RedFlag.INFLAMMATORY_PATTERN) && form.isInflammatoryPattern()) {
            link.queryParam("inflammatoryPattern", "true");
        }
        if (!form.getPregnancy().isEmpty()) {
            link.queryParam("pregnancy", form.getPregnancy());
        }
        for (SafetyFactor factor : form.getSafetyFactors()) {
            link.queryParam("safetyFactors", factor.name());
        }
        return link.encode().build().toUriString();
    }
}
