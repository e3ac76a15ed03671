package org.spasmcare.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spasmcare.assessment.CheckAnswers.lastStep;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.spasmcare.catalog.TreatmentCatalog;
import org.spasmcare.support.SpasmCareWebTest;
import org.spasmcare.web.SpasmCareProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The result pages of issue #14: "Your plan in brief" first, the details folded, the urgent care number,
 * the emergency page, the emergency number printed once, and the printed date and address.
 */
@SpasmCareWebTest(value = AssessmentController.class, properties = "spasmcare.urgent-care-number=111")
@Import({CarePlans.class, TestCatalog.FixedClock.class})
class ResultPagesWebTest {

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private TreatmentCatalog catalog;

    @BeforeEach
    void setUp() {
        given(catalog.published()).willReturn(TestCatalog.published());
    }

    @Test
    void shouldStartAMildPlanWithThePlanInBriefThenWhenToGetHelpThenTheDetailsFolded() throws Exception {
        Document page = page(lastStep("agoAmount", "1", "painScore", "3"));

        Element brief = page.selectFirst("main > .plan-brief");
        assertThat(brief).as("the plan in brief is the first thing in main").isNotNull()
                .isEqualTo(page.selectFirst("main").child(0));
        assertThat(brief.select(".plan-brief__label").text()).isEqualTo("Your plan in brief");
        assertThat(brief.select("h1").text()).isEqualTo("You can start looking after this yourself");
        assertThat(brief.select(".plan-brief__today-heading").text()).isEqualTo("Start with these today");
        assertThat(brief.select(".plan-brief__today > li")).hasSizeBetween(2, 3);
        assertThat(brief.select(".plan-brief__today > li").first().text()).contains("cold pack").contains("15 to 20 minutes");
        // then Save / Print, after the things to do
        assertThat(brief.select(".plan-brief__today ~ .plan-brief__actions form[action=/log/save-plan] button").text())
                .isEqualTo("Save to my log");
        assertThat(brief.select(".plan-brief__actions button[data-print]").text()).isEqualTo("Print this plan");
        assertThat(page.select("form[action=/log/save-plan]")).as("one save form").hasSize(1);
        // rules section 7: "When to get help" right under the disposition, with all six emergency signs
        assertThat(page.select(".disposition + .notice--get-help .emergency-signs li")).hasSize(6);
        // the details follow, folded: every step with its why and evidence, the phase, little benefit
        assertThat(page.select("details.plan-details:not([open])")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(page.select("details.plan-details .plan-step")).hasSize(page.select(".plan-step").size()).isNotEmpty();
        assertThat(page.select("details.plan-details summary #steps-heading").text()).isEqualTo("What to do, step by step");
        assertThat(page.select("details.plan-details summary #phase-heading")).hasSize(1);
        assertThat(page.select("details.plan-details summary #not-recommended-heading")).hasSize(1);
        assertThat(page.select(".plan-brief details, .notice--get-help details")).isEmpty();
    }

    @Test
    void shouldSayInTheBriefWhenAStepNeedsAProfessionalAndKeepItsCautions() throws Exception {
        // acute, moderate, 70 with blood pressure tablets: NSAIDs are step 3, with a professional and cautions
        Document page = page(lastStep("agoAmount", "3", "painScore", "6", "age", "70",
                "safetyFactors", "BLOOD_PRESSURE_TABLETS"));

        Element nsaids = page.select(".plan-brief__today > li").stream()
                .filter(item -> item.text().contains("ibuprofen")).findFirst().orElseThrow();
        assertThat(nsaids.select(".plan-brief__professional").text()).isEqualTo("Needs a professional.");
        assertThat(nsaids.select(".plan-brief__cautions li").eachText()).contains(
                "Ask a pharmacist first, because you take blood pressure tablets or water tablets.",
                "Ask a pharmacist or doctor first. At 65 or over, the risk of bleeding in the stomach is higher.");
        // every step the brief names needs a professional in the details too, and the reverse
        int professionalInBrief = page.select(".plan-brief__today .plan-brief__professional").size();
        long professionalInFirstSteps = page.select(".plan-step").stream().limit(3)
                .filter(step -> !step.select(".badge").isEmpty()).count();
        assertThat(professionalInBrief).isEqualTo((int) professionalInFirstSteps);
    }

    @Test
    void shouldKeepWhenToGetHelpRightUnderTheDispositionOfASevereRoutinePlanAndThePainReliefInView() throws Exception {
        Document page = page(lastStep("agoAmount", "5", "painScore", "8", "safetyFactors", "KIDNEY_DISEASE"));

        assertThat(page.select(".plan-brief h1").text()).isEqualTo("Book an appointment within about a week");
        assertThat(page.select(".disposition + .notice--get-help")).hasSize(1);
        assertThat(page.selectFirst("#pain-relief-heading").closest("details")).as("not folded").isNull();
        assertThat(page.select("#pain-relief-heading").text()).isEqualTo("Pain relief that is safe for you");
        assertThat(page.select("details.plan-details summary #avoid-heading").text()).isEqualTo("Not for you, and why");
    }

    @Test
    void shouldMakeAnUrgentResultTheLoudestWithTheUrgentCareNumberAndTheEmergencyNumberOnce() throws Exception {
        Document page = page(lastStep("painScore", "9", "pregnancy", "yes"));

        Element result = page.selectFirst("main > .disposition--urgent");
        assertThat(result).as("the person's own result first").isEqualTo(page.selectFirst("main").child(0));
        assertThat(result.select("h1").text()).isEqualTo("See a doctor today");
        assertThat(result.select(".disposition__urgent-care").text()).isEqualTo("Urgent care: 111");
        assertThat(result.select(".disposition__urgent-care a").attr("href")).isEqualTo("tel:111");
        // the maternity signs and safe pain relief stay in view
        assertThat(page.select(".notice--maternity").text()).contains("comes and goes in waves")
                .contains("Call the emergency number below");
        assertThat(page.select("#pain-relief-heading")).hasSize(1);
        // the emergency signs box, and in it the only place the number is printed, as a call link
        assertThat(page.select(".notice--emergency .emergency-signs li")).hasSize(6);
        assertThat(occurrences(page.body().text(), "911")).as("the emergency number, printed once").isEqualTo(1);
        assertThat(page.select(".notice--emergency a[href=tel:911]")).hasSize(1);
        assertThat(page.select("button[data-print]")).hasSize(1);
    }

    @Test
    void shouldPrintTheEmergencyNumberOnceOnTheUrgentRedFlagPageToo() throws Exception {
        Document page = page(yesToQuestion(8));

        assertThat(page.select("h1").text()).isEqualTo("See a doctor today");
        assertThat(page.select(".disposition__urgent-care a[href=tel:111]")).hasSize(1);
        assertThat(occurrences(page.body().text(), "911")).isEqualTo(1);
        assertThat(page.select("button[data-print]")).hasSize(1);
    }

    @Test
    void shouldGiveAnEmergencyAFullWidthCallNoDrivingWhatToTellAndNoPrintOrCarePlanTitle() throws Exception {
        for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[] {
                yesToQuestion(1), // question 1: numbness around the genitals, bottom or inner thighs
                get("/assessment/plan").param("redFlags", "SADDLE_NUMBNESS"),
                lastStep("noRedFlags", "false", "redFlags", "SADDLE_NUMBNESS")}) {
            Document page = page(request);

            assertThat(page.select("h1").text()).isEqualTo("Call 911 now or go to an emergency department");
            assertThat(page.select(".disposition--emergency .disposition__call a.button--call[href=tel:911]").text())
                    .isEqualTo("Call 911");
            assertThat(page.select(".disposition__drive").text()).isEqualTo("Do not drive yourself.");
            assertThat(page.select(".disposition__tell").text()).isEqualTo("What to tell the call handler");
            assertThat(page.select(".disposition__because").text()).contains("back pain");
            assertThat(page.select(".disposition__reasons li").text()).contains("genitals");
            assertThat(page.select("[data-print]")).as("no Print this plan").isEmpty();
            assertThat(page.text()).doesNotContain("Print this plan").doesNotContain("Your care plan")
                    .doesNotContain("Your plan in brief").doesNotContain("Save to my log");
            assertThat(page.title()).doesNotContain("care plan").startsWith("Get help now");
        }
    }

