package org.spasmcare.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.spasmcare.browser.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The admin pages and the password page in a real Chromium, with axe, at phone and desktop sizes. */
class StaffAccountsBrowserIT extends BrowserTest {

    @Autowired
    private ApplicationContext context;

    @Test
    void shouldCreateAStaffAccountAndLetItChooseItsOwnPassword() {
        SignedInAccount admin = TestAccounts.in(context).admin();
        browser.manage().deleteAllCookies();
        resizeTo(Screen.DESKTOP);
        signIn(admin.username(), TestAccounts.PASSWORD);

        open("/admin/accounts");
        assertThat(heading()).isEqualTo("Staff and admin accounts");
        assertWellFormedPage();
        saveScreenshot("admin-accounts-desktop");

        click("form[action='/admin/accounts'] button[type=submit]");
        assertThat(find(".error-summary").getText()).contains("Choose a username.");
        assertWellFormedPage();

        String username = "otto" + System.nanoTime();
        browser.findElement(By.id("username")).sendKeys(username);
        click("form[action='/admin/accounts'] button[type=submit]");
        assertThat(heading()).isEqualTo("The account " + username + " is created");
        String oneTimePassword = find(".one-time-password__value").getText();
        assertWellFormedPage();
        saveScreenshot("admin-one-time-password");

        resizeTo(Screen.PHONE);
        open("/admin/accounts");
        assertWellFormedPage();
        saveScreenshot("admin-accounts-phone");
        open("/admin/audit");
        assertThat(heading()).isEqualTo("Audit trail");
        assertThat(find("table.audit-trail").getText()).contains("Created an account");
        assertWellFormedPage();
        saveScreenshot("admin-audit-phone");
        find(".menu__button").click(); // on a phone, Sign out is in the menu
        click("form[action='/logout'] button");

        signIn(username, oneTimePassword);
        assertThat(heading()).isEqualTo("Change your password");
        assertWellFormedPage();
        browser.findElement(By.id("currentPassword")).sendKeys(oneTimePassword);
        browser.findElement(By.id("newPassword")).sendKeys("slow river blue mountain");
        browser.findElement(By.id("confirmPassword")).sendKeys("slow river blue mountain typo");
        click("form[action='/password'] button[type=submit]");
        assertThat(find(".error-summary").getText()).contains("The two passwords are not the same.");
        assertWellFormedPage();
        saveScreenshot("password-change-error");

        browser.findElement(By.id("currentPassword")).sendKeys(oneTimePassword);
        browser.findElement(By.id("newPassword")).sendKeys("slow river blue mountain");
        browser.findElement(By.id("confirmPassword")).sendKeys("slow river blue mountain");
        click("form[action='/password'] button[type=submit]");
        assertThat(browser.getCurrentUrl()).endsWith("/staff");
    }

    private void click(String css) {
        clickAndWaitForNextPage(find(css));
    }
}
