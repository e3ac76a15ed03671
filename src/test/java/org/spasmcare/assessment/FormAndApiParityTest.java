package org.spasmcare.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.spasmcare.catalog.TreatmentCatalog;
import org.spasmcare.support.SpasmCareWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The same answers through the HTML form and through the JSON API give the very same plan. */
@SpasmCareWebTest({AssessmentController.class, AssessmentApiController.class})
@Import({CarePlans.class, TestCatalog.FixedClock.class})
class FormAndApiParityTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ObjectMapper json;

    @Autowired
    private MessageSource messages;

    @MockitoBean
    private TreatmentCatalog catalog;

    @BeforeEach
    void setUp() {
        given(catalog.published()).willReturn(TestCatalog.published());
    }

    /**
     * Form answers (days ago, pain, age, pregnancy, flare-up, red flags, safety factors) and the same as JSON.
     * An empty age is "I would rather not say"; a red flag "fall" is the form's fall-or-knock question, and
     * "inflammatory" its question for pain of 85 days or more.
     */
    static Stream<Arguments> answers() {
        return Stream.of(
                Arguments.of("5", "8", "", "", false, "", "ANTIDEPRESSANTS",
                        "{\"durationDays\":5,\"painScore\":8,\"safetyFactors\":[\"ANTIDEPRESSANTS\"]}"),
                Arguments.of("5", "9", "70", "", false, "fall", "",
                        "{\"durationDays\":5,\"painScore\":9,\"age\":70,\"redFlags\":[\"FRACTURE_RISK\"]}"),
                Arguments.of("5", "9", "50", "", false, "fall", "",
                        "{\"durationDays\":5,\"painScore\":9,\"age\":50}"),
                Arguments.of("100", "5", "30", "", true, "inflammatory", "LITHIUM",
                        "{\"durationDays\":100,\"painScore\":5,\"age\":30,\"flareUp\":true,"
                                + "\"redFlags\":[\"INFLAMMATORY_PATTERN\"],\"safetyFactors\":[\"LITHIUM\"]}"),
                Arguments.of("10", "7", "12", "", false, "UPPER_BACK_PAIN", "ASTHMA",
                        "{\"durationDays\":10,\"painScore\":7,\"age\":12,\"redFlags\":[\"UPPER_BACK_PAIN\"],"
                                + "\"safetyFactors\":[\"ASTHMA\"]}"),
                Arguments.of("3", "7", "8", "", false, "", "",
                        "{\"durationDays\":3,\"painScore\":7,\"age\":8}"),
                Arguments.of("20", "8", "40", "unsure", false, "RECENT_INFECTION", "SEDATING_MEDICINES",
                        "{\"durationDays\":20,\"painScore\":8,\"age\":40,\"pregnant\":true,"
                                + "\"redFlags\":[\"RECENT_INFECTION\"],\"safetyFactors\":[\"SEDATING_MEDICINES\"]}"),
                Arguments.of("10", "8", "40", "", false, "", "OSTEOPOROSIS",
                        "{\"durationDays\":10,\"painScore\":8,\"age\":40,\"safetyFactors\":[\"OSTEOPOROSIS\"]}"),
                Arguments.of("0", "2", "", "", false, "", "",
                        "{\"durationDays\":0,\"painScore\":2}"),
                Arguments.of("3", "8", "70", "", false, "", "BLOOD_THINNERS",
                        "{\"durationDays\":3,\"painScore\":8,\"age\":70,\"safetyFactors\":[\"BLOOD_THINNERS\"]}"),
                Arguments.of("10", "6", "30", "yes", false, "", "",
                        "{\"durationDays\":10,\"painScore\":6,\"age\":30,\"pregnant\":true}"),
                Arguments.of("200", "9", "45", "no", true, "", "LIVER_DISEASE",
                        "{\"durationDays\":200,\"painScore\":9,\"age\":45,\"pregnant\":false,\"flareUp\":true,"
                                + "\"safetyFactors\":[\"LIVER_DISEASE\"]}"),
                Arguments.of("40", "5", "16", "", false, "SCIATICA", "OSTEOPOROSIS",
                        "{\"durationDays\":40,\"painScore\":5,\"age\":16,\"redFlags\":[\"SCIATICA\"],"
                                + "\"safetyFactors\":[\"OSTEOPOROSIS\"]}"),
                Arguments.of("2", "4", "", "", false, "NIGHT_PAIN", "",
                        "{\"durationDays\":2,\"painScore\":4,\"redFlags\":[\"NIGHT_PAIN\"]}"),
                Arguments.of("1", "10", "80", "", false, "MAJOR_TRAUMA", "KIDNEY_DISEASE",
                        "{\"durationDays\":1,\"painScore\":10,\"age\":80,\"redFlags\":[\"MAJOR_TRAUMA\"],"
                                + "\"safetyFactors\":[\"KIDNEY_DISEASE\"]}"));
    }

    @ParameterizedTest
    @MethodSource("answers")
    void shouldGiveTheSamePlanThroughTheFormAndTheApi(String daysAgo, String pain, String age, String pregnancy,
            boolean flareUp, String redFlag, String safetyFactor, String apiBody) throws Exception {
        MockHttpServletRequestBuilder form = post("/assessment").with(csrf())
                .param("step", "3").param("agoAmount", daysAgo).param("agoUnit", "days").param("painScore", pain)
                .param("age", age).param("pregnancy", pregnancy).param("flareUp", String.valueOf(flareUp));
        if (age.isEmpty()) {
            form.param("ageNotGiven", "true");
        }
        switch (redFlag) {
            case "" -> form.param("noRedFlags", "true");
            case "fall" -> form.param("fallOrKnock", "true");
            case "inflammatory" -> form.param("noRedFlags", "true").param("inflammatoryPattern", "true");
            default -> form.param("redFlags", redFlag);
        }
        if (!safetyFactor.isEmpty()) {
            form.param("safetyFactors", safetyFactor);
        }
        CarePlanPage page = (CarePlanPage) mvc.perform(form).andReturn().getModelAndView().getModel().get("page");
        assertThat(page).as("the form reached a plan").isNotNull();
        JsonNode fromForm = json.valueToTree(CarePlanJson.of(page.plan(), messages, Locale.ENGLISH));

        String apiResponse = mvc.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON)
                .content(apiBody)).andReturn().getResponse().getContentAsString();
        JsonNode fromApi = json.readTree(apiResponse);

        assertThat(fromApi).isEqualTo(fromForm);
        assertThat(fromApi.get("disposition")).isNotNull();
    }
}
