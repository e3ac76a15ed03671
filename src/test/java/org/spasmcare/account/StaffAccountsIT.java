package org.spasmcare.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.spasmcare.support.HttpSession;
import org.spasmcare.support.RunningApp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Staff accounts over real HTTP on the file database: an admin creates a member of staff, who signs in
 * with the one-time password and must choose their own first. Also shows the test helpers at work.
 */
class StaffAccountsIT extends RunningApp {

    private static final Pattern SHOWN_PASSWORD = Pattern.compile("class=\"one-time-password__value\">([^<]+)<");

    @Autowired
    private ApplicationContext context;

    @Test
    void shouldTakeANewMemberOfStaffFromCreationThroughTheirOwnPasswordToTheStaffArea() {
        SignedInAccount admin = TestAccounts.in(context).admin();
        HttpSession admins = TestAccounts.signIn(this, admin.username(), TestAccounts.PASSWORD);
        assertThat(admins.get("/admin/accounts").body()).contains("Staff and admin accounts");

        String username = "ivy" + System.nanoTime();
        HttpResponse<String> created = admins.submit("/admin/accounts", "/admin/accounts",
                Map.of("username", username, "role", "STAFF"));
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        Matcher shown = SHOWN_PASSWORD.matcher(created.body());
        assertThat(shown.find()).isTrue();
        String oneTimePassword = shown.group(1);

        HttpSession ivy = TestAccounts.signIn(this, username, oneTimePassword);
        HttpResponse<String> staffArea = ivy.get("/staff");
        assertThat(staffArea.statusCode()).isEqualTo(302);
        assertThat(staffArea.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/password"));

        HttpResponse<String> changed = ivy.submit("/password", "/password", Map.of("currentPassword", oneTimePassword,
                "newPassword", "velvet compass morning tide", "confirmPassword", "velvet compass morning tide"));
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(changed.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/staff"));
        assertThat(ivy.get("/").body()).contains("href=\"/staff\"").doesNotContain("href=\"/admin/accounts\"");

        String trail = admins.get("/admin/audit").body();
        assertThat(trail).contains("Created an account", "Changed their own password", username);
    }

    @Test
    void shouldRefuseAnAdminPostWithoutItsCsrfTokenOverHttp() {
        SignedInAccount admin = TestAccounts.in(context).admin();
        SignedInAccount staff = TestAccounts.in(context).staff();
        HttpSession admins = TestAccounts.signIn(this, admin.username(), TestAccounts.PASSWORD);

        HttpResponse<String> refused = admins.post("/admin/accounts/" + staff.id() + "/disable", Map.of());

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("You cannot do that here");
        TestAccounts.signIn(this, staff.username(), TestAccounts.PASSWORD);
    }
}
