package org.spasmcare.assessment;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spasmcare.catalog.TreatmentCatalog;
import org.spasmcare.support.SpasmCareWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** POST /api/v1/assessments: the plan for good input, an RFC 9457 problem naming every bad field otherwise. */
@SpasmCareWebTest(AssessmentApiController.class)
@Import(CarePlans.class)
class AssessmentApiControllerTest {

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private TreatmentCatalog catalog;

    @BeforeEach
    void setUp() {
        given(catalog.published()).willReturn(TestCatalog.published());
    }

    @Test
    void shouldAnswerAnAcuteSevereCaseWithTheRulesPlanAndNoCsrfToken() throws Exception {
        assess("""
                {"durationDays": 1, "painScore": 8, "redFlags": [], "safetyFactors": ["BLOOD_THINNERS"], "age": 70}
                """)
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.phase").value("ACUTE"))
                .andExpect(jsonPath("$.severity").value("SEVERE"))
                .andExpect(jsonPath("$.disposition").value("ROUTINE"))
                .andExpect(jsonPath("$.redFlags", hasSize(0)))
                .andExpect(jsonPath("$.routineReasons[0]").value("NO_SAFE_PAIN_RELIEF"))
                .andExpect(jsonPath("$.urgentReasons", hasSize(0)))
                .andExpect(jsonPath("$.painReliefAdvice").value(true))
                .andExpect(jsonPath("$.pregnancyWarningSigns").value(false))
                .andExpect(jsonPath("$.recommendations[0].cautions", hasSize(0)))
                .andExpect(jsonPath("$.recommendations[0].treatment").value("HEAT_COLD"))
                .andExpect(jsonPath("$.recommendations[0].step").value(1))
                .andExpect(jsonPath("$.recommendations[0].variant").value("COLD_THEN_HEAT"))
                .andExpect(jsonPath("$.recommendations[0].reason", containsString("48 hours")))
                .andExpect(jsonPath("$.recommendations[0].evidence", containsString("evidence")))
                .andExpect(jsonPath("$.recommendations[0].needsProfessional").value(false))
                .andExpect(jsonPath("$.recommendations[1].treatment").value("REST_ACTIVITY"))
                .andExpect(jsonPath("$.recommendations[1].variant").doesNotExist())
                .andExpect(jsonPath("$.recommendations[*].treatment", not(hasItem("NSAIDS"))))
                .andExpect(jsonPath("$.avoid[0].treatment").value("NSAIDS"))
                .andExpect(jsonPath("$.avoid[0].factors[0]").value("BLOOD_THINNERS"))
                .andExpect(jsonPath("$.avoid[1].treatment").value("MUSCLE_RELAXANTS"))
                .andExpect(jsonPath("$.avoid[1].factors[0]").value("AGE_65_OR_OVER"))
                .andExpect(jsonPath("$.notRecommended", hasItems("LUMBAR_SUPPORT", "TENS", "PROLONGED_BED_REST",
                        "PARACETAMOL_ALONE")))
                .andExpect(jsonPath("$.rulesVersion").value("2026-11-30.2"));
    }

