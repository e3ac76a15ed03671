package org.spasmcare.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.spasmcare.support.RunningApp;

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
    }

    private HttpResponse<String> postJson(String body) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/assessments"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }
}
