package org.spasmcare.assessment;

import java.util.Locale;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** The OpenAPI description of the assessment API (served at /v3/api-docs), kept apart from the code. */
@OpenAPIDefinition(info = @Info(title = "SpasmCare API", version = "v1",
        description = "Back-spasm care plans from the SpasmCare rules (docs/clinical-rules.md). General "
                + "information only: it does not replace a clinician."))
interface AssessmentApi {

    @Operation(summary = "Turn an assessment into a care plan",
            description = "Red flags always win: at EMERGENCY and URGENT the plan holds no self-care. "
                    + "The same input always gives the same plan. Invalid input answers 400 with an RFC 9457 "
                    + "problem whose errors name every bad field.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = AssessmentRequest.class))),
            responses = {
                    @ApiResponse(responseCode = "200", description = "The care plan",
                            content = @Content(schema = @Schema(implementation = CarePlanJson.class))),
                    @ApiResponse(responseCode = "400", description = "Invalid input; every bad field is named",
                            content = @Content(mediaType = "application/problem+json"))})
    CarePlanJson assess(AssessmentRequest request, Locale locale);
}
