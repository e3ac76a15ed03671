package org.spasmcare.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;

/**
 * Starts Debian's headless Chromium through its own chromedriver, both named explicitly so that
 * Selenium never tries to download a browser or a driver (the machine has no such network).
 */
public final class Chromium {

    static final String BINARY = System.getProperty("spasmcare.chromium.binary", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("spasmcare.chromium.driver", "/usr/bin/chromedriver");

    private static final int WIDTH = 1280;
    private static final int HEIGHT = 900;

    private Chromium() {
    }

    static boolean isInstalled() {
        return new File(BINARY).canExecute() && new File(DRIVER).canExecute();
    }

    private static ChromeDriver shared;

    /**
     * The one Chromium of this JVM, started on first use and quit when the JVM ends: starting one per test
     * class cost a second or more each time. Each caller gets it as a new browser would be: no cookies, an
     * empty page, the default window size.
     */
    public static synchronized ChromeDriver shared() {
        if (shared != null && !isAlive(shared)) {
            shared.quit();
            shared = null;
        }
        if (shared == null) {
            ChromeDriver started = start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::quit, "quit-chromium"));
            shared = started;
        }
        shared.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        shared.get("about:blank");
        shared.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
        shared.manage().logs().get(LogType.BROWSER); // reading drains it
        return shared;
    }

    private static boolean isAlive(ChromeDriver driver) {
        try {
            driver.getWindowHandle();
            return true;
        } catch (WebDriverException gone) {
            return false;
        }
    }

    public static ChromeDriver start() {
        if (!isInstalled()) {
            throw new IllegalStateException("Chromium is required for the browser tests but was not found at "
                    + BINARY + " and " + DRIVER + ". Install it with: apt-get install chromium chromium-driver");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--disable-extensions", "--lang=en-US",
                "--user-data-dir=" + freshProfile(), "--window-size=" + WIDTH + "," + HEIGHT);
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    private static Path freshProfile() {
        try {
            return Files.createTempDirectory("spasmcare-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
