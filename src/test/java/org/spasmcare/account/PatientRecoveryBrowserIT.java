package org.spasmcare.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.spasmcare.browser.BrowserTest;

/**
 * A patient's recovery code in a real Chromium, with axe: shown after registration until saved, printed on
 * one page, then used on "Forgot your password?" to set a new password, which shows a new code.
 */
class PatientRecoveryBrowserIT extends BrowserTest {

    private static final String PASSWORD = "paper lamps by the river";
    private static final String NEW_PASSWORD = "seven quiet garden gates";

    @Test
    void shouldShowTheCodeAtRegistrationAndRecoverTheAccountWithIt() {
        browser.manage().deleteAllCookies();
        resizeTo(Screen.PHONE);
        String username = "rosa" + System.nanoTime();
        open("/register");
        assertThat(find("form.account-form").getText()).contains("without the code a lost password means a lost log");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("confirmPassword")).sendKeys(PASSWORD);
        click("form.account-form button[type=submit]");

        // the log's first page, with the code on top
        assertThat(heading()).isEqualTo("Start your recovery log");
        String code = find(".recovery-code-banner [data-recovery-code]").getText();
        assertThat(code).matches("[2-9A-HJ-NP-Z]{5}(-[2-9A-HJ-NP-Z]{5}){4}");
        assertWellFormedPage();
        saveScreenshot("recovery-code-banner-phone");

        click(".recovery-code-banner a[href='/account/recovery-code']");
        assertThat(heading()).isEqualTo("Your recovery code");
        assertThat(find("main [data-recovery-code]").getText()).isEqualTo(code);
        assertThat(find("button[data-print]").isDisplayed()).isTrue();
        assertWellFormedPage();
        saveScreenshot("recovery-code-page-phone");
        assertThat(printedPages("recovery-code", Paper.A4)).isEqualTo(1);

        click("form[action='/account/recovery-code/saved'] button");
        assertThat(browser.getCurrentUrl()).endsWith("/log");
        assertThat(browser.findElements(By.cssSelector("[data-recovery-code]"))).isEmpty();
        find(".menu__button").click(); // on a phone, Sign out is in the menu
        click("form[action='/logout'] button");

        resizeTo(Screen.DESKTOP);
        open("/login");
        click("a[href='/forgot-password']");
        assertThat(heading()).isEqualTo("Forgot your password?");
        assertWellFormedPage();
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("recoveryCode")).sendKeys("ABCDE-FGHJK-LMNPQ-RSTUV-WXYZ2");
        browser.findElement(By.id("newPassword")).sendKeys(NEW_PASSWORD);
        browser.findElement(By.id("confirmPassword")).sendKeys(NEW_PASSWORD);
        click("form[action='/forgot-password'] button[type=submit]");
        assertThat(find(".error-summary").getText()).contains("That username and recovery code do not match");
        assertThat(browser.findElement(By.id("username")).getAttribute("value")).isEqualTo(username);
        assertWellFormedPage();
        saveScreenshot("forgot-password-error");

        browser.findElement(By.id("recoveryCode")).clear();
        browser.findElement(By.id("recoveryCode")).sendKeys(code.toLowerCase());
        browser.findElement(By.id("newPassword")).sendKeys(NEW_PASSWORD);
        browser.findElement(By.id("confirmPassword")).sendKeys(NEW_PASSWORD);
        click("form[action='/forgot-password'] button[type=submit]");
        assertThat(heading()).isEqualTo("Your recovery code");
        assertThat(find(".flash").getText()).contains("Your new password is set.");
        String newCode = find("main [data-recovery-code]").getText();
        assertThat(newCode).isNotEqualTo(code);
        assertWellFormedPage();
        click("form[action='/account/recovery-code/saved'] button");
        click("form[action='/logout'] button");

        signIn(username, NEW_PASSWORD);
        assertThat(browser.getCurrentUrl()).endsWith("/log");
    }

    private void click(String css) {
        clickAndWaitForNextPage(find(css));
    }

}
