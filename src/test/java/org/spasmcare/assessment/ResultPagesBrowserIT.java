package org.spasmcare.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spasmcare.browser.BrowserTest;

/**
 * The result pages of issue #14 measured in Chromium at 390 px (a common phone) and 1280 px: the plan in
 * brief and its first action near the top, nothing wider than the window, a calm emergency signs box, no
 * Print on the emergency page, and a plan that prints on one A4 or Letter page with nothing cut off.
 */
class ResultPagesBrowserIT extends BrowserTest {

    private static final Logger LOG = LoggerFactory.getLogger(ResultPagesBrowserIT.class);

    static final String MILD = "/assessment/plan?noRedFlags=true&agoAmount=1&agoUnit=days&painScore=3&age=40";
    static final String SEVERE = "/assessment/plan?noRedFlags=true&agoAmount=5&agoUnit=days&painScore=8&age=40"
            + "&safetyFactors=KIDNEY_DISEASE";
    static final String URGENT = "/assessment/plan?noRedFlags=true&agoAmount=1&agoUnit=days&painScore=9&age=30&pregnancy=yes";
    static final String EMERGENCY = "/assessment/plan?redFlags=SADDLE_NUMBNESS";
    /** The longest plan: acute and severe, every treatment suggested. */
    static final String LONGEST = "/assessment/plan?noRedFlags=true&agoAmount=5&agoUnit=days&painScore=9&age=40";

    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;
    private static final int DESKTOP_WIDTH = 1280;

    @Test
    void shouldPutThePlanInBriefAndItsFirstActionInTheFirst1300PixelsOfAPhone() {
        for (String path : List.of(MILD, SEVERE)) {
            size(PHONE_WIDTH, PHONE_HEIGHT);
            open(path);
            assertThat(find(".plan-brief__label").getText()).isEqualTo("Your plan in brief");
            assertThat(bottomOf(".plan-brief__today > li")).as("first action's bottom on %s", path).isLessThanOrEqualTo(1300);
            assertThat(bottomOf(".plan-brief h1")).isLessThanOrEqualTo(1300);
            assertThat(topOf(".plan-brief__actions")).as("Save / Print on %s", path).isLessThanOrEqualTo(1300);
            assertThat(topOf(".notice--get-help")).as("when to get help right under it").isGreaterThan(bottomOf(".plan-brief h1"));
        }
    }

    @Test
    void shouldFitEveryResultPageInTheWindowWithACalmEmergencyBoxAndSaveScreenshots() {
        Map<String, String> pages = Map.of("mild", MILD, "severe", SEVERE, "urgent", URGENT, "emergency", EMERGENCY);
        StringBuilder heights = new StringBuilder("page heights (document.body.scrollHeight):");
        for (int width : new int[] {PHONE_WIDTH, DESKTOP_WIDTH}) {
            for (String name : List.of("mild", "severe", "urgent", "emergency")) {
                size(width, 900);
                open(pages.get(name));
                assertWellFormedPage();
                assertThat(elementsWiderThanTheWindow()).as("%s at %d px", name, width).isEmpty();
                long height = (Long) browser.executeScript("return document.body.scrollHeight;");
                heights.append(String.format("%n  %-9s %4d px: %5d", name, width, height));
                if (!browser.findElements(By.cssSelector(".notice--emergency")).isEmpty()) {
                    assertThat(backgroundOf(".notice--emergency")).as("the emergency signs box on %s", name)
                            .isEqualTo("rgb(255, 255, 255)");
                }
                fullPageScreenshot("result-" + name + "-" + width);
            }
        }
        LOG.info("{}", heights);
    }

    @Test
    void shouldMakeTheUrgentResultTheLoudestAndTheEmergencyBoxWhiteWithARedEdge() {
        size(PHONE_WIDTH, PHONE_HEIGHT);
        open(URGENT);
        assertThat(heading()).isEqualTo("See a doctor today");
        assertThat(topOf(".disposition--urgent")).isLessThan(topOf(".notice--emergency"));
        assertThat(backgroundOf(".disposition--urgent")).isNotEqualTo("rgb(255, 255, 255)");
        assertThat(backgroundOf(".notice--emergency")).isEqualTo("rgb(255, 255, 255)");
        assertThat(css(".notice--emergency", "border-left-color")).isEqualTo("rgb(164, 22, 26)");
        assertThat(css("#emergency-heading", "color")).isEqualTo("rgb(164, 22, 26)");
        assertThat(find("[data-print]").isDisplayed()).isTrue();
    }

    @Test
    void shouldGiveTheEmergencyPageAFullWidthCallAndNoPrintButton() {
        for (int width : new int[] {PHONE_WIDTH, DESKTOP_WIDTH}) {
            size(width, 900);
            open("/assessment");
            // question 1: numbness around the genitals, bottom or inner thighs
            clickAndWaitForNextPage(find("#redFlags-question button[value=yes]"));

            assertThat(heading()).isEqualTo("Call 911 now or go to an emergency department");
            assertThat(browser.findElements(By.cssSelector("[data-print]"))).as("no Print this plan").isEmpty();
            assertThat(browser.getTitle()).doesNotContain("care plan");
            long call = Math.round(((Number) browser.executeScript("return document.querySelector("
                    + "'.disposition__call .button--call').getBoundingClientRect().width;")).doubleValue());
            long panel = Math.round(((Number) browser.executeScript("var s = getComputedStyle(document.querySelector('.disposition'));"
                    + " return document.querySelector('.disposition').clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);")).doubleValue());
            assertThat(call).as("the call button fills the panel").isGreaterThanOrEqualTo(panel - 1);
            assertThat(find(".disposition__drive").getText()).isEqualTo("Do not drive yourself.");
            assertThat(find(".disposition__tell").getText()).isEqualTo("What to tell the call handler");
            assertWellFormedPage();
        }
    }

