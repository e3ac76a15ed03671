package org.spasmcare.assessment;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import org.spasmcare.triage.Assessment;
import org.spasmcare.triage.RedFlag;
import org.spasmcare.triage.SafetyFactor;

/**
 * The API's request body (clinical rules §1) as springdoc describes it. The controller reads the raw JSON
 * itself so that it can name every bad field at once ({@link AssessmentJsonReader}), but the field names,
 * ranges and codes all come from here and from the triage types, so the description cannot drift from
 * what the reader accepts. {@link ApiDescription} narrows {@code safetyFactors} to the reportable codes.
 */
@Schema(name = "Assessment", description = "What the person reports (clinical rules section 1)")
record AssessmentRequestSchema(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "" + Assessment.MIN_DURATION_DAYS,
                maximum = "" + Assessment.MAX_DURATION_DAYS,
                description = "Days since this episode began; 0 = today") int durationDays,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "" + Assessment.MIN_PAIN_SCORE,
                maximum = "" + Assessment.MAX_PAIN_SCORE,
                description = "Worst pain in the last 24 hours on the 0-10 scale") int painScore,
        @Schema(description = "Red-flag symptoms; may be empty; a repeated code counts once") Set<RedFlag> redFlags,
        @Schema(description = "Reported conditions and medicines; may be empty; derived factors are refused")
        Set<SafetyFactor> safetyFactors,
        @Schema(minimum = "" + Assessment.MIN_AGE, maximum = "" + Assessment.MAX_AGE,
                description = "Years; optional (no age is treated cautiously)") Integer age,
        @Schema(description = "Optional; not sure counts as true") Boolean pregnant,
        @Schema(description = "A flare of a long-standing problem; optional") Boolean flareUp) {

    /** The field names the API accepts, in declaration order. */
    static final List<String> FIELDS = Arrays.stream(AssessmentRequestSchema.class.getRecordComponents())
            .map(component -> component.getName()).toList();
}
