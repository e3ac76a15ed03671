package org.spasmcare.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's headless Chromium through its own chromedriver, both named explicitly so that
 * Selenium never tries to download a browser or a driver (the machine has no such network).
 */
public final class Chromium {

    static final String BINARY = System.getProperty("spasmcare.chromium.binary", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("spasmcare.chromium.driver", "/usr/bin/chromedriver");

    private Chromium() {
    }

    static boolean isInstalled() {
        return new File(BINARY).canExecute() && new File(DRIVER).canExecute();
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
                "--user-data-dir=" + freshProfile(), "--window-size=1280,900");
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
