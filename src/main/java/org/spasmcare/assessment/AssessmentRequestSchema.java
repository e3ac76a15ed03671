package org.spasmcare.assessment;

import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import org.spasmcare.triage.RedFlag;

/**
 * Describes the API's request body for OpenAPI only: the controller reads the raw JSON itself so
 * that it can name every bad field at once (see {@link AssessmentJsonReader}).
 */
@Schema(name = "Assessment", description = "What the person reports (clinical rules section 1)")
record AssessmentRequestSchema(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "0", maximum = "3650",
                description = "Days since this episode began; 0 = today") int durationDays,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "0", maximum = "10",
                description = "Worst pain in the last 24 hours on the 0-10 scale") int painScore,
        @Schema(description = "Red-flag symptoms; may be empty") Set<RedFlag> redFlags,
        @Schema(description = "Reported conditions and medicines; may be empty", allowableValues = {
                "STOMACH_ULCER_OR_BLEED", "KIDNEY_DISEASE", "HEART_DISEASE", "BLOOD_THINNERS", "LONG_TERM_STEROIDS",
                "NSAID_ALLERGY", "LIVER_DISEASE", "OSTEOPOROSIS"}) Set<String> safetyFactors,
        @Schema(minimum = "1", maximum = "120", description = "Years; optional") Integer age,
        @Schema(description = "Optional") Boolean pregnant,
        @Schema(description = "A flare of a long-standing problem; optional") Boolean flareUp) {
}
