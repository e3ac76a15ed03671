package org.spasmcare.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.spasmcare.account.SignedInAccount;
import org.spasmcare.account.TestAccounts;
import org.spasmcare.browser.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** One change from writing to patients, in a real Chromium with axe: A edits, B reviews and publishes. */
class StaffContentBrowserIT extends BrowserTest {

    private static final String ADDED = " Ask at the desk for a list of local therapists.";

    @Autowired
    private ApplicationContext context;

    @Test
    void shouldBringTheErrorSummaryIntoViewAndFocusItAfterARejectedSaveOrPreview() {
        SignedInAccount writer = TestAccounts.in(context).staff();
        resizeTo(Screen.PHONE);
        signIn(writer.username(), TestAccounts.PASSWORD);
        for (String intent : new String[] {"save", "preview"}) {
            open("/staff/treatments/heat-and-cold/edit");
            find("#name").clear();
            clickAndWaitForNextPage(find("button[value=" + intent + "]")); // at the bottom of a long form
            assertThat(find("#error-summary").getText()).as(intent).contains("Fill this in");
            assertErrorSummaryFocusedAndInView();
            assertWellFormedPage();
            saveScreenshot("staff-edit-error-summary-" + intent + "-phone");
        }
    }

    @Test
    void shouldTakeAChangeFromOneEditorThroughASecondReviewerToPatients() {
        TestAccounts accounts = TestAccounts.in(context);
        SignedInAccount writer = accounts.staff();
        SignedInAccount reviewer = accounts.staff();
        resizeTo(Screen.DESKTOP);

        signIn(writer.username(), TestAccounts.PASSWORD);
        assertThat(heading()).isEqualTo("Treatment content");
        assertWellFormedPage();
        clickAndWaitForNextPage(find("a[aria-label='Edit Massage therapy']"));
        assertThat(heading()).isEqualTo("Edit Massage therapy");
        WebElement summary = find("#summary");
        String original = summary.getAttribute("value");
        summary.sendKeys(ADDED);
        clickAndWaitForNextPage(find("button[value=preview]"));
        assertThat(find(".preview__page .lead").getText()).isEqualTo(original + ADDED);
        assertWellFormedPage();
        saveScreenshot("staff-edit-preview");
        clickAndWaitForNextPage(find("button[value=save]"));
        assertThat(find(".flash").getText()).contains("Your draft is saved as revision");

        open("/treatments/massage");
        assertThat(find("p.lead").getText()).as("a draft is not for patients").isEqualTo(original);

        open("/staff/treatments/massage/review");
        assertThat(browser.findElements(By.cssSelector("form[action$='/publish']"))).as("no publishing one's own draft")
                .isEmpty();
        assertThat(find(".notice--info").getText()).contains("You wrote this draft");

        signIn(reviewer.username(), TestAccounts.PASSWORD);
        clickAndWaitForNextPage(find("a[aria-label='Review the change to Massage therapy']"));
        assertThat(find(".diff ins").getText()).contains("Ask at the desk");
        assertWellFormedPage();
        saveScreenshot("staff-review");
        clickAndWaitForNextPage(find("form[action$='/publish'] button"));
        assertThat(find(".flash").getText()).isEqualTo("Published. Patients see the new content now.");
        assertWellFormedPage();

        browser.manage().deleteAllCookies();
        open("/treatments/massage");
        assertThat(find("p.lead").getText()).isEqualTo(original + ADDED);
        assertWellFormedPage();

        signIn(reviewer.username(), TestAccounts.PASSWORD);
        open("/staff/treatments/massage/history");
        assertThat(find(".revisions").getText()).contains("Patients see this").contains("Saved by " + writer.username());
        assertWellFormedPage();
    }
}
