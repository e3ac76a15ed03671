package org.spasmcare.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.spasmcare.support.RunningApp;
import org.spasmcare.triage.Assessment;
import org.spasmcare.triage.RedFlag;
import org.spasmcare.triage.SafetyFactor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The JSON API and its OpenAPI description over real HTTP, on the running app and its real catalog. */
class AssessmentApiIT extends RunningApp {

    @Test
    void shouldPlanOverHttpWithoutACsrfTokenOrASession() {
        HttpResponse<String> response = postJson("""
                {"durationDays": 0, "painScore": 6, "redFlags": [], "safetyFactors": ["NSAID_ALLERGY"], "age": 40}
                """);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        assertThat(response.headers().firstValue("Set-Cookie")).as("the API keeps no session").isEmpty();
        assertThat(response.body()).contains("\"disposition\":\"SELF_CARE\"")
                .contains("\"treatment\":\"HEAT_COLD\",\"step\":1,\"variant\":\"COLD_THEN_HEAT\"")
                .contains("{\"treatment\":\"NSAIDS\",\"factors\":[\"NSAID_ALLERGY\"]}");
    }

    @Test
    void shouldAnswerBadInputWithAProblemAndNeverAServerError() {
        HttpResponse<String> response = postJson("{\"durationDays\": \"yesterday\", \"painScore\": 12}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(response.body()).contains("\"field\":\"durationDays\"").contains("\"field\":\"painScore\"")
                .doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void shouldDescribeTheApiWithOpenApi() {
        HttpResponse<String> response = get("/v3/api-docs", "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"openapi\":\"3.").contains("/api/v1/assessments")
                .contains("SpasmCare API").contains("durationDays").doesNotContain("/treatments");
        JsonNode schemas = new ObjectMapper().readTree(response.body()).path("components").path("schemas");
        JsonNode request = schemas.path("Assessment").path("properties");
        assertThat(request.path("durationDays").path("maximum").asInt()).isEqualTo(Assessment.MAX_DURATION_DAYS);
        assertThat(request.path("painScore").path("maximum").asInt()).isEqualTo(Assessment.MAX_PAIN_SCORE);
        assertThat(request.path("age").path("minimum").asInt()).isEqualTo(Assessment.MIN_AGE);
        List<String> factorCodes = new ArrayList<>();
        request.path("safetyFactors").path("items").path("enum").forEach(code -> factorCodes.add(code.asString()));
        assertThat(factorCodes).containsExactlyElementsOf(SafetyFactor.reportable().stream().map(Enum::name).toList());
        List<String> flagCodes = new ArrayList<>();
        request.path("redFlags").path("items").path("enum").forEach(code -> flagCodes.add(code.asString()));
        assertThat(flagCodes).containsExactlyInAnyOrderElementsOf(Stream.of(RedFlag.values()).map(Enum::name).toList());
        assertThat(schemas.path("CarePlanJson").path("properties").has("urgentReasons")).isTrue();
        assertThat(schemas.path("CarePlanJson").path("properties").has("pregnancyWarningSigns")).isTrue();
    }

    private HttpResponse<String> postJson(String body) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/assessments"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }
}
