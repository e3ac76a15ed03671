package org.spasmcare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.BeforeAll;
import java.net.URI;
import java.time.Clock;

import org.spasmcare.account.OneTimeCodes;
import org.spasmcare.account.TestAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.spasmcare.support.RunningApp;

/**
 * The browser harness every feature adds its journeys to: the running app, one headless Chromium for
 * all test classes (cleared for each), and the checks each page must pass (axe WCAG A/AA, no sideways scrolling, a clean console).
 */
@RequiresChromium
public abstract class BrowserTest extends RunningApp {

    /** Screen sizes the journeys are checked at. */
    public enum Screen {
        PHONE(320, 720), DESKTOP(1280, 900), KIOSK(1080, 1920),
        /** A common phone today (an iPhone 12 to 15): the width #14 measures the header and tables at. */
        PHONE_390(390, 844);

        final int width;
        final int height;

        Screen(int width, int height) {
            this.width = width;
            this.height = height;
        }
    }

    private static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    protected static ChromeDriver browser;

    /** The JVM's one Chromium, as a fresh browser for each test class (see {@link Chromium#shared()}). */
    @BeforeAll
    static void startBrowser() {
        browser = Chromium.shared();
    }

    protected void resizeTo(Screen screen) {
        browser.manage().window().setSize(new Dimension(screen.width, screen.height));
    }

    protected void open(String path) {
        browser.manage().logs().get(LogType.BROWSER); // reading drains it: start each page with a clean console
        browser.get(baseUrl() + path);
    }

