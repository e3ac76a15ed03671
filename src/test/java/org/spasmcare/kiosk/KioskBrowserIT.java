package org.spasmcare.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.spasmcare.browser.BrowserTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The waiting-room screen in a real Chromium at kiosk size, with a short idle time: one person's check,
 * then nobody touches it, it asks "Still there?", starts over, and Back shows nothing of them.
 */
@ActiveProfiles("kiosk")
class KioskBrowserIT extends BrowserTest {

    private static final int IDLE_SECONDS = 8;
    private static final int COUNTDOWN_SECONDS = 3;

    @DynamicPropertySource
    static void kioskSettings(DynamicPropertyRegistry registry) throws IOException {
        // a database of its own: this app runs beside the other full-stack tests' app
        String dataDir = Files.createTempDirectory("spasmcare-kiosk-it-").toString();
        registry.add("spasmcare.data-dir", () -> dataDir);
        registry.add("spasmcare.kiosk.idle-seconds", () -> IDLE_SECONDS);
        registry.add("spasmcare.kiosk.countdown-seconds", () -> COUNTDOWN_SECONDS);
        // the address phones reach the app at: without it there is no QR code (KioskWithoutPublicUrlTest)
        registry.add("spasmcare.public-url", () -> "https://spasmcare.example.org");
    }

    @Test
    void shouldGoFromTheStartScreenToAPlanThenClearItselfForTheNextPerson() {
        resizeTo(Screen.KIOSK);
        browser.manage().deleteAllCookies();
        open("/");
        assertThat(find(".kiosk-start .button--primary").getText()).isEqualTo("Check your back pain");
        assertKioskPage();
        saveScreenshot("kiosk-start");

        clickAndWaitForNextPage(find(".kiosk-start .button--primary"));
        answerNoToEveryRedFlag();
        browser.findElement(By.id("agoAmount")).sendKeys("3");
        find("input[name=painScore][value='7']").click();
        clickAndWaitForNextPage(find("button[value=next]"));
        browser.findElement(By.id("age")).sendKeys("58");
        clickAndWaitForNextPage(find("button[value=next]"));
        assertThat(heading()).isEqualTo("You can start looking after this yourself");
        assertThat(find(".take-home svg.qr").getAttribute("role")).isEqualTo("img");
        // "Take this plan with you" in the plan in brief, and no "Save to my log" on a shared screen
        assertThat(find(".plan-brief .take-home h2").getText()).isEqualTo("Take this plan with you");
        assertThat(browser.findElements(By.cssSelector("form[action$='/log/save-plan']"))).isEmpty();
        find("#plan-steps-details > summary").click();
        String plan = find(".plan-steps").getText();
        assertThat(plan).isNotBlank();
        assertKioskPage();
        saveScreenshot("kiosk-plan");
        assertThat(printedPages("kiosk-plan-print")).as("the plan prints on one page, without the QR code").isEqualTo(1);

        // nobody touches the screen: it asks, and "I am still here" keeps everything
        waitUntil(IDLE_SECONDS + 4, "return document.getElementById('still-there').open;");
        assertThat(find("#still-there h2").getText()).isEqualTo("Still there?");
        saveScreenshot("kiosk-still-there");
        find("#still-there-stay").click();
        assertThat(find("#still-there").getAttribute("open")).isNull();
        assertThat(find(".plan-steps").getText()).isEqualTo(plan);

        // then nobody again: it starts over for the next person
        waitUntil(IDLE_SECONDS + COUNTDOWN_SECONDS + 6, "return location.search === '?startedOver'"
                + " && document.readyState === 'complete';");
        assertThat(find(".flash").getText()).contains("cleared for the next person");
        assertThat(browser.findElements(By.cssSelector(".plan-steps"))).isEmpty();
        assertKioskPage();

        // Back: the plan was the answer to a form and is never stored, so nothing of it comes back
        browser.navigate().back();
        String afterBack = browser.findElement(By.tagName("body")).getText();
        assertThat(afterBack).doesNotContain(plan.lines().findFirst().orElseThrow())
                .doesNotContain("You can start looking after this yourself");
        assertThat(browser.findElements(By.cssSelector(".plan-steps, .take-home"))).isEmpty();
    }

    /** Axe, reflow and console as everywhere, and every control big enough for a finger (44 px). */
    private void assertKioskPage() {
        assertWellFormedPage();
        @SuppressWarnings("unchecked")
        List<String> small = (List<String>) ((JavascriptExecutor) browser).executeScript("""
                return Array.from(document.querySelectorAll(
                    'a[href], button, select, textarea, label, input:not([type=hidden]):not([type=checkbox]):not([type=radio])'))
                  .filter(e => !e.closest('dialog:not([open])') && !e.classList.contains('skip-link'))
                  .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.height < 44 || r.width < 44); })
                  .map(e => e.outerHTML.slice(0, 120));""");
        assertThat(small).as("touch targets under 44 px on %s", browser.getCurrentUrl()).isEmpty();
    }

    private void waitUntil(int seconds, String condition) {
        new WebDriverWait(browser, Duration.ofSeconds(seconds))
                .until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(condition)));
    }
}
