package org.spasmcare.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spasmcare.assessment.AssessmentApiErrors.FieldProblem;
import org.spasmcare.catalog.TreatmentCatalog;
import org.spasmcare.support.SpasmCareWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The API's limits (issue 16): a body too large, too deep or too long is refused while it is read, never built. */
@SpasmCareWebTest(AssessmentApiController.class)
@Import(CarePlans.class)
class ApiLimitsTest {

    private static final String PATH = "/api/v1/assessments";

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private TreatmentCatalog catalog;

    @BeforeEach
    void setUp() {
        given(catalog.published()).willReturn(TestCatalog.published());
    }

    @Test
    void shouldRefuseABodyLargerThanAnAssessmentWith413BeforeReadingIt() throws Exception {
        // the red team's body, scaled down: empty objects where codes go
        String body = "{\"durationDays\":1,\"painScore\":1,\"redFlags\":["
                + IntStream.range(0, 30_000).mapToObj(i -> "{}").collect(Collectors.joining(",")) + "]}";

        mvc.perform(post(PATH).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(413))
                .andExpect(jsonPath("$.detail", containsString("8192 bytes")));
    }

    @Test
    void shouldStopReadingAListOfCodesAsSoonAsItIsTooLong() throws Exception {
        String body = "{\"durationDays\":1,\"painScore\":1,\"redFlags\":["
                + IntStream.range(0, 500).mapToObj(i -> "\"SCIATICA\"").collect(Collectors.joining(",")) + "]}";

        MvcResult result = mvc.perform(post(PATH).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field").value("redFlags"))
                .andExpect(jsonPath("$.errors[0].message").value("At most 38 codes, please."))
                .andReturn();
        // noted by the reader at the 39th code: the list of 500 was never built for validation to count
        assertThat(result.getResolvedException()).isInstanceOf(StrictAssessmentJson.UnreadableFields.class);
        assertThat(((StrictAssessmentJson.UnreadableFields) result.getResolvedException()).problems())
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("redFlags", "api.error.tooManyCodes"));
    }

    @Test
    void shouldRefuseDeepNestingWithAClearProblem() throws Exception {
        String body = "{\"durationDays\":1,\"painScore\":1,\"colour\":" + "[".repeat(50) + "]".repeat(50) + "}";

        mvc.perform(post(PATH).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field").value("body"))
                .andExpect(jsonPath("$.errors[0].message", containsString("nested too deeply")));
    }

    @Test
    void shouldNameOnlySoManyUnknownFieldsAndCutLongNames() throws Exception {
        String body = "{\"durationDays\":1,\"painScore\":1,"
                + IntStream.range(0, 70).mapToObj(i -> "\"" + "x".repeat(80) + i + "\":1").collect(Collectors.joining(","))
                + "}";

        mvc.perform(post(PATH).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(20)))
                .andExpect(jsonPath("$.errors[0].field").value("x".repeat(40) + "\u2026"))
                .andExpect(content().string(not(containsString("x".repeat(41)))))
                .andExpect(jsonPath("$.detail", containsString(", and more.")));
    }

    @Test
    void shouldAnswerAWrongMethodWithAProblem() throws Exception {
        mvc.perform(get(PATH))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", "POST"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(405))
                .andExpect(jsonPath("$.detail").value("Send the assessment with POST."));
    }

    @Test
    void shouldAnswerAClientThatWantsHtmlWithAJsonProblemNotTheErrorPage() throws Exception {
        mvc.perform(post(PATH).contentType(MediaType.APPLICATION_JSON).accept(MediaType.TEXT_HTML)
                        .content("{\"durationDays\":1,\"painScore\":1}"))
                .andExpect(status().isNotAcceptable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(406));
    }

    @Test
    void shouldAnswerAWrongContentTypeWithAProblem() throws Exception {
        mvc.perform(post(PATH).contentType(MediaType.TEXT_PLAIN).content("durationDays=3"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(415))
                .andExpect(jsonPath("$.detail", containsString("Content-Type: application/json")));
    }
}
