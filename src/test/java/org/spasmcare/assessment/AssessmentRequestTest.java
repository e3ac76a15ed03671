package org.spasmcare.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.spasmcare.triage.RedFlag;
import org.spasmcare.triage.SafetyFactor;

/** The API's limit on a list of codes, which an annotation can only take as a constant. */
class AssessmentRequestTest {

    @Test
    void shouldTakeEveryCodeTwiceOverAndNoMore() {
        assertThat(AssessmentRequest.MAX_CODES)
                .isEqualTo(2 * Math.max(RedFlag.values().length, SafetyFactor.values().length));
    }
}
