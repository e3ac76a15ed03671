package org.spasmcare.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.spasmcare.browser.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Passkeys end to end in a real Chromium, with Chromium's virtual authenticator standing in for a phone or a
 * security key: a member of staff signs in with password and code, adds a passkey, signs out, and signs in
 * with the password and then the passkey.
 */
class PasskeysBrowserIT extends BrowserTest {

    @Autowired
    private ApplicationContext context;

    @Test
    void shouldAddAPasskeyAndUseItAsTheSecondStep() {
        SignedInAccount staff = TestAccounts.in(context).staff();
        VirtualAuthenticator authenticator = browser.addVirtualAuthenticator(new VirtualAuthenticatorOptions()
                .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
                .setHasResidentKey(true)
                .setHasUserVerification(true)
                .setIsUserVerified(true));
        try {
            resizeTo(Screen.DESKTOP);
            signIn(staff.username(), TestAccounts.PASSWORD); // password and a code from the app
            assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo("/staff");

            open("/second-factor/passkeys");
            assertThat(heading()).isEqualTo("My passkeys");
            assertThat(find("main").getText()).contains("You have no passkeys yet.");
            assertWellFormedPage();
            browser.findElement(By.id("passkey-label")).sendKeys("Work laptop");
            clickAndWaitForNextPage(find("#passkey-add button[type=submit]"));
            assertThat(find(".flash").getText()).isEqualTo("Your passkey was added. You can use it at your next sign-in.");
            assertThat(find(".passkey-list").getText()).contains("Work laptop");
            assertThat(authenticator.getCredentials()).hasSize(1);
            assertWellFormedPage();
            saveScreenshot("passkeys-desktop");

            clickAndWaitForNextPage(find("form[action='/logout'] button"));
            browser.manage().deleteAllCookies();
            open("/login");
            browser.findElement(By.id("username")).sendKeys(staff.username());
            browser.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
            clickAndWaitForNextPage(find("form.account-form button[type=submit]"));
            assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo("/second-factor");
            assertThat(find("#passkey-sign-in").isDisplayed()).isTrue();
            assertWellFormedPage();
            saveScreenshot("second-factor-with-passkey");

            clickAndWaitForNextPage(find("#passkey-sign-in"));
            new WebDriverWait(browser, Duration.ofSeconds(20))
                    .until(driver -> URI.create(driver.getCurrentUrl()).getPath().equals("/staff"));
            assertThat(find("main").getText()).doesNotContain("Enter your sign-in code");
        } finally {
            browser.removeVirtualAuthenticator(authenticator);
        }
    }
}
