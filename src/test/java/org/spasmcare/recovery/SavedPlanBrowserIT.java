package org.spasmcare.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.spasmcare.account.SignedInAccount;
import org.spasmcare.account.TestAccounts;
import org.spasmcare.browser.BrowserTest;
import org.spasmcare.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Saving a plan as a person sees it, in a real Chromium with axe on every page: the save box says what will
 * happen, a second plan asks whether it is the same back pain, neither answer hides a log without saying
 * where it is; and after a rejected save, a long form's error summary is in view and has focus.
 */
class SavedPlanBrowserIT extends BrowserTest {

    private static final String PASSWORD = "walking slowly every afternoon";

    @Autowired
    private ApplicationContext context;

    @Test
    void shouldAskWhetherASecondPlanIsTheSameBackPainAndSayWhereTheOldLogIs() {
        resizeTo(Screen.PHONE);
        browser.manage().deleteAllCookies();
        checkBackPain("3", 7);
        assertThat(find(".save-plan").getText()).contains("You will be asked to sign in or create an account first.");
        click(".save-plan button[type=submit]");
        clickAndWaitForNextPage(browser.findElement(By.linkText("Create one")));
        browser.findElement(By.id("username")).sendKeys("twice" + System.nanoTime());
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("confirmPassword")).sendKeys(PASSWORD);
        click("form.account-form button[type=submit]");
        assertThat(find(".flash").getText()).contains("Your plan is saved");
        addEntry(TestClock.TODAY.minusDays(1), 7, 7);

        // a new check, signed in: the box says there will be a question, and nothing about signing in
        checkBackPain("1", 5);
        String box = find(".save-plan").getText();
        assertThat(box).contains("You already have a log. It started on 12 November 2026. We will ask if this is the same back pain.")
                .doesNotContain("sign in");
        assertWellFormedPage();
        click(".save-plan button[type=submit]");

        assertThat(heading()).isEqualTo("Is this the same back pain?");
        assertThat(find("main").getText()).contains("It is for back pain that started on 12 November 2026.")
                .contains("It has 1 entry.").contains("Your new answers say this pain started on 14 November 2026.");
        assertWellFormedPage();
        saveScreenshot("save-plan-same-back-pain-phone");

        click("form:has(input[name=choice][value=new]) button");
        assertThat(heading()).isEqualTo("My recovery log");
        assertThat(find(".flash").getText())
                .isEqualTo("Your new log has started. Your old log is kept. To see it, choose Your episodes at the bottom of this page.");
        assertThat(browser.findElements(By.cssSelector(".entries .entry"))).as("the new log starts empty").isEmpty();
        assertWellFormedPage();
        clickAndWaitForNextPage(browser.findElement(By.linkText("Your episodes")));
        assertThat(browser.findElements(By.cssSelector(".entries .entry"))).hasSize(2);
        assertThat(find(".entries").getText()).contains("12 November 2026");

        // and once more: this time the same back pain
        checkBackPain("1", 4);
        click(".save-plan button[type=submit]");
        assertThat(heading()).isEqualTo("Is this the same back pain?");
        assertThat(find("main").getText()).contains("It has no entries yet.");
        click("form:has(input[name=choice][value=same]) button");
        assertThat(find(".flash").getText())
                .isEqualTo("Your new answers are now in your current log. Its start date and all its entries are kept.");
        open("/log/episodes");
        assertThat(browser.findElements(By.cssSelector(".entries .entry"))).as("no third episode").hasSize(2);
    }

    @Test
    void shouldTellStaffOnThePlanThatTheyKeepNoLog() {
        SignedInAccount nurse = TestAccounts.in(context).staff();
        resizeTo(Screen.DESKTOP);
        signIn(nurse.username(), TestAccounts.PASSWORD);
        checkBackPain("2", 6);
        assertThat(find(".save-plan").getText())
                .contains("You are signed in with a staff account. Only patient accounts can keep a log.")
                .doesNotContain("You will be asked to sign in");
        assertThat(browser.findElements(By.cssSelector(".save-plan button"))).isEmpty();
        assertWellFormedPage();
    }

    @Test
    void shouldBringTheErrorSummaryIntoViewAndFocusItAfterARejectedSaveOnALongPatientForm() {
        resizeTo(Screen.PHONE);
        browser.manage().deleteAllCookies();
        open("/register");
        browser.findElement(By.id("username")).sendKeys("focus" + System.nanoTime());
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("confirmPassword")).sendKeys(PASSWORD);
        click("form.account-form button[type=submit]");
        browser.executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id("onsetDate")),
                TestClock.TODAY.minusDays(3).toString());
        click("form[action='/log/start'] button[type=submit]");
        addEntry(TestClock.TODAY.minusDays(1), 6, 6); // the chart and an entry make the page longer

        // the entry form, far down the log: no pain chosen
        click("input[name=interference][value='4']");
        click(".entry-form button[type=submit]");
        assertThat(find("#error-summary").getText()).contains("Choose a number from 0 to 10 for your pain.");
        assertErrorSummaryFocusedAndInView();
        assertWellFormedPage();
        saveScreenshot("log-entry-error-summary-phone");

        // the check's step 3: no age
        open("/assessment");
        answerNoToEveryRedFlag();
        browser.findElement(By.id("agoAmount")).sendKeys("2");
        click("input[name=painScore][value='6']");
        click("button[value=next]");
        click("button[value=next]");
        assertThat(find("#error-summary").getText()).contains("age");
        assertErrorSummaryFocusedAndInView();
        assertWellFormedPage();
    }

    private void addEntry(LocalDate date, int pain, int interference) {
        browser.executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id("date")), date.toString());
        click("input[name=pain][value='" + pain + "']");
        click("input[name=interference][value='" + interference + "']");
        click(".entry-form button[type=submit]");
        assertThat(find(".flash").getText()).isEqualTo("Your entry is saved.");
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
