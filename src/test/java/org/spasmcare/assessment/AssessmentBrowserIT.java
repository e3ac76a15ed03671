package org.spasmcare.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.spasmcare.browser.BrowserTest;

/** A person in pain answering the assessment in a real Chromium, with axe checking every page. */
class AssessmentBrowserIT extends BrowserTest {

    @ParameterizedTest
    @EnumSource(Screen.class)
    void shouldSendARedFlagStraightToTheEmergencyPage(Screen screen) {
        resizeTo(screen);
        open("/assessment");
        assertThat(find(".progress p").getText()).isEqualTo("Step 1 of 3");
        assertThat(find("#question-progress").getText()).isEqualTo("Question 1 of 18");
        assertWellFormedPage();

        answer("yes"); // numbness around the genitals, bottom or inner thighs

        assertThat(heading()).isEqualTo("Call 911 now or go to an emergency department");
        assertThat(find(".disposition--emergency a.button--call").getAttribute("href")).isEqualTo("tel:911");
        assertThat(browser.findElements(By.id("steps-heading"))).isEmpty();
        assertWellFormedPage();
        saveScreenshot("assessment-emergency-" + screen.name().toLowerCase());
    }

    @ParameterizedTest
    @EnumSource(Screen.class)
    void shouldLeadAnOrdinaryAcuteCaseWithColdFirst(Screen screen) {
        resizeTo(screen);
        open("/assessment");
        answerNoToEveryRedFlag();

        assertThat(find(".progress p").getText()).isEqualTo("Step 2 of 3");
        type("agoAmount", "1");
        choosePain(5);
        assertScaleOnOneLine("painScore");
        assertWellFormedPage();
        saveScreenshot("assessment-step2-" + screen.name().toLowerCase());
        next();

        assertThat(find(".progress p").getText()).isEqualTo("Step 3 of 3");
        type("age", "34");
        assertWellFormedPage();
        next();

        assertThat(heading()).isEqualTo("You can start looking after this yourself");
        openTheSteps();
        WebElement first = find(".plan-step");
        assertThat(first.findElement(By.tagName("h3")).getText()).contains("Step 1").contains("Heat and cold");
        assertThat(first.getText()).contains("try cold first");
        assertThat(find("[data-print]").isDisplayed()).as("print button shown once the script runs").isTrue();
        assertWellFormedPage();
        saveScreenshot("assessment-plan-acute-" + screen.name().toLowerCase());
    }

    @Test
    void shouldLeadAChronicCaseWithSupervisedExercise() {
        resizeTo(Screen.DESKTOP);
        open("/assessment");
        answerNoToEveryRedFlag();
        type("agoAmount", "20");
        new Select(browser.findElement(By.id("agoUnit"))).selectByValue("weeks");
        choosePain(6);
        next();
        type("age", "52");
        next();

        assertThat(heading()).isEqualTo("Book an appointment within about a week");
        openTheSteps();
        WebElement first = find(".plan-step");
        assertThat(first.getText()).contains("Physical therapy and stretching").contains("Work with a physiotherapist")
                .contains("Needs a professional");
        assertWellFormedPage();
        saveScreenshot("assessment-plan-chronic");
    }

    @Test
    void shouldKeepEveryAnswerWhenGoingBackAndForth() {
        resizeTo(Screen.PHONE);
        open("/assessment");
        answerNoToEveryRedFlag();
        type("agoAmount", "3");
        choosePain(7);
        clickAndWaitForNextPage(browser.findElement(By.cssSelector("button[value=back]")));

        assertThat(find(".progress p").getText()).isEqualTo("Step 1 of 3");
        assertThat(find("#question-progress").getText()).isEqualTo("Question 18 of 18");
        assertThat(find(".question__answer").getText()).startsWith("You said no.");
        clickAndWaitForNextPage(browser.findElement(By.cssSelector("button[value=back]")));
        assertThat(find("#question-progress").getText()).isEqualTo("Question 17 of 18");
        assertThat(find(".question__answer").getText()).startsWith("You said no.");
        answer("no");
        answer("no");
        assertThat(find(".progress p").getText()).isEqualTo("Step 2 of 3");
        assertThat(browser.findElement(By.id("agoAmount")).getAttribute("value")).isEqualTo("3");
        assertThat(browser.findElement(By.cssSelector("input[name=painScore][value='7']")).isSelected()).isTrue();
    }

