package org.spasmcare.assessment;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.spasmcare.triage.Assessment;
import org.spasmcare.triage.RedFlag;
import org.spasmcare.triage.SafetyFactor;

/**
 * The API's request body (clinical rules §1), read as strict JSON ({@link StrictAssessmentJson}) and checked
 * with Bean Validation; the ranges are triage's own. The codes are lists, not sets, so that an oversized list
 * is refused before its repeats collapse. {@link ApiDescription} narrows {@code safetyFactors} to the
 * reportable codes in the OpenAPI description.
 */
@Schema(name = "Assessment", description = "What the person reports (clinical rules section 1)")
record AssessmentRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Days since this episode began; 0 = today")
        @NotNull(message = REQUIRED) @Min(value = Assessment.MIN_DURATION_DAYS, message = RANGE)
        @Max(value = Assessment.MAX_DURATION_DAYS, message = RANGE) Integer durationDays,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                description = "Worst pain in the last 24 hours on the 0-10 scale")
        @NotNull(message = REQUIRED) @Min(value = Assessment.MIN_PAIN_SCORE, message = RANGE)
        @Max(value = Assessment.MAX_PAIN_SCORE, message = RANGE) Integer painScore,
        @Schema(description = "Red-flag symptoms; may be empty; a repeated code counts once")
        @Size(max = AssessmentRequest.MAX_CODES, message = TOO_MANY_CODES) List<RedFlag> redFlags,
        @Schema(description = "Reported conditions and medicines; may be empty; derived factors are refused")
        @Size(max = AssessmentRequest.MAX_CODES, message = TOO_MANY_CODES)
        List<@Reportable SafetyFactor> safetyFactors,
        @Schema(description = "Years; optional (no age is treated cautiously)")
        @Min(value = Assessment.MIN_AGE, message = RANGE) @Max(value = Assessment.MAX_AGE, message = RANGE) Integer age,
        @Schema(description = "Optional; not sure counts as true") Boolean pregnant,
        @Schema(description = "A flare of a long-standing problem; optional") Boolean flareUp) {

    /** More than every code twice over is not a real assessment. */
    static final int MAX_CODES = 38; // 2 × the 19 red flags (AssessmentRequestTest holds it to the enums)

    static final String REQUIRED = "{api.error.required}";
    static final String RANGE = "{api.error.range}";
    static final String TOO_MANY_CODES = "{api.error.tooManyCodes}";

    /** The field names the API accepts, in declaration order. */
    static final List<String> FIELDS = Arrays.stream(AssessmentRequest.class.getRecordComponents())
            .map(component -> component.getName()).toList();

    /** Only call on a request that passed validation. */
    Assessment toAssessment() {
        return new Assessment(durationDays, painScore, redFlags == null ? Set.of() : Set.copyOf(redFlags),
                safetyFactors == null ? Set.of() : Set.copyOf(safetyFactors), age, pregnant, flareUp);
    }

    /** The smallest and largest whole number a field takes, from its own constraints (for the messages). */
    static Object[] range(String field) {
        try {
            var component = AssessmentRequest.class.getDeclaredField(field);
            return new Object[] {String.valueOf(component.getAnnotation(Min.class).value()),
                    String.valueOf(component.getAnnotation(Max.class).value())};
        } catch (NoSuchFieldException notAField) {
            throw new IllegalArgumentException("no field " + field, notAField);
        }
    }
}
