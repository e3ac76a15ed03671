package org.spasmcare.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spasmcare.assessment.CheckAnswers.lastStep;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spasmcare.catalog.TreatmentCatalog;
import org.spasmcare.triage.CarePlan;
import org.spasmcare.triage.Disposition;
import org.spasmcare.triage.RedFlag;
import org.spasmcare.triage.SafetyFactor;
import org.spasmcare.triage.TreatmentCode;
import org.spasmcare.triage.UrgentReason;
import org.spasmcare.triage.Variant;
import org.spasmcare.support.SpasmCareWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The stepped form: the red flags one question at a time, each step, Back keeps answers, errors inline and in
 * a summary, never a 500.
 */
@SpasmCareWebTest(AssessmentController.class)
@Import({CarePlans.class, TestCatalog.FixedClock.class})
class AssessmentControllerTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private MessageSource messages;

    @MockitoBean
    private TreatmentCatalog catalog;

    @BeforeEach
    void setUp() {
        given(catalog.published()).willReturn(TestCatalog.published());
    }

    @Test
    void shouldStartWithTheRedFlagsAndNothingTicked() throws Exception {
        MvcResult result = mvc.perform(get("/assessment"))
                .andExpect(status().isOk())
                .andExpect(view().name(AssessmentController.STEP_VIEW))
                .andExpect(content().string(containsString("Step 1 of 3")))
                .andExpect(content().string(containsString("First, is this an emergency?")))
                .andExpect(content().string(containsString("Numbness or tingling around your genitals")))
                .andExpect(content().string(containsString("Question 1 of 18")))
                .andExpect(content().string(not(containsString("checked"))))
                .andReturn();
        Document page = html(result);
        assertThat(page.select("#redFlags-question legend").text())
                .isEqualTo("Is this true for you? Numbness or tingling around your genitals, bottom or inner thighs");
        assertThat(page.select("#redFlags-question button[name=action]")).extracting(button -> button.val())
                .containsExactly("yes", "no");
        assertThat(page.select("input[type=checkbox], input[type=radio]")).as("one yes-or-no question, nothing to tick").isEmpty();
        assertThat(page.select(".question__answer")).as("not answered yet").isEmpty();
        assertThat(page.select("button[value=back]")).as("nothing to go back to").isEmpty();
    }

    @Test
    void shouldAskToAnswerYesOrNo() throws Exception {
        mvc.perform(step(1))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("href=\"#redFlags-question\"")))
                .andExpect(content().string(containsString("Choose Yes or No.")))
                .andExpect(content().string(containsString("Step 1 of 3")))
                .andExpect(content().string(containsString("Question 1 of 18")));
    }

    @Test
    void shouldRefuseNoRedFlagsTogetherWithASign() throws Exception {
        mvc.perform(lastStep("redFlags", "SCIATICA"))
                .andExpect(content().string(containsString("Your answers say you have no warning signs, and also a sign.")))
                .andExpect(content().string(containsString("Step 1 of 3")));
    }

    @Test
    void shouldSayCallTheEmergencyNumberStraightAfterTheRedFlagStep() throws Exception {
        mvc.perform(question(2, "yes"))
                .andExpect(view().name(AssessmentController.RED_FLAG_VIEW))
                .andExpect(content().string(containsString("Call 911 now or go to an emergency department")))
                .andExpect(content().string(containsString("href=\"tel:911\"")))
                .andExpect(content().string(containsString("trouble peeing or pooing")))
                .andExpect(content().string(not(containsString("Step 2 of 3"))))
                .andExpect(content().string(not(containsString("What to do, step by step"))));
    }

    @Test
    void shouldSendToADoctorTodayStraightAfterTheRedFlagStepAndKeepTheSafetyNet() throws Exception {
        mvc.perform(question(10, "yes")) // you have had cancer
                .andExpect(view().name(AssessmentController.RED_FLAG_VIEW))
                .andExpect(content().string(containsString("See a doctor today")))
                .andExpect(content().string(containsString("You have had cancer")))
                .andExpect(content().string(containsString("Get help now if you have any of these")))
                .andExpect(content().string(containsString("Change my answers")));
    }

    @Test
    void shouldMoveOnToThePainAndCarryTheRedFlagsAlong() throws Exception {
        mvc.perform(question(18, "no").param("redFlags", "SCIATICA"))
                .andExpect(content().string(containsString("Step 2 of 3")))
                .andExpect(content().string(containsString("<input type=\"hidden\" name=\"noRedFlags\" value=\"false\">")))
                .andExpect(content().string(containsString("<input type=\"hidden\" name=\"redFlags\" value=\"SCIATICA\">")))
                .andExpect(content().string(not(containsString("There is a problem"))));
    }

    @Test
    void shouldShowEveryPainErrorInlineAndKeepWhatWasTyped() throws Exception {
        mvc.perform(step(2).param("noRedFlags", "true").param("agoAmount", "three").param("agoUnit", "days"))
                .andExpect(content().string(containsString("Step 2 of 3")))
                .andExpect(content().string(containsString("Enter how long ago as a whole number, for example 3.")))
                .andExpect(content().string(containsString("Choose a number from 0 to 10 for your worst pain.")))
                .andExpect(content().string(containsString("value=\"three\"")))
                .andExpect(content().string(containsString("class=\"field-error\"")));
    }

    @Test
    void shouldReadOnlyPlainWholeNumbersAndShowOneMessageForTextThatIsNot() throws Exception {
        for (String notPlain : List.of("three", "0x10", "\u0663", "1e3", "3.5", "1234567")) {
            Document page = html(mvc.perform(step(2).param("noRedFlags", "true").param("agoAmount", notPlain)
                    .param("agoUnit", "days").param("painScore", "4")).andReturn());
            assertThat(page.select("#agoAmount-question .field-error").eachText()).as(notPlain)
                    .containsExactly("Enter how long ago as a whole number, for example 3.");
            assertThat(page.select(".error-summary li")).as(notPlain).hasSize(1);
            assertThat(page.select("#agoAmount").val()).isEqualTo(notPlain);
        }
    }

    @Test
    void shouldCarryTextThatIsNotANumberAlongWhenGoingBack() throws Exception {
        mvc.perform(step(2).param("action", "back").param("noRedFlags", "true").param("agoAmount", "three")
                        .param("agoUnit", "days").param("painScore", "6"))
                .andExpect(content().string(containsString("Step 1 of 3")))
                .andExpect(content().string(containsString("<input type=\"hidden\" name=\"agoAmount\" value=\"three\">")))
                .andExpect(content().string(containsString("<input type=\"hidden\" name=\"painScore\" value=\"6\">")))
                .andExpect(content().string(containsString("<input type=\"hidden\" name=\"onsetDate\" value=\"\">")))
                .andExpect(content().string(not(containsString("There is a problem"))));
    }

    @Test
    void shouldAskForOnlyOneWayOfSayingWhenItStarted() throws Exception {
        mvc.perform(step(2).param("agoAmount", "3").param("onsetDate", "2026-11-19").param("painScore", "5"))
                .andExpect(content().string(containsString("Give either how long ago or the date it started, not both.")));
    }

    @Test
    void shouldRefuseAStartDateInTheFuture() throws Exception {
        mvc.perform(step(2).param("onsetDate", "2026-11-23").param("painScore", "5"))
                .andExpect(content().string(containsString("The date cannot be in the future.")));
    }

    @Test
    void shouldGoBackWithoutLosingAnyAnswer() throws Exception {
        MvcResult result = mvc.perform(step(2).param("action", "back").param("redFlags", "SCIATICA").param("agoAmount", "12")
                        .param("agoUnit", "weeks").param("painScore", "6"))
                .andExpect(content().string(containsString("Step 1 of 3")))
                .andExpect(content().string(containsString("Question 18 of 18")))
                .andExpect(content().string(containsString("<input type=\"hidden\" name=\"agoAmount\" value=\"12\">")))
                .andExpect(content().string(containsString("<input type=\"hidden\" name=\"agoUnit\" value=\"weeks\">")))
                .andExpect(content().string(containsString("<input type=\"hidden\" name=\"painScore\" value=\"6\">")))
                .andExpect(content().string(not(containsString("There is a problem"))))
                .andReturn();
        assertThat(html(result).select("input[type=hidden][name=redFlags]")).extracting(input -> input.val())
                .containsExactly("SCIATICA");
        assertThat(html(result).select(".question__answer").text()).startsWith("You said no.");

        // back through the questions to the sciatica one: the yes is still there, and shown
        MvcResult sciatica = mvc.perform(step(1).param("question", "16").param("answered", "18").param("action", "back")
                        .param("redFlags", "SCIATICA").param("agoAmount", "12").param("agoUnit", "weeks").param("painScore", "6"))
                .andExpect(content().string(containsString("Question 15 of 18")))
                .andExpect(content().string(containsString("Pain shooting down one leg below the knee")))
                .andExpect(content().string(containsString("<input type=\"hidden\" name=\"painScore\" value=\"6\">")))
                .andReturn();
        assertThat(html(sciatica).select(".question__answer").text()).startsWith("You said yes.");
        assertThat(html(sciatica).select("input[type=hidden][name=answered]").val()).isEqualTo("18");
        assertThat(html(sciatica).select("input[type=hidden][name=redFlags]")).extracting(input -> input.val())
                .containsExactly("SCIATICA");
    }

    @Test
    void shouldCheckTheAgeAndKeepIt() throws Exception {
        mvc.perform(lastStep("age", "200"))
                .andExpect(content().string(containsString("Step 3 of 3")))
                .andExpect(content().string(containsString("Your age must be a number from 1 to 120.")))
                .andExpect(content().string(containsString("value=\"200\"")));
        mvc.perform(lastStep("age", "forty"))
                .andExpect(content().string(containsString("Enter your age as a whole number of years")));
    }

    @Test
    void shouldShowAnAcuteSelfCarePlanWithColdFirst() throws Exception {
        MvcResult result = mvc.perform(lastStep())
                .andExpect(status().isOk())
                .andExpect(view().name(AssessmentController.PLAN_VIEW))
                .andExpect(content().string(containsString("You can start looking after this yourself")))
                .andExpect(content().string(containsString("try cold first")))
                .andExpect(content().string(containsString("When to get help")))
                .andExpect(content().string(containsString("You are in the first 48 hours")))
                .andExpect(content().string(containsString("Little or no benefit")))
                .andExpect(content().string(containsString("It does not replace a doctor")))
                .andReturn();
        CarePlan plan = plan(result);
        assertThat(plan.disposition()).isEqualTo(Disposition.SELF_CARE);
        assertThat(plan.recommendations().get(0).treatment()).isEqualTo(TreatmentCode.HEAT_COLD);
        assertThat(plan.recommendations().get(0).variant()).isEqualTo(Variant.COLD_THEN_HEAT);
    }

    @Test
    void shouldSendSaddleNumbnessToTheEmergencyPageWithNoSelfCarePlan() throws Exception {
        mvc.perform(lastStep("noRedFlags", "false", "redFlags", "SADDLE_NUMBNESS"))
                .andExpect(content().string(containsString("Call 911 now or go to an emergency department")))
                .andExpect(content().string(containsString("href=\"tel:911\"")))
                .andExpect(content().string(containsString("Numbness or tingling around your genitals, bottom or inner thighs")))
                .andExpect(content().string(not(containsString("What to do, step by step"))))
                .andExpect(content().string(not(containsString("Little or no benefit"))));
    }

    @Test
    void shouldSendFeverToADoctorTodayWithTheSafetyNet() throws Exception {
        mvc.perform(lastStep("noRedFlags", "false", "redFlags", "FEVER"))
                .andExpect(content().string(containsString("See a doctor today")))
                .andExpect(content().string(containsString("A fever or chills")))
                .andExpect(content().string(containsString("Get help now if you have any of these")))
                .andExpect(content().string(not(containsString("What to do, step by step"))));
    }

    @Test
    void shouldLeadAChronicPlanWithSupervisedExerciseAndSayWhyToBook() throws Exception {
        MvcResult result = mvc.perform(lastStep("agoAmount", "20", "agoUnit", "weeks"))
                .andExpect(content().string(containsString("Book an appointment within about a week")))
                .andExpect(content().string(containsString("Your back pain has lasted more than 12 weeks.")))
                .andExpect(content().string(containsString("Work with a physiotherapist")))
                .andExpect(content().string(containsString("Needs a professional")))
                .andReturn();
        assertThat(plan(result).recommendations().get(0).variant()).isEqualTo(Variant.SUPERVISED_EXERCISE);
    }

    @Test
    void shouldSayWhichTreatmentsAreNotForThePersonAndWhy() throws Exception {
        mvc.perform(lastStep("painScore", "5", "safetyFactors", "BLOOD_THINNERS"))
                .andExpect(content().string(containsString("Not for you, and why")))
                .andExpect(content().string(containsString("Name of NSAIDS: not for you because you take a blood thinner.")));
    }

    @Test
    void shouldWorkOutTheDurationFromAStartDate() throws Exception {
        MvcResult result = mvc.perform(lastStep("agoAmount", "", "onsetDate", "2026-10-01"))
                .andExpect(view().name(AssessmentController.PLAN_VIEW)).andReturn();
        assertThat(plan(result).phase()).isEqualTo(org.spasmcare.triage.Phase.SUBACUTE); // 52 days
    }

    @Test
    void shouldSendAChangedHiddenAnswerBackToItsStepInsteadOfFailing() throws Exception {
        mvc.perform(lastStep("painScore", "eleven"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Step 2 of 3")))
                .andExpect(content().string(containsString("Choose a number from 0 to 10")));
        mvc.perform(lastStep("redFlags", "NOT_A_FLAG"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose only signs from the list.")));
        mvc.perform(lastStep("safetyFactors", "PREGNANT"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose only conditions and medicines from the list.")));
    }

    @Test
    void shouldReturnToTheAnswersFromThePlanWithEverythingKept() throws Exception {
        MvcResult result = mvc.perform(lastStep("action", "edit", "step", "1", "age", "44"))
                .andExpect(content().string(containsString("Step 1 of 3")))
                .andExpect(content().string(containsString("Question 1 of 18")))
                .andExpect(content().string(containsString("<input type=\"hidden\" name=\"age\" value=\"44\">")))
                .andExpect(content().string(containsString("<input type=\"hidden\" name=\"noRedFlags\" value=\"true\">")))
                .andReturn();
        assertThat(html(result).select(".question__answer").text()).as("every question answered no").startsWith("You said no.");
        assertThat(html(result).select("input[type=hidden][name=answered]").val()).isEqualTo("18");
    }

    @Test
    void shouldTreatNotSurePregnantAsPregnant() throws Exception {
        MvcResult result = mvc.perform(lastStep("pregnancy", "unsure", "painScore", "5")).andReturn();
        assertThat(plan(result).disposition()).isEqualTo(Disposition.ROUTINE);
        assertThat(plan(result).avoid()).extracting(a -> a.treatment()).containsExactly(TreatmentCode.NSAIDS);
        assertThat(plan(result).pregnancyWarningSigns()).isTrue();

        MvcResult severe = mvc.perform(lastStep("pregnancy", "unsure", "painScore", "8")).andReturn();
        assertThat(plan(severe).disposition()).isEqualTo(Disposition.URGENT);
        assertThat(plan(severe).urgentReasons()).containsExactly(UrgentReason.PREGNANT_SEVERE_PAIN);
    }

    @Test
    void shouldRefuseAFormWithoutItsCsrfToken() throws Exception {
        mvc.perform(post("/assessment").param("step", "1").param("noRedFlags", "true"))
                .andExpect(status().isForbidden());
    }

    @Test
    void shouldGiveEveryPlanALinkThatShowsTheSamePlanAgainWithNoNameOrAccountInIt() throws Exception {
        MvcResult posted = mvc.perform(lastStep("agoAmount", "2", "agoUnit", "weeks", "painScore", "8", "flareUp", "true",
                        "age", "67", "pregnancy", "no", "safetyFactors", "KIDNEY_DISEASE")
                        .param("safetyFactors", "BLOOD_THINNERS"))
                .andExpect(status().isOk()).andReturn();
        String link = (String) posted.getModelAndView().getModel().get("takeHomePath");
        assertThat(link).startsWith("/assessment/plan?noRedFlags=true&agoAmount=14&agoUnit=days&painScore=8&flareUp=true"
                + "&age=67&pregnancy=no&safetyFactors=")
                .contains("KIDNEY_DISEASE", "BLOOD_THINNERS").doesNotContain("step=", "csrf");

        MvcResult opened = mvc.perform(get(link)).andExpect(status().isOk())
                .andExpect(view().name(AssessmentController.PLAN_VIEW)).andReturn();
        assertThat(plan(opened)).isEqualTo(plan(posted));
        assertThat(html(opened).select("main").text()).isEqualTo(html(posted).select("main").text());
        assertThat(opened.getModelAndView().getModel().get("takeHomePath")).isEqualTo(link);
    }

    @Test
    void shouldShowTheStepToFixWhenALinkWasCutShortOrChanged() throws Exception {
        mvc.perform(get("/assessment/plan?noRedFlags=true&agoAmount=3&agoUnit=days"))
                .andExpect(status().isOk()).andExpect(view().name(AssessmentController.STEP_VIEW))
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Step 2 of 3")));
        mvc.perform(get("/assessment/plan?noRedFlags=true&agoAmount=3&agoUnit=days&painScore=4&safetyFactors=NOT_A_CODE"))
                .andExpect(status().isOk()).andExpect(view().name(AssessmentController.STEP_VIEW))
                .andExpect(content().string(containsString("Step 3 of 3")));
        mvc.perform(get("/assessment/plan?redFlags=SADDLE_NUMBNESS&agoAmount=3&agoUnit=days&painScore=4"))
                .andExpect(status().isOk()).andExpect(view().name(AssessmentController.RED_FLAG_VIEW));
    }

    // ---------------------------------------------------------------- clinical rules version 2

    @Test
    void shouldAskEveryRedFlagOneAtATimeMostSeriousFirstWithTheFallAfterTheUrgentSigns() throws Exception {
        List<String> expected = new ArrayList<>();
        for (RedFlag flag : List.of(RedFlag.SADDLE_NUMBNESS, RedFlag.BLADDER_BOWEL_CHANGE, RedFlag.BOTH_LEGS,
                RedFlag.LEG_WEAKNESS_WORSENING, RedFlag.MAJOR_TRAUMA, RedFlag.CHEST_OR_ABDOMINAL_PAIN,
                RedFlag.NEW_LEG_WEAKNESS, RedFlag.FEVER, RedFlag.RECENT_SPINAL_PROCEDURE, RedFlag.CANCER_HISTORY,
                RedFlag.WEIGHT_LOSS, RedFlag.NIGHT_PAIN, RedFlag.IMMUNE_OR_DRUG_RISK)) {
            expected.add(messages.getMessage("redFlag." + flag, null, Locale.ENGLISH));
        }
        expected.add("The pain started after a fall or a knock (not a serious accident)");
        for (RedFlag flag : List.of(RedFlag.SCIATICA, RedFlag.FIRST_EPISODE_OVER_50, RedFlag.UPPER_BACK_PAIN,
                RedFlag.RECENT_INFECTION)) {
            expected.add(messages.getMessage("redFlag." + flag, null, Locale.ENGLISH));
        }

        List<String> asked = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        Document page = html(mvc.perform(get("/assessment")).andReturn());
        for (int number = 1; number <= expected.size(); number++) {
            assertThat(page.select(".progress p").text()).isEqualTo("Step 1 of 3");
            assertThat(page.select("#question-progress").text()).isEqualTo("Question " + number + " of 18");
            assertThat(page.select(".question__answer")).as("never pre-answered").isEmpty();
            assertThat(page.select("#redFlags-question button[name=action]")).extracting(button -> button.text())
                    .containsExactly("Yes", "No");
            asked.add(page.select(".question__sign").text());
            headings.add(page.select("form h2").text());
            page = html(mvc.perform(answer(page, "no")).andReturn()); // the page's own hidden fields, as a browser posts them
        }
        assertThat(asked).containsExactlyElementsOf(expected);
        assertThat(asked).doesNotContain(messages.getMessage("redFlag.FRACTURE_RISK", null, Locale.ENGLISH),
                messages.getMessage("redFlag.INFLAMMATORY_PATTERN", null, Locale.ENGLISH));
        assertThat(headings.subList(0, 6)).containsOnly("First, is this an emergency?");
        assertThat(headings.subList(6, 13)).containsOnly("Signs that a doctor should check you today");
        assertThat(headings.subList(13, 18)).containsOnly("Other things to tell us");

        // "no" to every one of them is the API's "no red flags", and the check moves on to the pain
        assertThat(page.select(".progress p").text()).isEqualTo("Step 2 of 3");
        assertThat(page.select("input[type=hidden][name=noRedFlags]").val()).isEqualTo("true");
        assertThat(page.select("input[type=hidden][name=fallOrKnock]").val()).isEqualTo("false");
        assertThat(page.select("input[type=hidden][name=redFlags]")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void shouldEndTheCheckAtOnceOnAYesToAnEmergencySign(int number) throws Exception {
        MvcResult result = mvc.perform(question(number, "yes"))
                .andExpect(view().name(AssessmentController.RED_FLAG_VIEW))
                .andExpect(content().string(containsString("Call 911 now or go to an emergency department")))
                .andExpect(content().string(containsString("href=\"tel:911\"")))
                .andExpect(content().string(not(containsString("Question "))))
                .andReturn();
        RedFlagPage page = (RedFlagPage) result.getModelAndView().getModel().get("redFlagPage");
        assertThat(page.disposition()).isEqualTo(Disposition.EMERGENCY);
        assertThat(page.redFlags()).containsExactly(RedFlag.values()[number - 1]);
    }

    @ParameterizedTest
    @ValueSource(ints = {7, 8, 9, 10, 11, 12, 13})
    void shouldEndTheCheckAtOnceOnAYesToASignForADoctorToday(int number) throws Exception {
        MvcResult result = mvc.perform(question(number, "yes"))
                .andExpect(view().name(AssessmentController.RED_FLAG_VIEW))
                .andExpect(content().string(containsString("See a doctor today")))
                .andExpect(content().string(containsString("Get help now if you have any of these")))
                .andReturn();
        assertThat(((RedFlagPage) result.getModelAndView().getModel().get("redFlagPage")).disposition())
                .isEqualTo(Disposition.URGENT);
    }

    @Test
    void shouldGoOnAfterAYesToAFallOrARoutineSignAndCarryItAlong() throws Exception {
        Document afterFall = html(mvc.perform(question(14, "yes")).andReturn());
        assertThat(afterFall.select("#question-progress").text()).isEqualTo("Question 15 of 18");
        assertThat(afterFall.select("input[type=hidden][name=fallOrKnock]").val()).isEqualTo("true");
        assertThat(afterFall.select("input[type=hidden][name=noRedFlags]").val()).isEqualTo("false");

        Document afterSciatica = html(mvc.perform(answer(afterFall, "yes")).andReturn());
        assertThat(afterSciatica.select("#question-progress").text()).isEqualTo("Question 16 of 18");
        assertThat(afterSciatica.select("input[type=hidden][name=redFlags]")).extracting(input -> input.val())
                .containsExactly("SCIATICA");
        assertThat(afterSciatica.select("input[type=hidden][name=fallOrKnock]").val()).isEqualTo("true");
    }

    @Test
    void shouldTakeBackAYesWhenTheAnswerIsChangedToNo() throws Exception {
        Document page = html(mvc.perform(step(1).param("question", "15").param("answered", "18").param("action", "no")
                .param("redFlags", "SCIATICA").param("fallOrKnock", "true")).andReturn());
        assertThat(page.select("#question-progress").text()).isEqualTo("Question 16 of 18");
        assertThat(page.select("input[type=hidden][name=redFlags]")).isEmpty();
        assertThat(page.select(".question__answer").text()).as("answered before").startsWith("You said no.");
    }

    @Test
    void shouldReturnFromTheRedFlagPageToTheQuestionsWithTheYesKept() throws Exception {
        Document redFlagPage = html(mvc.perform(question(8, "yes")).andReturn()); // fever
        Document first = html(mvc.perform(answer(redFlagPage, "edit")).andReturn());
        assertThat(first.select("#question-progress").text()).isEqualTo("Question 1 of 18");
        assertThat(first.select("input[type=hidden][name=answered]").val()).as("answered up to the fever").isEqualTo("8");
        assertThat(first.select("input[type=hidden][name=redFlags]")).extracting(input -> input.val()).containsExactly("FEVER");
    }

    @Test
    void shouldSendPainInBothLegsToTheEmergencyPageStraightAfterStepOne() throws Exception {
        mvc.perform(question(3, "yes"))
                .andExpect(view().name(AssessmentController.RED_FLAG_VIEW))
                .andExpect(content().string(containsString("Call 911 now or go to an emergency department")));
    }

    @Test
    void shouldTurnAFallIntoAFractureRiskOnlyWithAgeThinBonesOrSteroids() throws Exception {
        assertThat(plan(mvc.perform(lastStep("noRedFlags", "false", "fallOrKnock", "true", "age", "70")).andReturn())
                .redFlags()).containsExactly(RedFlag.FRACTURE_RISK);
        assertThat(plan(mvc.perform(lastStep("noRedFlags", "false", "fallOrKnock", "true", "age", "64",
                "safetyFactors", "OSTEOPOROSIS")).andReturn()).redFlags()).containsExactly(RedFlag.FRACTURE_RISK);
        assertThat(plan(mvc.perform(lastStep("noRedFlags", "false", "fallOrKnock", "true", "age", "40",
                "safetyFactors", "LONG_TERM_STEROIDS")).andReturn()).disposition()).isEqualTo(Disposition.URGENT);
        CarePlan young = plan(mvc.perform(lastStep("noRedFlags", "false", "fallOrKnock", "true", "age", "64")).andReturn());
        assertThat(young.redFlags()).isEmpty();
        assertThat(young.disposition()).isEqualTo(Disposition.SELF_CARE);
        mvc.perform(lastStep("noRedFlags", "false", "fallOrKnock", "true", "age", "70"))
                .andExpect(content().string(containsString("See a doctor today")))
                .andExpect(content().string(containsString("The pain started after a fall or knock, and you are 65 or over")));
    }

    @Test
    void shouldRefuseNoneOfTheseTogetherWithAFall() throws Exception {
        mvc.perform(lastStep("fallOrKnock", "true"))
                .andExpect(content().string(containsString("Step 1 of 3")))
                .andExpect(content().string(containsString("Your answers say you have no warning signs, and also a sign.")));
    }

    @Test
    void shouldRequireTheAgeOrIdRatherNotSay() throws Exception {
        mvc.perform(lastStep("age", ""))
                .andExpect(content().string(containsString("Step 3 of 3")))
                .andExpect(content().string(containsString("Enter your age, or tick")));
        mvc.perform(lastStep("age", "40", "ageNotGiven", "true"))
                .andExpect(content().string(containsString("Step 3 of 3")))
                .andExpect(content().string(containsString("Clear one of them.")));
        MvcResult notGiven = mvc.perform(lastStep("age", "", "ageNotGiven", "true", "painScore", "8", "agoAmount", "5"))
                .andExpect(view().name(AssessmentController.PLAN_VIEW)).andReturn();
        assertThat(plan(notGiven).avoid()).extracting(a -> a.treatment())
                .containsExactly(TreatmentCode.MUSCLE_RELAXANTS, TreatmentCode.SPINAL_MANIPULATION);
        assertThat(plan(notGiven).avoid()).allSatisfy(a -> assertThat(a.factors()).containsExactly(SafetyFactor.AGE_NOT_GIVEN));
        assertThat(html(notGiven).text()).contains("not for you because we do not know your age")
                .contains("Ask a pharmacist first, because we do not know your age.");
    }

    @Test
    void shouldAskAboutAnInflammatoryPatternOnlyWhenThePainHasLasted85DaysOrMore() throws Exception {
        MvcResult shortPain = mvc.perform(step(2).param("noRedFlags", "true").param("agoAmount", "84")
                .param("agoUnit", "days").param("painScore", "4")).andReturn();
        assertThat(html(shortPain).select("input[name=inflammatoryPattern][type=checkbox]")).isEmpty();
        MvcResult longPain = mvc.perform(step(2).param("noRedFlags", "true").param("agoAmount", "85")
                .param("agoUnit", "days").param("painScore", "4")).andReturn();
        assertThat(html(longPain).select("input[name=inflammatoryPattern][type=checkbox]")).hasSize(1);

        assertThat(plan(mvc.perform(lastStep("agoAmount", "13", "agoUnit", "weeks", "inflammatoryPattern", "true"))
                .andReturn()).redFlags()).containsExactly(RedFlag.INFLAMMATORY_PATTERN);
        assertThat(plan(mvc.perform(lastStep("agoAmount", "12", "agoUnit", "weeks", "inflammatoryPattern", "true"))
                .andReturn()).redFlags()).as("an answer left over from a longer duration").isEmpty();
    }

    @Test
    void shouldShowWhenToGetHelpRightUnderTheDispositionWithEveryEmergencySign() throws Exception {
        Document page = html(mvc.perform(lastStep()).andReturn());

        assertThat(page.select(".disposition + .notice--get-help")).as("right under the disposition").hasSize(1);
        String box = page.select(".notice--get-help").text();
        assertThat(page.select(".notice--get-help .emergency-signs li")).hasSize(6);
        assertThat(box).contains("Call 911 now if you have:").contains("both legs").contains("during sex")
                .contains("genitals, bottom or inner thighs").contains("getting worse").contains("serious accident")
                .contains("short of breath")
                .contains("See a doctor today if you have:").contains("new weakness in one leg or foot")
                .contains("not better in 2 to 4 weeks").contains("stops you sleeping, working or coping");
        assertThat(page.select(".notice--emergency")).as("not twice").isEmpty();
    }

    @Test
    void shouldShowTheMaternitySignsAndSafePainReliefToAPregnantPerson() throws Exception {
        String page = html(mvc.perform(lastStep("pregnancy", "yes", "painScore", "5")).andReturn()).text();

        assertThat(page).contains("If you are pregnant: signs to act on now").contains("comes and goes in waves")
                .contains("bleeding from your vagina").contains("fluid leaking").contains("a high temperature")
                .contains("pain when you pee").contains("blurred").contains("Call 911 if you have heavy bleeding")
                .contains("Pain relief that is safe for you").contains("Never take them from 20 weeks")
                .contains("But it may be the safest painkiller for you");
    }

    @Test
    void shouldShowAnUrgentReasonWithNoSelfCareButTheMaternitySignsWhenPregnantWithSeverePain() throws Exception {
        MvcResult result = mvc.perform(lastStep("pregnancy", "yes", "painScore", "9")).andReturn();
        String page = html(result).text();

        assertThat(page).contains("See a doctor today").contains("Contact your midwife today")
                .contains("If you are pregnant: signs to act on now").contains("Pain relief that is safe for you")
                .doesNotContain("What to do, step by step").doesNotContain("Little or no benefit")
                .contains("Get help now if you have any of these");
        assertThat(html(result).select(".disposition__reasons li")).hasSize(1);
    }

    @Test
    void shouldPutEachCautionOnItsStepInWordsAndTheRegularMedicinesLineOnTheNsaidStep() throws Exception {
        Document page = html(mvc.perform(lastStep("painScore", "5", "age", "70", "safetyFactors", "BLOOD_PRESSURE_TABLETS")
                .param("safetyFactors", "ASTHMA")).andReturn());

        String nsaidStep = page.select(".plan-step").stream().filter(step -> step.text().contains("Name of NSAIDS"))
                .findFirst().orElseThrow().text();
        assertThat(nsaidStep).contains("Needs a professional")
                .contains("Ask a pharmacist first, because you take blood pressure tablets or water tablets.")
                .contains("Ask a pharmacist first, because you have asthma.")
                .contains("At 65 or over, the risk of bleeding in the stomach is higher")
                .contains("Check with a pharmacist first if you take any regular medicines.");
        assertThat(page.select(".plan-step__cautions")).hasSize(1);
    }

    @Test
    void shouldSayWhereToGetSafePainReliefWhenSeverePainRulesOutNsaids() throws Exception {
        MvcResult result = mvc.perform(lastStep("painScore", "8", "safetyFactors", "KIDNEY_DISEASE")).andReturn();

        assertThat(plan(result).disposition()).isEqualTo(Disposition.ROUTINE);
        assertThat(html(result).text()).contains("Pain relief that is safe for you")
                .contains("Ask a pharmacist or doctor which pain relief you can take")
                .contains("anti-inflammatory painkillers are not safe for you")
                .contains("But it may be the safest painkiller for you");
        String plain = html(mvc.perform(lastStep("painScore", "5")).andReturn()).text();
        assertThat(plain).doesNotContain("Pain relief that is safe for you").contains("it does little for back pain");
    }

    private static MockHttpServletRequestBuilder step(int step) {
        return post("/assessment").with(csrf()).param("step", String.valueOf(step));
    }

    /** A yes or no to one red-flag question, with every question before it answered no. */
    private static MockHttpServletRequestBuilder question(int number, String action) {
        return step(1).param("question", String.valueOf(number)).param("answered", String.valueOf(number - 1))
                .param("action", action);
    }

    /** The page's form posted as a browser would: its hidden fields, and the button pressed. */
    private static MockHttpServletRequestBuilder answer(Document page, String action) {
        MockHttpServletRequestBuilder request = post("/assessment").with(csrf()).param("action", action);
        for (var input : page.select("main form input[type=hidden]")) {
            if (!input.attr("name").equals("_csrf")) {
                request.param(input.attr("name"), input.val());
            }
        }
        return request;
    }

    private static Document html(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private static CarePlan plan(MvcResult result) {
        CarePlanPage page = (CarePlanPage) result.getModelAndView().getModel().get("page");
        assertThat(page).as("a plan page").isNotNull();
        return page.plan();
    }
}
