package org.spasmcare.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.within;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.spasmcare.browser.BrowserTest;
import org.spasmcare.support.HttpSession;
import org.spasmcare.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A patient's first week with the log, in a real Chromium with axe on every page. */
class RecoveryLogBrowserIT extends BrowserTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void shouldGoFromAssessmentToSavedPlanToThreeDaysOfEntriesAndTheirTrend() {
        resizeTo(Screen.PHONE);
        browser.manage().deleteAllCookies();
        open("/assessment");
        answerNoToEveryRedFlag();
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
        assertScaleOnOneLine("pain"); // the entry form's scales, at 320 px
        assertScaleOnOneLine("interference");
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
        click("details#redFlags-question > summary"); // the new signs wait behind "Anything new or worrying?"
        click("input[name=redFlags][value=BLADDER_BOWEL_CHANGE]");
        click(".entry-form button[type=submit]");

        assertThat(find("#log-alert-heading").getText()).isEqualTo("Call 911 now or go to an emergency department");
        assertThat(find(".disposition--emergency").getText()).contains("trouble peeing or pooing");
        assertWellFormedPage();
        saveScreenshot("log-red-flag");
    }

    @Test
    void shouldDrawTheTrendAcrossTheColumnWithTextOfAtLeast12PxOnAPhone() {
        String username = "chart" + System.nanoTime();
        String password = "walking slowly every afternoon";
        HttpSession.register(baseUrl(), username, password);
        logFortyDaysWithAGap(username);
        signIn(username, password);

        for (int width : new int[] {390, 320}) {
            browser.manage().window().setSize(new Dimension(width, 844));
            open("/log");
            assertThat(browser.findElements(By.cssSelector(".chart svg polyline.pain-line"))).as("a break at the gap").hasSize(2);
            assertThat(browser.findElements(By.cssSelector(".chart svg circle.pain-marker"))).hasSize(36);
            assertChartFillsItsColumnWithReadableLabelsApart(12, 20);
            assertWellFormedPage();
            browser.executeScript("document.querySelector('.chart').scrollIntoView();");
            saveScreenshot("log-chart-" + width);
        }

        resizeTo(Screen.DESKTOP);
        open("/log");
        assertChartFillsItsColumnWithReadableLabelsApart(12, 24);
        assertWellFormedPage();
        browser.executeScript("document.querySelector('.chart').scrollIntoView();");
        saveScreenshot("log-chart-desktop");
        open("/log/summary");
        assertChartFillsItsColumnWithReadableLabelsApart(12, 24);
        assertWellFormedPage();
    }

    /**
     * The chart is as wide as the content column, every text of it renders between least and most CSS px (its font size
     * times the SVG's scale, and its box at least that high), and the date labels stay inside the chart and apart.
     */
    @SuppressWarnings("unchecked")
    private void assertChartFillsItsColumnWithReadableLabelsApart(double least, double most) {
        Map<String, Object> measured = (Map<String, Object>) browser.executeScript("""
                const svg = document.querySelector('.chart svg.chart__svg');
                const box = svg.getBoundingClientRect();
                const texts = [...svg.querySelectorAll('text')];
                const sizes = texts.map(t => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a);
                const heights = texts.filter(t => t.classList.contains('y-label')).map(t => t.getBoundingClientRect().height);
                const labels = [...svg.querySelectorAll('text.x-label')].map(t => t.getBoundingClientRect())
                    .map(r => [r.left, r.right]);
                const main = svg.closest('main');
                const column = main.clientWidth - parseFloat(getComputedStyle(main).paddingLeft)
                    - parseFloat(getComputedStyle(main).paddingRight);
                return {width: box.width, height: box.height, column: column,
                        left: box.left, right: box.right, sizes: sizes, heights: heights, labels: labels};
                """);
        double width = ((Number) measured.get("width")).doubleValue();
        assertThat(width).as("chart width: the content column's").isCloseTo(((Number) measured.get("column")).doubleValue(), within(0.5));
        assertThat(((Number) measured.get("height")).doubleValue()).as("height in proportion, 240 of 400")
                .isCloseTo(width * 240 / 400, within(1.0));
        List<Double> sizes = numbers(measured.get("sizes"));
        assertThat(sizes).as("rendered font sizes in px at %s", browser.manage().window().getSize()).isNotEmpty()
                .allSatisfy(size -> assertThat(size).isBetween(least, most));
        assertThat(numbers(measured.get("heights"))).as("heights of the grid labels in px").isNotEmpty()
                .allSatisfy(height -> assertThat(height).isGreaterThanOrEqualTo(least));
        List<List<Double>> labels = ((List<List<Object>>) measured.get("labels")).stream().map(this::numbers).toList();
        assertThat(labels).as("date labels").hasSizeGreaterThanOrEqualTo(2);
        double left = ((Number) measured.get("left")).doubleValue();
        double right = ((Number) measured.get("right")).doubleValue();
        for (int i = 0; i < labels.size(); i++) {
            assertThat(labels.get(i).get(0)).as("label %d inside the chart", i).isGreaterThanOrEqualTo(left - 0.5);
            assertThat(labels.get(i).get(1)).as("label %d inside the chart", i).isLessThanOrEqualTo(right + 0.5);
            if (i > 0) {
                assertThat(labels.get(i).get(0)).as("label %d apart from the one before", i)
                        .isGreaterThan(labels.get(i - 1).get(1));
            }
        }
    }

    private List<Double> numbers(Object list) {
        return ((List<?>) list).stream().map(value -> ((Number) value).doubleValue()).toList();
    }

    /** An episode of 40 days up to today, logged every day but four in the middle: 36 points. */
    private void logFortyDaysWithAGap(String username) {
        long accountId = jdbc.queryForObject("select id from account where username = ?", Long.class, username);
        LocalDate today = TestClock.TODAY;
        jdbc.update("insert into episode (account_id, onset_date, started_at, is_current, red_flags, safety_factors)"
                + " values (?, ?, CURRENT_TIMESTAMP, true, '', '')", accountId, Date.valueOf(today.minusDays(45)));
        long episodeId = jdbc.queryForObject("select id from episode where account_id = ?", Long.class, accountId);
        for (int day = 0; day < 40; day++) {
            if (day < 18 || day >= 22) {
                jdbc.update("insert into log_entry (episode_id, entry_date, pain, interference, red_flags)"
                        + " values (?, ?, ?, ?, '')", episodeId, Date.valueOf(today.minusDays(39 - day)),
                        8 - day / 6, 7 - day / 7);
            }
        }
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
