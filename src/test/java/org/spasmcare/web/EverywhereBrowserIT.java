package org.spasmcare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * What #14 promises on every page: a header of one row on a phone with a menu that works without JavaScript,
 * nothing wider than the window, one date format ("18 November 2026", never ISO), staff and admin tables that
 * do not scroll sideways at 390 px, and a plan that prints on one page of A4 and of Letter.
 */
class EverywhereBrowserIT extends BrowserTest {

    /** An ISO date (2026-11-18) anywhere in the visible text; a rules version such as 2026-11-30.2 is not a date. */
    static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(?![.\\d])");

    private static final Screen[] SIZES = {Screen.PHONE_390, Screen.DESKTOP};

    @Autowired
    private ApplicationContext context;

    @Test
    void shouldShowOneRowHeaderWhoseMenuOpensWithoutJavaScript() {
        SignedInAccount patient = TestAccounts.in(context).patient();
        resizeTo(Screen.PHONE_390);
        signIn(patient.username(), TestAccounts.PASSWORD);
        open("/account");

        WebElement brand = find(".brand");
        WebElement menuButton = find(".menu__button");
        assertThat(find(".site-header__inner").getSize().getHeight()).as("the header's row at 390 px").isLessThan(90);
        assertThat(find(".site-header").getSize().getHeight()).as("the whole header at 390 px").isLessThan(90);
        assertThat(Math.abs(centreY(brand) - centreY(menuButton))).as("brand and Menu on one row").isLessThan(10);
        assertThat(menuButton.getText()).isEqualTo("Menu");
        assertThat(linkNamed("My log").isDisplayed()).as("the menu starts closed on a phone").isFalse();
        saveScreenshot("everywhere-header-closed-390");

        menuButton.click(); // a <details> summary: the browser opens it, no script involved
        assertThat(find(".menu").getAttribute("open")).isNotNull();
        assertThat(linkNamed("My log").isDisplayed()).isTrue();
        assertThat(linkNamed("My data").isDisplayed()).isTrue();
        assertThat(find("form[action='/logout'] button").isDisplayed()).isTrue();
        assertThat(find(".skip-link").getAttribute("href")).endsWith("#main");
        assertWellFormedPage();
        saveScreenshot("everywhere-header-open-390");
        clickAndWaitForNextPage(linkNamed("My log"));
        assertThat(browser.getCurrentUrl()).contains("/log");

        resizeTo(Screen.DESKTOP);
        open("/account");
        assertThat(find(".menu__button").isDisplayed()).as("no Menu button on a wide screen").isFalse();
        assertThat(linkNamed("My log").isDisplayed()).as("the links are shown on a wide screen").isTrue();
        assertThat(linkNamed("Check your pain").isDisplayed()).isTrue();
        assertThat(find("form[action='/logout'] button").isDisplayed()).isTrue();
        assertWellFormedPage();
    }

    @Test
    void shouldShowNoIsoDateAndNothingWiderThanTheWindowToAPatientWithEntries() {
        SignedInAccount patient = TestAccounts.in(context).patient();
        resizeTo(Screen.DESKTOP);
        signIn(patient.username(), TestAccounts.PASSWORD);
        open("/log/start");
        setDate(browser.findElement(By.id("onsetDate")), TestClock.TODAY.minusDays(3));
        clickAndWaitForNextPage(find("form[action='/log/start'] button[type=submit]"));
        addEntry(TestClock.TODAY.minusDays(2), 7, 8);
        addEntry(TestClock.TODAY.minusDays(1), 5, 6);
        String edit = find(".entry__actions a").getAttribute("href").replace(baseUrl(), "");

        for (String path : List.of("/log", "/log/summary", "/log/episodes", "/account", "/password", edit, "/")) {
            checkEverySize(path, "patient");
        }
    }

