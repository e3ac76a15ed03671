package org.spasmcare.assessment;

import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The assessment as a JSON API over the same {@link CarePlans} as the form. It keeps nothing and
 * reads no session, so it takes no CSRF token. The body is strict JSON ({@link StrictAssessmentJson}),
 * checked with Bean Validation; {@link AssessmentApiErrors} names every bad field in one answer.
 */
@RestController
@RequestMapping("/api/v1/assessments")
class AssessmentApiController implements AssessmentApi {

    private final CarePlans carePlans;
    private final MessageSource messages;

    AssessmentApiController(CarePlans carePlans, MessageSource messages) {
        this.carePlans = carePlans;
        this.messages = messages;
    }

    @Override
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public CarePlanJson assess(@Valid @RequestBody AssessmentRequest request, Locale locale) {
        return CarePlanJson.of(carePlans.plan(request.toAssessment()), messages, locale);
    }
}
