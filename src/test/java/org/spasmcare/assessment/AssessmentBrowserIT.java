package org.spasmcare.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
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
        assertWellFormedPage();

        tick("redFlags1"); // numbness around the genitals, bottom or inner thighs
        next();

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
        tick("noRedFlags1");
        next();

        assertThat(find(".progress p").getText()).isEqualTo("Step 2 of 3");
        type("agoAmount", "1");
        choosePain(5);
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
        tick("noRedFlags1");
        next();
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
        tick("noRedFlags1");
        next();
        type("agoAmount", "3");
        choosePain(7);
        clickAndWaitForNextPage(browser.findElement(By.cssSelector("button[value=back]")));

        assertThat(find(".progress p").getText()).isEqualTo("Step 1 of 3");
        assertThat(browser.findElement(By.id("noRedFlags1")).isSelected()).isTrue();
        next();
        assertThat(browser.findElement(By.id("agoAmount")).getAttribute("value")).isEqualTo("3");
        assertThat(browser.findElement(By.cssSelector("input[name=painScore][value='7']")).isSelected()).isTrue();
    }

    @Test
    void shouldExplainAMissingAnswerAtTheTopAndNextToTheQuestion() {
        resizeTo(Screen.PHONE);
        open("/assessment");
        next();

        assertThat(find(".error-summary").getText()).contains("Tick the signs you have, or tick \"None of these\".");
        assertThat(find(".error-summary a").getAttribute("href")).endsWith("#redFlags-question");
        assertThat(find("#redFlags-question .field-error").getText()).contains("None of these");
        assertWellFormedPage();
        saveScreenshot("assessment-error-phone");
    }

    @Test
    void shouldPrintTheLongestSelfCarePlanOnOnePage() throws Exception {
        resizeTo(Screen.DESKTOP);
        open("/assessment");
        tick("noRedFlags1");
        next();
        type("agoAmount", "5");
        choosePain(9); // acute and severe: all seven treatments are suggested
        next();
        type("age", "40");
        next();
        assertThat(browser.findElements(By.cssSelector(".plan-step"))).hasSize(7);

        assertThat(printedPages("plan-print")).as("printed pages").isEqualTo(1);
    }

    /** The steps, with their why and evidence, are folded under the plan in brief: open them as a person would. */
    private void openTheSteps() {
        find("#plan-steps-details > summary").click();
    }

    private void tick(String id) {
        browser.findElement(By.cssSelector("label[for='" + id + "']")).click();
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
