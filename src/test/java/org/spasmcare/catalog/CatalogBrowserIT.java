package org.spasmcare.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.spasmcare.browser.BrowserTest;

/** A person browsing the catalog in a real Chromium, on a phone and on a desktop. */
class CatalogBrowserIT extends BrowserTest {

    @ParameterizedTest
    @EnumSource(Screen.class)
    void shouldShowEveryCatalogPageAccessiblyAt(Screen screen) {
        resizeTo(screen);

        open("/");
        assertThat(heading()).isEqualTo("Help for a back spasm");
        assertWellFormedPage();

        open("/treatments");
        assertThat(heading()).isEqualTo("Treatments for a back spasm");
        assertThat(browser.findElements(By.cssSelector(".cards > li"))).hasSize(7);
        assertWellFormedPage();

        open("/treatments/heat-and-cold");
        assertThat(heading()).isEqualTo("Heat and cold");
        assertWellFormedPage();

        open("/treatments/compare");
        assertThat(browser.findElements(By.cssSelector("table.compare tbody tr"))).hasSize(7);
        assertWellFormedPage();

        open("/treatments/not-a-treatment");
        assertThat(heading()).isEqualTo("We could not find that page");
        assertAccessible();
    }

    @Test
    void shouldGoFromHomeToATreatmentAndOnToTheComparisonByClicking() {
        resizeTo(Screen.DESKTOP);
        open("/");

        clickAndWaitForNextPage(browser.findElement(By.linkText("See the treatments")));
        assertThat(heading()).isEqualTo("Treatments for a back spasm");

        clickAndWaitForNextPage(browser.findElement(By.linkText("Massage therapy")));
        assertThat(heading()).isEqualTo("Massage therapy");
        assertThat(find("#howto-heading + .prose ol").findElements(By.tagName("li"))).hasSizeGreaterThan(2);

        clickAndWaitForNextPage(browser.findElement(By.linkText("Compare with the other treatments")));
        assertThat(heading()).isEqualTo("Compare treatments side by side");
    }

    @Test
    void shouldShowTheComparisonAsOneCardPerTreatmentOnAPhone() {
        resizeTo(Screen.PHONE);
        open("/treatments/compare");

        String label = (String) browser.executeScript(
                "return getComputedStyle(document.querySelector('table.compare td'), '::before').content;");
        assertThat(label).isEqualTo("\"Who does it?\"");
        assertThat(find("table.compare thead").getSize().getHeight()).isLessThanOrEqualTo(1);
    }

    @Test
    void shouldLetAKeyboardUserSkipStraightToTheContent() {
        resizeTo(Screen.DESKTOP);
        open("/treatments");

        browser.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.TAB);
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Skip to main content");
    }
}