    @Test
    void shouldShowNoIsoDateAndNothingWiderThanTheWindowToStaffAndAdmins() {
        TestAccounts accounts = TestAccounts.in(context);
        SignedInAccount staff = accounts.staff();
        SignedInAccount admin = accounts.admin();
        resizeTo(Screen.DESKTOP);
        signIn(staff.username(), TestAccounts.PASSWORD);
        for (String path : List.of("/staff", "/password")) {
            checkEverySize(path, "staff");
        }

        signIn(admin.username(), TestAccounts.PASSWORD); // the audit trail now has sign-ins to show
        for (String path : List.of("/admin/accounts", "/admin/audit", "/admin/backups")) {
            checkEverySize(path, "admin");
        }
        resizeTo(Screen.PHONE); // and at 320 px, the narrowest screen every page must fit
        for (String path : List.of("/admin/accounts", "/admin/audit")) {
            open(path);
            assertThat(elementsWiderThanTheWindow()).as("wider than the window on %s at 320 px", path).isEmpty();
        }
        resizeTo(Screen.PHONE_390);
        open("/admin/audit");
        WebElement firstTime = find("table.audit-trail tbody td time");
        assertThat(firstTime.getText()).matches("\\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{2}:\\d{2} UTC");
        assertThat(firstTime.getAttribute("datetime")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
        open("/admin/accounts");
        WebElement created = find("#account-" + admin.username() + " td[data-label='Created (UTC)']");
        assertThat(browser.executeScript("return getComputedStyle(arguments[0], '::before').content;", created))
                .as("a row as a card: each value with its column's heading").isEqualTo("\"Created (UTC)\"");
        assertThat(created.getText()).matches("\\d{1,2} [A-Z][a-z]+ \\d{4}");
    }

    @Test
    void shouldPrintTheLongestSelfCarePlanOnOnePageOfA4AndOfLetterWithNothingClipped() {
        resizeTo(Screen.DESKTOP);
        browser.manage().deleteAllCookies();
        open("/assessment");
        answerNoToEveryRedFlag();
        browser.findElement(By.id("agoAmount")).sendKeys("5");
        find("input[name=painScore][value='9']").click(); // acute and severe: all seven treatments
        clickAndWaitForNextPage(find("button[value=next]"));
        browser.findElement(By.id("age")).sendKeys("40");
        clickAndWaitForNextPage(find("button[value=next]"));
        assertThat(browser.findElements(By.cssSelector(".plan-step"))).hasSize(7);

        assertThat(printedPages("everywhere-plan-a4", Paper.A4)).as("pages on A4").isEqualTo(1);
        assertThat(printedPages("everywhere-plan-letter", Paper.LETTER)).as("pages on Letter").isEqualTo(1);
        // nothing clipped: with the print styles, at the printable width of each paper (less the 7 mm margins),
        // no element reaches past the right edge
        for (Map.Entry<String, Integer> paper : Map.of("A4", mmToPx(210 - 14), "Letter", mmToPx(215.9 - 14)).entrySet()) {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", paper.getValue(),
                    "height", 1000, "deviceScaleFactor", 1, "mobile", false));
            try {
                assertThat(elementsWiderThanTheWindow()).as("clipped in print on %s", paper.getKey()).isEmpty();
            } finally {
                browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
                browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            }
        }
    }

    private void checkEverySize(String path, String who) {
        for (Screen size : SIZES) {
            resizeTo(size);
            open(path);
            String text = find("body").getText();
            Matcher iso = ISO_DATE.matcher(text);
            assertThat(iso.find() ? iso.group() + " in: …" + around(text, iso.start()) + "…" : "none")
                    .as("an ISO date on %s as %s", path, who).isEqualTo("none");
            assertThat(elementsWiderThanTheWindow()).as("wider than the window on %s at %s", path, size).isEmpty();
            assertWellFormedPage();
            saveScreenshot("everywhere-" + who + path.replaceAll("[^a-z0-9]+", "-") + "-" + size.name().toLowerCase());
        }
    }

    /** Every rendered element whose box ends past the right edge (or starts before the left) of the window. */
    @SuppressWarnings("unchecked")
    private List<String> elementsWiderThanTheWindow() {
        return (List<String>) browser.executeScript("""
                var width = document.documentElement.clientWidth, wide = [];
                document.querySelectorAll('body *').forEach(function (e) {
                  var box = e.getBoundingClientRect();
                  if (box.width > 1 && box.height > 1 && (box.right > width + 0.5 || box.left < -0.5)
                      && getComputedStyle(e).visibility !== 'hidden') {
                    wide.push(e.tagName.toLowerCase() + '.' + e.className + ' ' + Math.round(box.left) + '..'
                        + Math.round(box.right) + ' of ' + width);
                  }
                });
                return wide;""");
    }

    private static int mmToPx(double mm) {
        return (int) Math.floor(mm / 25.4 * 96);
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 40)).replace('\n', ' ');
    }

    /** A header link by its text, shown or not (Selenium's link text is only the visible text). */
    private WebElement linkNamed(String name) {
        return browser.findElements(By.cssSelector(".site-header a")).stream()
                .filter(link -> name.equals(link.getAttribute("textContent").strip())).findFirst().orElseThrow();
    }

    private static double centreY(WebElement element) {
        return element.getLocation().getY() + element.getSize().getHeight() / 2.0;
    }

    private void addEntry(LocalDate date, int pain, int interference) {
        setDate(browser.findElement(By.id("date")), date);
        find("input[name=pain][value='" + pain + "']").click();
        find("input[name=interference][value='" + interference + "']").click();
        clickAndWaitForNextPage(find(".entry-form button[type=submit]"));
        assertThat(find(".flash").getText()).isEqualTo("Your entry is saved.");
    }

    private void setDate(WebElement input, LocalDate date) {
        browser.executeScript("arguments[0].value = arguments[1];", input, date.toString());
    }
}