    @Test
    void shouldGiveEachStepItsCautionsAndNeverRecommendAnAvoidedTreatment() throws Exception {
        assess("""
                {"durationDays": 10, "painScore": 5, "safetyFactors": ["ASTHMA", "BLOOD_PRESSURE_TABLETS"], "age": 16}
                """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.disposition").value("ROUTINE"))
                .andExpect(jsonPath("$.routineReasons[0]").value("UNDER_18"))
                .andExpect(jsonPath("$.recommendations[2].treatment").value("NSAIDS"))
                .andExpect(jsonPath("$.recommendations[2].needsProfessional").value(true))
                .andExpect(jsonPath("$.recommendations[2].professionalNote", notNullValue()))
                .andExpect(jsonPath("$.recommendations[2].reason", containsString("regular medicines")))
                .andExpect(jsonPath("$.recommendations[2].cautions[0]").value("BLOOD_PRESSURE_TABLETS"))
                .andExpect(jsonPath("$.recommendations[2].cautions[1]").value("ASTHMA"))
                .andExpect(jsonPath("$.recommendations[2].cautions[2]").value("AGE_16_OR_17"))
                .andExpect(jsonPath("$.recommendations[*].treatment", not(hasItem("SPINAL_MANIPULATION"))))
                .andExpect(jsonPath("$.avoid[0].treatment").value("SPINAL_MANIPULATION"))
                .andExpect(jsonPath("$.avoid[0].factors[0]").value("AGE_16_OR_17"));
    }

    @Test
    void shouldSendSeverePainInPregnancyToADoctorTodayWithTheMaternitySignsAndPainReliefAdvice() throws Exception {
        assess("""
                {"durationDays": 2, "painScore": 8, "age": 30, "pregnant": true}
                """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.disposition").value("URGENT"))
                .andExpect(jsonPath("$.urgentReasons[0]").value("PREGNANT_SEVERE_PAIN"))
                .andExpect(jsonPath("$.routineReasons", hasItems("PREGNANT", "NO_SAFE_PAIN_RELIEF")))
                .andExpect(jsonPath("$.recommendations", hasSize(0)))
                .andExpect(jsonPath("$.avoid", hasSize(0)))
                .andExpect(jsonPath("$.notRecommended", hasSize(0)))
                .andExpect(jsonPath("$.painReliefAdvice").value(true))
                .andExpect(jsonPath("$.pregnancyWarningSigns").value(true));
    }

    @Test
    void shouldAcceptEveryNewCodeOfVersion2() throws Exception {
        assess("""
                {"durationDays": 200, "painScore": 3, "age": 40,
                 "redFlags": ["INFLAMMATORY_PATTERN", "UPPER_BACK_PAIN", "RECENT_INFECTION"],
                 "safetyFactors": ["BLOOD_PRESSURE_TABLETS", "ANTIDEPRESSANTS", "LITHIUM", "ASTHMA", "SEDATING_MEDICINES"]}
                """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.disposition").value("ROUTINE"))
                .andExpect(jsonPath("$.redFlags[0]").value("INFLAMMATORY_PATTERN"))
                .andExpect(jsonPath("$.redFlags[2]").value("RECENT_INFECTION"));
        assess("""
                {"durationDays": 2, "painScore": 3, "redFlags": ["NEW_LEG_WEAKNESS", "RECENT_SPINAL_PROCEDURE", "BOTH_LEGS"]}
                """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.disposition").value("EMERGENCY"))
                .andExpect(jsonPath("$.redFlags[0]").value("BOTH_LEGS"))
                .andExpect(jsonPath("$.redFlags[1]").value("NEW_LEG_WEAKNESS"))
                .andExpect(jsonPath("$.redFlags[2]").value("RECENT_SPINAL_PROCEDURE"));
    }

    @Test
    void shouldSendAnEmergencyRedFlagToTheEmergencyWithNoSelfCare() throws Exception {
        assess("""
                {"durationDays": 3, "painScore": 2, "redFlags": ["BLADDER_BOWEL_CHANGE", "SCIATICA"]}
                """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.disposition").value("EMERGENCY"))
                .andExpect(jsonPath("$.redFlags", hasItems("BLADDER_BOWEL_CHANGE", "SCIATICA")))
                .andExpect(jsonPath("$.recommendations", hasSize(0)))
                .andExpect(jsonPath("$.avoid", hasSize(0)));
    }

    @Test
    void shouldAcceptTheOptionalFieldsAsNull() throws Exception {
        assess("""
                {"durationDays": 100, "painScore": 5, "redFlags": null, "safetyFactors": null,
                 "age": null, "pregnant": null, "flareUp": null}
                """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.phase").value("CHRONIC"))
                .andExpect(jsonPath("$.recommendations[0].variant").value("SUPERVISED_EXERCISE"))
                .andExpect(jsonPath("$.recommendations[0].needsProfessional").value(true))
                .andExpect(jsonPath("$.recommendations[0].professionalNote", notNullValue()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            duration out of range       | {"durationDays": 3651, "painScore": 3}                          | durationDays
            negative duration           | {"durationDays": -1, "painScore": 3}                            | durationDays
            pain out of range           | {"durationDays": 3, "painScore": 11}                            | painScore
            pain as text                | {"durationDays": 3, "painScore": "5"}                           | painScore
            pain as a fraction          | {"durationDays": 3, "painScore": 4.5}                           | painScore
            missing duration            | {"painScore": 4}                                                | durationDays
            missing pain                | {"durationDays": 4}                                             | painScore
            age too low                 | {"durationDays": 3, "painScore": 3, "age": 0}                   | age
            age too high                | {"durationDays": 3, "painScore": 3, "age": 121}                 | age
            pregnant as text            | {"durationDays": 3, "painScore": 3, "pregnant": "yes"}          | pregnant
            flare-up as a number        | {"durationDays": 3, "painScore": 3, "flareUp": 1}               | flareUp
            unknown red flag            | {"durationDays": 3, "painScore": 3, "redFlags": ["BACKACHE"]}   | redFlags[0]
            red flags not a list        | {"durationDays": 3, "painScore": 3, "redFlags": "FEVER"}        | redFlags
            unknown safety factor       | {"durationDays": 3, "painScore": 3, "safetyFactors": ["X"]}     | safetyFactors[0]
            version 1 derived factor    | {"durationDays": 3, "painScore": 3, "safetyFactors": ["UNDER_18"]} | safetyFactors[0]
            derived: pregnant           | {"durationDays": 3, "painScore": 3, "safetyFactors": ["PREGNANT"]} | safetyFactors[0]
            derived: no age             | {"durationDays": 3, "painScore": 3, "safetyFactors": ["AGE_NOT_GIVEN"]} | safetyFactors[0]
            derived: 16 or 17           | {"durationDays": 3, "painScore": 3, "safetyFactors": ["AGE_16_OR_17"]} | safetyFactors[0]
            derived: under 16           | {"durationDays": 3, "painScore": 3, "safetyFactors": ["UNDER_16"]} | safetyFactors[0]
            derived: 65 or over         | {"durationDays": 3, "painScore": 3, "safetyFactors": ["AGE_65_OR_OVER"]} | safetyFactors[0]
            age as text                 | {"durationDays": 3, "painScore": 3, "age": "40"}                | age
            duration as a fraction      | {"durationDays": 5.0, "painScore": 3}                           | durationDays
            unknown field               | {"durationDays": 3, "painScore": 3, "weight": 80}               | weight
            malformed JSON              | {"durationDays": 3,                                             | body
            not an object               | [1, 2]                                                          | body
            """)
    void shouldRefuseBadInputWithAProblemNamingTheField(String why, String json, String field) throws Exception {
        assess(json)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.title").value("Invalid assessment"))
                .andExpect(jsonPath("$.detail", containsString(field)))
                .andExpect(jsonPath("$.errors[*].field", hasItem(field)))
                .andExpect(jsonPath("$.errors[*].message", everyItem(notNullValue())));
    }

    @Test
    void shouldRefuseAnOversizedListOfCodesWithoutReadingItAll() throws Exception {
        String thousandFlags = String.join(",", java.util.Collections.nCopies(1000, "\"FEVER\""));
        assess("{\"durationDays\": 3, \"painScore\": 3, \"redFlags\": [" + thousandFlags + "]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field").value("redFlags"));
    }

    @Test
    void shouldNameEveryBadFieldAtOnce() throws Exception {
        assess("""
                {"durationDays": "long", "painScore": 99, "redFlags": ["FEVER", "NOPE"], "age": 3.5,
                 "pregnant": "maybe", "colour": "blue"}
                """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(6)))
                .andExpect(jsonPath("$.errors[*].field", hasItems("durationDays", "painScore", "redFlags[1]", "age",
                        "pregnant", "colour")));
    }

    @Test
    void shouldRefuseAnEmptyBodyAndAWrongContentTypeWithoutAServerError() throws Exception {
        mvc.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"));
        mvc.perform(post("/api/v1/assessments").contentType(MediaType.TEXT_PLAIN).content("durationDays=3"))
                .andExpect(status().isUnsupportedMediaType());
    }

    private ResultActions assess(String json) throws Exception {
        return mvc.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON).content(json));
    }
}