    @Test
    void shouldPrintTheDateAndTheAppsAddressOnlyOnPaper() throws Exception {
        Document page = page(lastStep());

        Element printed = page.selectFirst(".printed-from");
        assertThat(printed).isNotNull();
        assertThat(printed.hasClass("print-only")).isTrue();
        assertThat(printed.text()).isEqualTo("Printed on 22 November 2026 from SpasmCare: http://localhost");
    }

    @Nested
    @TestPropertySource(properties = {"spasmcare.urgent-care-number=", "spasmcare.public-url=https://spasmcare.example.org/"})
    class WithoutAnUrgentCareNumber {

        @Test
        void shouldShowNoUrgentCareLineAndPrintThePublicAddress() throws Exception {
            Document page = page(lastStep("painScore", "9", "pregnancy", "yes"));

            assertThat(page.select("h1").text()).isEqualTo("See a doctor today");
            assertThat(page.select(".disposition__urgent-care")).isEmpty();
            assertThat(page.text()).doesNotContain("Urgent care:");
            assertThat(page.select(".printed-from").text()).endsWith("from SpasmCare: https://spasmcare.example.org");
        }
    }

    @Test
    void shouldTellANumberFromALinkForUrgentCare() {
        assertThat(new SpasmCareProperties("911", "", "").urgentCare()).isNull();
        assertThat(new SpasmCareProperties("911", "", "  ").urgentCare()).isNull();
        assertThat(new SpasmCareProperties("911", "", "0800 123 456").urgentCare())
                .isEqualTo(new SpasmCareProperties.UrgentCare("0800 123 456", "tel:0800123456", false));
        assertThat(new SpasmCareProperties("911", "", "https://urgent.example.org/find").urgentCare())
                .isEqualTo(new SpasmCareProperties.UrgentCare("https://urgent.example.org/find",
                        "https://urgent.example.org/find", true));
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }

    private static int occurrences(String text, String number) {
        return (int) Pattern.compile("(?<!\\d)" + Pattern.quote(number) + "(?!\\d)").matcher(text).results().count();
    }

    /** A yes to red-flag question n of the check (1: saddle numbness, 8: a fever), as the question's page posts it. */
    private static MockHttpServletRequestBuilder yesToQuestion(int number) {
        return post("/assessment").with(csrf()).param("step", "1").param("question", String.valueOf(number))
                .param("answered", String.valueOf(number - 1)).param("action", "yes");
    }
}