    /**
     * Clicks something that loads a new page, and waits until the new page is there: the old document
     * is marked, and the wait ends when a document without the mark has finished loading.
     */
    protected void clickAndWaitForNextPage(WebElement element) {
        browser.executeScript("window.__spasmcareOldPage = true;");
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .ignoring(WebDriverException.class) // scripts can fail while the page is being swapped
                .until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                        "return window.__spasmcareOldPage !== true && document.readyState === 'complete';")));
    }

    /**
     * Signs in through the sign-in page, as a person would. Staff and admins then type the code their
     * authenticator app shows at the app's clock; one without an app yet sets it up from the key on the
     * page, and goes on past the recovery codes.
     */
    protected void signIn(String username, String password) {
        browser.manage().deleteAllCookies();
        open("/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        clickAndWaitForNextPage(find("form.account-form button[type=submit]"));
        String path = URI.create(browser.getCurrentUrl()).getPath();
        if (path.equals("/second-factor/setup")) {
            String secret = find("#secret").getText().replace(" ", "");
            find("#code").sendKeys(OneTimeCodes.codeAt(secret, applicationContext().getBean(Clock.class).instant()));
            clickAndWaitForNextPage(find("form.account-form button[type=submit]"));
            clickAndWaitForNextPage(find("a[href$='/second-factor/continue']"));
        } else if (path.equals("/second-factor")) {
            find("#code").sendKeys(TestAccounts.nextOneTimeCode(applicationContext(), username));
            clickAndWaitForNextPage(find("form.account-form button[type=submit]"));
        }
    }

    protected WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    /**
     * A 0 to 10 scale (fragments/forms :: scale): its 11 options on one row (the same offsetTop), at least 24 px
     * apart and 44 px high (WCAG 2.2 target size: a 24 px circle on each never touches the next), each number inside
     * its box, nothing past the right edge of the page, and its words at 0, 5 and 10 shown under it.
     */
    @SuppressWarnings("unchecked")
    protected void assertScaleOnOneLine(String field) {
        List<Object> options = (List<Object>) browser.executeScript("""
                const page = document.documentElement.clientWidth;
                return Array.from(document.querySelectorAll('input[type=radio][name="' + arguments[0] + '"]')).map(input => {
                  const option = input.closest('.pain-scale__option');
                  const box = option.getBoundingClientRect();
                  return [option.offsetTop, box.left, box.right <= page, option.scrollWidth <= option.clientWidth, box.height];
                });""", field);
        assertThat(options).as("the options of " + field).hasSize(11);
        assertThat(options.stream().map(option -> ((List<Object>) option).get(0)).distinct()).as("one row").hasSize(1);
        for (int i = 0; i < options.size(); i++) {
            List<Object> facts = (List<Object>) options.get(i);
            if (i > 0) {
                double left = ((Number) ((List<Object>) options.get(i - 1)).get(1)).doubleValue();
                assertThat(((Number) facts.get(1)).doubleValue() - left).as("apart").isGreaterThanOrEqualTo(24);
            }
            assertThat(facts.get(2)).as("inside the page").isEqualTo(true);
            assertThat(facts.get(3)).as("the number fits its box").isEqualTo(true);
            assertThat(((Number) facts.get(4)).doubleValue()).as("height").isGreaterThanOrEqualTo(44);
        }
        WebElement scale = browser.findElement(By.cssSelector("input[name='" + field + "']"))
                .findElement(By.xpath("ancestor::div[contains(@class,'pain-scale ') or @class='pain-scale']"));
        List<WebElement> anchors = scale.findElements(By.cssSelector(".pain-scale__anchor"));
        assertThat(anchors).extracting(anchor -> anchor.getText().split(" ")[0]).containsExactly("0", "5", "10");
        assertThat(anchors).allSatisfy(anchor -> assertThat(anchor.isDisplayed()).isTrue());
        assertThat((Boolean) browser.executeScript(
                "return arguments[0].scrollWidth <= arguments[0].clientWidth;", scale)).as("the scale overflows").isTrue();
    }

    /** The check's red flags, asked one at a time: "No" to each of them, until the check moves on to the pain. */
    protected void answerNoToEveryRedFlag() {
        By no = By.cssSelector("#redFlags-question button[value=no]");
        for (int asked = 0; !browser.findElements(no).isEmpty(); asked++) {
            assertThat(asked).as("red-flag questions asked").isLessThan(30);
            clickAndWaitForNextPage(browser.findElement(no));
        }
    }

    /** The check from the start to the plan: no red flags, pain that began some days ago, age 40. */
    protected void checkBackPain(String daysAgo, int pain) {
        open("/assessment");
        answerNoToEveryRedFlag();
        browser.findElement(By.id("agoAmount")).sendKeys(daysAgo);
        find("input[name=painScore][value='" + pain + "']").click();
        clickAndWaitForNextPage(find("button[value=next]"));
        browser.findElement(By.id("age")).sendKeys("40");
        clickAndWaitForNextPage(find("button[value=next]"));
        assertThat(heading()).isEqualTo("You can start looking after this yourself");
    }

    protected String heading() {
        return find("h1").getText();
    }

    /** Every page must pass axe-core's WCAG 2.x A and AA rules with zero violations. */
    protected void assertAccessible() {
        Results results = new AxeBuilder().withTags(WCAG_A_AA).analyze(browser);
        List<Rule> violations = results.getViolations();
        assertThat(violations)
                .as("axe violations on %s:%n%s", browser.getCurrentUrl(), describe(violations))
                .isEmpty();
    }

    /** At 320 px and up, nothing may need scrolling sideways (WCAG reflow). */
    protected void assertNoSidewaysScrolling() {
        long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("sideways overflow in px on %s", browser.getCurrentUrl()).isLessThanOrEqualTo(0);
    }

    /** No script errors, CSP violations or failed loads: the page is fully self-contained. */
    protected void assertCleanConsole() {
        List<String> problems = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage)
                .toList();
        assertThat(problems).as("browser console on %s", browser.getCurrentUrl()).isEmpty();
    }

    /** Keeps a picture of the page under target/screenshots, for a person to look at after the run. */
    protected void saveScreenshot(String name) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(folder.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Paper sizes a plan must print on. */
    public enum Paper {
        A4(21.0, 29.7), LETTER(21.59, 27.94);

        final double widthCm;
        final double heightCm;

        Paper(double widthCm, double heightCm) {
            this.widthCm = widthCm;
            this.heightCm = heightCm;
        }
    }

    /** Prints the page to PDF as the browser would (kept under target/screenshots) and counts its pages. */
    protected long printedPages(String name) {
        return printedPages(name, new PrintOptions());
    }

    /** As {@link #printedPages(String)}, on the given paper (WebDriver's default is US Letter). */
    protected long printedPages(String name, Paper paper) {
        PrintOptions options = new PrintOptions();
        options.setPageSize(new PageSize(paper.heightCm, paper.widthCm));
        return printedPages(name, options);
    }

    private long printedPages(String name, PrintOptions options) {
        byte[] pdf = java.util.Base64.getDecoder().decode(browser.print(options).getContent());
        try {
            Files.write(Files.createDirectories(Path.of("target", "screenshots")).resolve(name + ".pdf"), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Chromium writes its page objects uncompressed: count "/Type /Page" (not "/Pages")
        String text = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
        return java.util.regex.Pattern.compile("/Type\\s*/Page[^s]").matcher(text).results().count();
    }

    /** The checks every page gets, at the current screen size. */
    protected void assertWellFormedPage() {
        assertThat(browser.findElements(By.tagName("h1"))).as("exactly one h1").hasSize(1);
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertAccessible();
        assertNoSidewaysScrolling();
        assertCleanConsole();
    }

    /**
     * After a rejected save: the error summary has focus and is in the window (its top at or below the top
     * of the viewport and above its bottom), once any smooth scrolling has ended.
     */
    protected void assertErrorSummaryFocusedAndInView() {
        String check = "var summary = document.getElementById('error-summary');"
                + " if (!summary) { return 'no error summary'; }"
                + " var top = summary.getBoundingClientRect().top;"
                + " var focused = document.activeElement === summary;"
                + " return focused && top >= 0 && top < window.innerHeight ? 'focused and in view'"
                + " : 'focus on ' + (document.activeElement.id || document.activeElement.tagName)"
                + " + ', summary top ' + top + ' in a window ' + window.innerHeight + ' high';";
        String[] last = {""};
        try {
            new WebDriverWait(browser, Duration.ofSeconds(5)).until(driver -> {
                last[0] = String.valueOf(((JavascriptExecutor) driver).executeScript(check));
                return last[0].equals("focused and in view");
            });
        } catch (org.openqa.selenium.TimeoutException notInTime) {
            assertThat(last[0]).as("the error summary on %s", browser.getCurrentUrl()).isEqualTo("focused and in view");
        }
    }

    private static String describe(List<Rule> violations) {
        StringBuilder text = new StringBuilder();
        for (Rule rule : violations) {
            text.append(rule.getId()).append(": ").append(rule.getHelp()).append('\n');
            rule.getNodes().forEach(node -> text.append("    ").append(node.getHtml()).append('\n'));
        }
        return text.toString();
    }
}