    @Test
    void shouldExplainAMissingAnswerAtTheTopAndNextToTheQuestion() {
        resizeTo(Screen.PHONE);
        // Yes and No always answer the question: a take-home link cut short before its red flags is what can miss one
        open("/assessment/plan?agoAmount=3&agoUnit=days&painScore=4&age=40");

        assertThat(find(".error-summary").getText()).contains("Answer each question about warning signs with Yes or No.");
        assertThat(find(".error-summary a").getAttribute("href")).endsWith("#redFlags-question");
        assertThat(find("#redFlags-question .field-error").getText()).contains("Yes or No");
        assertWellFormedPage();
        saveScreenshot("assessment-error-phone");
    }

    @Test
    void shouldPrintTheLongestSelfCarePlanOnOnePage() throws Exception {
        resizeTo(Screen.DESKTOP);
        open("/assessment");
        answerNoToEveryRedFlag();
        type("agoAmount", "5");
        choosePain(9); // acute and severe: all seven treatments are suggested
        next();
        type("age", "40");
        next();
        assertThat(browser.findElements(By.cssSelector(".plan-step"))).hasSize(7);

        assertThat(printedPages("plan-print")).as("printed pages").isEqualTo(1);
    }

    @Test
    void shouldShowTheFirstQuestionAndItsYesAndNoOnAPhoneWithoutScrolling() {
        browser.manage().window().setSize(new Dimension(390, 844));
        open("/assessment");
        for (String css : List.of("#question-progress", "#redFlags-question legend", "button[value=yes]", "button[value=no]")) {
            assertThat((Boolean) browser.executeScript("const box = arguments[0].getBoundingClientRect();"
                    + " return window.scrollY === 0 && box.top >= 0 && box.bottom <= window.innerHeight;", find(css)))
                    .as(css + " in view without scrolling").isTrue();
        }
        assertWellFormedPage();
        saveScreenshot("assessment-question-1-390");
        answer("no");
        answer("no");
        assertThat(find("#question-progress").getText()).isEqualTo("Question 3 of 18");
        saveScreenshot("assessment-question-3-390");
        clickAndWaitForNextPage(find("button[value=back]"));
        assertThat(find(".question__answer").getText()).startsWith("You said no.");
        assertWellFormedPage();
        saveScreenshot("assessment-question-2-answered-390");

        resizeTo(Screen.DESKTOP);
        open("/assessment");
        assertWellFormedPage();
        saveScreenshot("assessment-question-1-1280");
        for (int number = 1; number < 14; number++) {
            answer("no");
        }
        assertThat(find(".question__sign").getText()).startsWith("The pain started after a fall or a knock");
        saveScreenshot("assessment-question-14-1280");
    }

    @Test
    void shouldKeepThePainScaleOnOneLineWithItsWordsAt320Px() {
        resizeTo(Screen.PHONE); // 320 px
        open("/assessment");
        answerNoToEveryRedFlag();
        assertScaleOnOneLine("painScore");
        assertThat(find(".pain-scale__anchors").getText()).contains("No pain").contains("Worst imaginable");
        assertWellFormedPage();
        browser.executeScript("arguments[0].scrollIntoView();", find("#painScore-question"));
        saveScreenshot("assessment-pain-scale-320");
    }

    private void answer(String yesOrNo) {
        clickAndWaitForNextPage(find("#redFlags-question button[value=" + yesOrNo + "]"));
    }

    /** The steps, with their why and evidence, are folded under the plan in brief: open them as a person would. */
    private void openTheSteps() {
        find("#plan-steps-details > summary").click();
    }

    private void type(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /** The pain buttons are radio inputs laid over their number: a tap anywhere on the box lands on the input. */
    private void choosePain(int score) {
        browser.findElement(By.cssSelector("input[name=painScore][value='" + score + "']")).click();
    }

    private void next() {
        clickAndWaitForNextPage(browser.findElement(By.cssSelector("button[value=next]")));
    }
}
