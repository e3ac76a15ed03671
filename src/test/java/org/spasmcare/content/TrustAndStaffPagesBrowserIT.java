package org.spasmcare.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.spasmcare.account.SignedInAccount;
import org.spasmcare.account.TestAccounts;
import org.spasmcare.browser.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The treatment list, a treatment page and the comparison with their trust signals, and the staff list, the
 * editor and the backups page, in a real Chromium at 390 px (a common phone) and 1280 px: axe, one h1, no
 * sideways scrolling, a clean console; screenshots of each under target/screenshots.
 */
class TrustAndStaffPagesBrowserIT extends BrowserTest {

    private static final Dimension PHONE_390 = new Dimension(390, 844);
    private static final Dimension DESKTOP_1280 = new Dimension(1280, 900);

    @Autowired
    private ApplicationContext context;

    @Test
    void shouldShowThePatientPagesWithTheirTrustSignalsWithoutSidewaysScrolling() {
        for (Dimension size : List.of(PHONE_390, DESKTOP_1280)) {
            browser.manage().window().setSize(size);
            String suffix = "-" + size.getWidth();

            open("/treatments");
            assertThat(browser.findElements(By.cssSelector(".cards > li .care-route"))).hasSize(7);
            assertWellFormedPage();
            saveScreenshot("treatments-list" + suffix);

            open("/treatments/nsaids");
            assertThat(find(".trust-line").getText()).contains("Reviewed by SpasmCare clinical team on 30 November 2026");
            WebElement glance = find("#glance-heading");
            WebElement howTo = find("#howto-heading");
            assertThat(glance.getLocation().getY()).as("At a glance before the details").isLessThan(howTo.getLocation().getY());
            assertThat(browser.findElements(By.cssSelector("ul.sources li"))).hasSizeGreaterThanOrEqualTo(3);
            assertWellFormedPage();
            saveScreenshot("treatment-nsaids" + suffix);

            open("/treatments/compare");
            assertThat(browser.findElements(By.cssSelector("table.compare tbody tr"))).hasSize(7);
            assertWellFormedPage();
            saveScreenshot("treatments-compare" + suffix);
        }
    }

    @Test
    void shouldShowEachTreatmentAsACardInTheComparisonOnAPhone() {
        browser.manage().window().setSize(PHONE_390);
        open("/treatments/compare");
        assertThat(find("table.compare thead").getSize().getHeight()).isLessThanOrEqualTo(1);
        String label = (String) browser.executeScript(
                "return getComputedStyle(document.querySelector('table.compare td'), '::before').content;");
        assertThat(label).isEqualTo("\"Who does it?\"");
        List<WebElement> cards = browser.findElements(By.cssSelector("table.compare tbody tr"));
        for (WebElement card : cards) {
            assertThat(card.getSize().getWidth()).as("a card fits the screen").isLessThanOrEqualTo(390);
        }
        assertThat(cards.get(1).getLocation().getY()).as("cards stacked, one under the other")
                .isGreaterThan(cards.get(0).getLocation().getY() + cards.get(0).getSize().getHeight() - 1);
    }

    @Test
    void shouldShowTheStaffListTheEditorAndTheBackupsPageWithoutSidewaysScrolling() {
        SignedInAccount admin = TestAccounts.in(context).admin();
        for (Dimension size : List.of(PHONE_390, DESKTOP_1280)) {
            browser.manage().window().setSize(size);
            String suffix = "-" + size.getWidth();
            signIn(admin.username(), TestAccounts.PASSWORD);

            open("/staff");
            assertThat(browser.findElements(By.cssSelector(".staff-table__review"))).hasSize(7);
            assertThat(find("footer").getText()).doesNotContain("SpasmCare gives general facts");
            assertWellFormedPage();
            saveScreenshot("staff-list" + suffix);

            open("/staff/treatments/heat-and-cold/edit");
            assertThat(find("#reviewDue").getAttribute("type")).isEqualTo("date");
            clickAndWaitForNextPage(find("button[value=preview]"));
            WebElement form = find(".editor-layout__form");
            WebElement preview = find(".editor-layout__preview");
            if (size.getWidth() >= 1100) {
                assertThat(preview.getLocation().getX()).as("the preview beside the form")
                        .isGreaterThan(form.getLocation().getX() + form.getSize().getWidth() - 1);
                assertThat(Math.abs(preview.getLocation().getY() - form.getLocation().getY())).isLessThan(5);
            } else {
                assertThat(preview.getLocation().getY()).as("the preview under the form")
                        .isGreaterThan(form.getLocation().getY() + form.getSize().getHeight() - 1);
            }
            assertWellFormedPage();
            saveScreenshot("staff-edit-preview" + suffix);

            open("/admin/backups");
            assertThat(find("main").getText()).contains("every day at 02:30").contains("org.h2.tools.Restore")
                    .doesNotContain("README");
            assertWellFormedPage();
            saveScreenshot("admin-backups" + suffix);
        }
    }
}
