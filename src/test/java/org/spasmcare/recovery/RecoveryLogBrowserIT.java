package org.spasmcare.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.spasmcare.browser.BrowserTest;
import org.spasmcare.support.TestClock;

/** A patient's first week with the log, in a real Chromium with axe on every page. */
class RecoveryLogBrowserIT extends BrowserTest {

    @Test
    void shouldGoFromAssessmentToSavedPlanToThreeDaysOfEntriesAndTheirTrend() {
        resizeTo(Screen.PHONE);
        browser.manage().deleteAllCookies();
        open("/assessment");
        click("label[for='noRedFlags1']");
        click("button[value=next]");
        browser.findElement(By.id("agoAmount")).sendKeys("2");
        click("input[name=painScore][value='7']");
        click("button[value=next]");
        browser.findElement(By.id("age")).sendKeys("40");
        click("button[value=next]");
        assertThat(heading()).isEqualTo("You can start looking after this yourself");

        click(".save-plan button[type=submit]");
        assertThat(heading()).isEqualTo("Sign in");
        assertThat(find(".notice--info").getText()).contains("Your answers are kept");
        assertWellFormedPage();

        clickAndWaitForNextPage(browser.findElement(By.linkText("Create one")));
        assertWellFormedPage();
        browser.findElement(By.id("username")).sendKeys("journey" + System.nanoTime());
        browser.findElement(By.id("password")).sendKeys("walking slowly every morning");
        browser.findElement(By.id("confirmPassword")).sendKeys("walking slowly every morning");
        click("form.account-form button[type=submit]");

        assertThat(heading()).isEqualTo("My recovery log");
        assertThat(find(".flash").getText()).contains("Your plan is saved");
        assertThat(find(".plan-summary").getText()).contains("Heat and cold");

        LocalDate today = TestClock.TODAY;
        addEntry(today.minusDays(2), 7, 8);
        addEntry(today.minusDays(1), 5, 6);
        addEntry(today, 4, 4);

        assertThat(browser.findElements(By.cssSelector(".entries .entry"))).hasSize(3);
        assertThat(find("#change-heading + p").getText()).contains("from 7 to 4").contains("down 3 points");
        assertThat(find(".change-verdict").getText()).isEqualTo("That is a meaningful improvement.");
        // the chart itself, not the legend's small line samples (svg.chart__key, hidden from screen readers)
        WebElement chart = find(".chart svg.chart__svg");
        assertThat(chart.getAttribute("role")).isEqualTo("img");
        assertThat(browser.findElements(By.cssSelector(".chart svg polyline"))).hasSize(2);
        assertThat(browser.findElements(By.cssSelector(".chart svg polyline.pain-line"))).as("three days in a row: no break").hasSize(1);
        assertWellFormedPage();
        saveScreenshot("log-phone");

        resizeTo(Screen.DESKTOP);
        open("/log");
        assertWellFormedPage();
        saveScreenshot("log-desktop");
        open("/log/summary");
        assertThat(heading()).isEqualTo("Back pain summary for a clinician");
        assertWellFormedPage();
        assertThat(printedPages("clinician-summary")).as("the summary prints on one page").isEqualTo(1);
    }

    @Test
    void shouldShowTheEmergencyBannerAsSoonAsAnEntryHasARedFlag() {
        resizeTo(Screen.DESKTOP);
        browser.manage().deleteAllCookies();
        open("/register");
        browser.findElement(By.id("username")).sendKeys("flag" + System.nanoTime());
        browser.findElement(By.id("password")).sendKeys("walking slowly every evening");
        browser.findElement(By.id("confirmPassword")).sendKeys("walking slowly every evening");
        click("form.account-form button[type=submit]");
        assertThat(heading()).isEqualTo("Start your recovery log");
        setDate(browser.findElement(By.id("onsetDate")), TestClock.TODAY.minusDays(3));
        click("form[action='/log/start'] button[type=submit]");

        click("input[name=pain][value='5']");
        click("input[name=interference][value='5']");
        click("input[name=redFlags][value=BLADDER_BOWEL_CHANGE]");
        click(".entry-form button[type=submit]");

        assertThat(find("#log-alert-heading").getText()).isEqualTo("Call 911 now or go to an emergency department");
        assertThat(find(".disposition--emergency").getText()).contains("trouble peeing or pooing");
        assertWellFormedPage();
        saveScreenshot("log-red-flag");
    }

    private void addEntry(LocalDate date, int pain, int interference) {
        setDate(browser.findElement(By.id("date")), date);
        click("input[name=pain][value='" + pain + "']");
        click("input[name=interference][value='" + interference + "']");
        click("label[for='treatments2']"); // heat and cold
        click(".entry-form button[type=submit]");
        assertThat(find(".flash").getText()).isEqualTo("Your entry is saved.");
    }

    private void setDate(WebElement input, LocalDate date) {
        browser.executeScript("arguments[0].value = arguments[1];", input, date.toString());
    }

    /** Clicks, and when the click submits a form or follows a link, waits for the next page. */
    private void click(String css) {
        WebElement element = find(css);
        String tag = element.getTagName();
        boolean navigates = tag.equals("button") || tag.equals("a");
        if (navigates) {
            clickAndWaitForNextPage(element);
        } else {
            element.click();
        }
    }
}