    @Test
    void shouldShowTheEmergencySignsCalmlyBelowTheHomeActionAndAsOneLineOnATreatmentPage() {
        size(PHONE_WIDTH, PHONE_HEIGHT);
        open("/");
        assertThat(topOf("#emergency-signs")).isGreaterThan(topOf("main .button--primary"));
        assertThat(browser.findElements(By.cssSelector("#emergency-signs .emergency-signs li"))).hasSize(6);
        assertThat(backgroundOf("#emergency-signs")).isEqualTo("rgb(255, 255, 255)");
        assertWellFormedPage();

        open("/treatments/heat-and-cold");
        assertThat(browser.findElements(By.cssSelector("main .emergency-signs"))).as("no full list").isEmpty();
        assertThat(backgroundOf(".emergency-line")).isEqualTo("rgb(255, 255, 255)");
        assertThat((Boolean) browser.executeScript("var line = document.querySelector('.emergency-line');"
                + " return line === document.querySelector('main').lastElementChild"
                + " || line.compareDocumentPosition(document.querySelector('main').lastElementChild) === 0;"))
                .as("the box at the end of the page").isTrue();
        assertThat(find(".emergency-line").getText()).contains("call 911 now");
        double lineHeight = ((Number) browser.executeScript(
                "return document.querySelector('.emergency-line').getBoundingClientRect().height;")).doubleValue();
        assertThat(lineHeight).as("a line, not a wall of red").isLessThan(200);
        assertWellFormedPage();
        clickAndWaitForNextPage(find(".emergency-line a"));
        assertThat(browser.getCurrentUrl()).endsWith("/#emergency-signs");
        assertThat(browser.findElements(By.cssSelector("#emergency-signs .emergency-signs li"))).hasSize(6);
    }

    @Test
    void shouldPrintTheLongestPlanOnOneA4AndOneLetterPageWithNothingCutOff() {
        size(DESKTOP_WIDTH, 900);
        open(LONGEST);
        assertThat(browser.findElements(By.cssSelector(".plan-step"))).hasSize(7);
        for (Map.Entry<String, PageSize> paper : Map.of("a4", new PageSize(29.7, 21.0),
                "letter", new PageSize(27.94, 21.59)).entrySet()) {
            assertThat(printedPagesOn(paper.getValue(), "result-print-" + paper.getKey())).as(paper.getKey()).isEqualTo(1);
        }
        // laid out as on paper (print media, A4's printable width: 210 mm less 2 x 7 mm margins), nothing is cut off
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            size(741, 1100);
            assertThat(elementsWiderThanTheWindow()).as("cut off on A4").isEmpty();
            assertThat(find(".printed-from").isDisplayed()).isTrue();
            assertThat(find(".printed-from").getText()).matches("Printed on \\d{1,2} [A-Z][a-z]+ \\d{4} from SpasmCare: http://localhost:\\d+");
            assertThat(laidOut("#steps-heading")).as("the folded steps print").isTrue();
            assertThat(laidOut(".plan-step:last-child")).as("every step prints").isTrue();
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        assertThat(find(".printed-from").isDisplayed()).as("not on screen").isFalse();
    }

    private void size(int width, int height) {
        browser.manage().window().setSize(new Dimension(width, height));
    }

    /** Whether the element takes up room on the page (Selenium's own check treats closed details as hidden). */
    private boolean laidOut(String css) {
        return (Boolean) browser.executeScript("var r = document.querySelector(arguments[0]).getBoundingClientRect();"
                + " return r.height > 0 && r.width > 0;", css);
    }

    private long topOf(String css) {
        return Math.round(((Number) browser.executeScript("return document.querySelector(arguments[0])"
                + ".getBoundingClientRect().top + window.scrollY;", css)).doubleValue());
    }

    private long bottomOf(String css) {
        return Math.round(((Number) browser.executeScript("return document.querySelector(arguments[0])"
                + ".getBoundingClientRect().bottom + window.scrollY;", css)).doubleValue());
    }

    private String backgroundOf(String css) {
        return css(css, "background-color");
    }

    /** The computed style, as the browser's CSS gives it ("rgb(255, 255, 255)"). */
    private String css(String selector, String property) {
        return (String) browser.executeScript("return getComputedStyle(document.querySelector(arguments[0]))"
                + ".getPropertyValue(arguments[1]);", selector, property);
    }

    @SuppressWarnings("unchecked")
    private List<String> elementsWiderThanTheWindow() {
        return (List<String>) browser.executeScript("""
                var width = document.documentElement.clientWidth;
                return Array.from(document.querySelectorAll('body *'))
                  .filter(e => { var r = e.getBoundingClientRect(); return r.width > 0 && (r.right > width + 0.5 || r.left < -0.5); })
                  .filter(e => !e.closest('.skip-link, .visually-hidden'))
                  .map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right));""");
    }

    /** A picture of the whole page: the window made as tall as the page first. */
    private void fullPageScreenshot(String name) {
        Dimension before = browser.manage().window().getSize();
        long height = (Long) browser.executeScript("return document.documentElement.scrollHeight;");
        size(before.getWidth(), (int) Math.min(height + 20, 12000));
        saveScreenshot(name);
        size(before.getWidth(), before.getHeight());
    }

    private long printedPagesOn(PageSize paper, String name) {
        PrintOptions options = new PrintOptions();
        options.setPageSize(paper);
        byte[] pdf = Base64.getDecoder().decode(browser.print(options).getContent());
        try {
            Files.write(Files.createDirectories(Path.of("target", "screenshots")).resolve(name + ".pdf"), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        return Pattern.compile("/Type\\s*/Page[^s]").matcher(text).results().count();
    }
}
