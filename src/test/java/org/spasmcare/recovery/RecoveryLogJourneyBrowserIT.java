package org.spasmcare.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.spasmcare.browser.BrowserTest;
import org.spasmcare.support.TestClock;

/**
 * The recovery log, version 2, kept on a phone in a real Chromium with axe on every page: a daily check-in in
 * three taps, a red flag that stays until the patient says a clinician has seen them, a second plan saved into
 * the same episode, and the clinician summary printed on one page.
 */
class RecoveryLogJourneyBrowserIT extends BrowserTest {

    private static final String PASSWORD = "slow walks by the river";
    private static final LocalDate TODAY = TestClock.TODAY;

    @Test
    void shouldKeepALogOnAPhoneFromCheckInToTheClinicianSummary() throws Exception {
        resizeTo(Screen.PHONE);
        browser.manage().deleteAllCookies();
        checkBackPain("6", 6);
        click(".save-plan button[type=submit]");
        clickAndWaitForNextPage(browser.findElement(By.linkText("Create one")));
        browser.findElement(By.id("username")).sendKeys("phone" + System.nanoTime());
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("confirmPassword")).sendKeys(PASSWORD);
        click("form.account-form button[type=submit]");
        assertThat(heading()).isEqualTo("My recovery log");

        // a daily check-in: three taps (pain, how much it got in the way, what was tried) and Save
        assertThat(find("#date").getAttribute("value")).as("the form starts on today").isEqualTo(TODAY.toString());
        assertThat(find("details#redFlags-question").getAttribute("open")).as("the warning signs wait behind one question")
                .isNull();
        tap("input[name=pain][value='5']");
        tap("input[name=interference][value='5']");
        tap("label[for='treatments2']");
        click(".entry-form button[type=submit]");
        assertThat(find(".flash").getText()).isEqualTo("Your entry is saved.");
        assertThat(find("#date").getAttribute("value")).as("today is logged, so the form offers yesterday")
                .isEqualTo(TODAY.minusDays(1).toString());
        assertThat(find(".entry-form").getText()).contains("Today is already logged");
        assertWellFormedPage();
        saveScreenshot("log-check-in-phone");

        // a new warning sign logged for yesterday: the alert shows, and stays after more entries
        tap("details#redFlags-question > summary");
        tap("label[for='" + find("input[name=redFlags][value=FEVER]").getAttribute("id") + "']");
        tap("input[name=pain][value='7']");
        tap("input[name=interference][value='7']");
        click(".entry-form button[type=submit]");
        assertThat(find("[data-disposition]").getAttribute("data-disposition")).isEqualTo("URGENT");
        assertThat(find("[data-disposition]").getText()).contains("See a doctor today").contains("fever");
        setDate(TODAY.minusDays(2));
        tap("input[name=pain][value='6']");
        tap("input[name=interference][value='6']");
        click(".entry-form button[type=submit]");
        assertThat(find("[data-disposition]").getAttribute("data-disposition")).as("still showing").isEqualTo("URGENT");
        assertWellFormedPage();
        saveScreenshot("log-red-flag-until-seen-phone");

        // "A clinician has seen me about this", with the date: the alert goes
        click(".seen-form button[type=submit]");
        assertThat(find(".flash").getText()).contains("The alert is cleared");
        assertThat(browser.findElements(By.cssSelector("[data-disposition]"))).isEmpty();

        // a second plan, saved into the same episode: its entries stay
        checkBackPain("6", 4);
        click(".save-plan button[type=submit]");
        assertThat(heading()).isEqualTo("Is this the same back pain?");
        click("form:has(input[name=choice][value=same]) button");
        assertThat(heading()).isEqualTo("My recovery log");
        assertThat(browser.findElements(By.cssSelector(".entries .entry"))).hasSize(3);
        assertThat(browser.findElements(By.cssSelector("[data-disposition]"))).as("still seen").isEmpty();

        // the summary for a clinician, on one printed page
        open("/log/summary");
        assertThat(heading()).isEqualTo("Back pain summary for a clinician");
        assertThat(find("main").getText()).contains("A fever or chills")
                .contains("The patient says a clinician saw them on 15 November 2026");
        assertWellFormedPage();
        assertThat(printedPages("clinician-summary-v2")).as("the summary prints on one page").isEqualTo(1);
    }

    private void setDate(LocalDate date) {
        browser.executeScript("arguments[0].value = arguments[1];", find("#date"), date.toString());
    }

    private void tap(String css) {
        find(css).click();
    }

    /** Clicks, and when the click submits a form or follows a link, waits for the next page. */
    private void click(String css) {
        WebElement element = find(css);
        String tag = element.getTagName();
        if (tag.equals("button") || tag.equals("a")) {
            clickAndWaitForNextPage(element);
        } else {
            element.click();
        }
    }
}
