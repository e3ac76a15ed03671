package org.spasmcare.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.spasmcare.support.HttpSession;
import org.spasmcare.support.RunningApp;

/**
 * A password change ends every other session of the account, as disabling it does, and keeps the one
 * that made the change. Here with sessions in memory (H2); {@code PostgresPasswordChangeSessionsIT} runs
 * the same with sessions in PostgreSQL.
 */
class PasswordChangeSessionsIT extends RunningApp {

    private static final String OLD = "a long and unusual passphrase";
    private static final String NEW = "another fairly long passphrase";

    @Test
    void shouldEndTheAccountsOtherSessionsWhenItsPasswordChanges() {
        String username = TestAccounts.unique("sessions");
        HttpSession here = HttpSession.register(baseUrl(), username, OLD);
        HttpSession elsewhere = HttpSession.signIn(baseUrl(), username, OLD).orElseThrow();
        assertThat(elsewhere.get("/log").statusCode()).as("the other session, before").isEqualTo(200);

        HttpResponse<String> changed = here.post("/password", HttpSession.form("_csrf", here.csrfToken("/password"),
                "currentPassword", OLD, "newPassword", NEW, "confirmPassword", NEW));
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(changed.headers().firstValue("Location")).get().asString().endsWith("/log");

        HttpResponse<String> afterwards = elsewhere.get("/log");
        assertThat(afterwards.statusCode()).as("the other session, after").isEqualTo(302);
        assertThat(afterwards.headers().firstValue("Location")).get().asString().endsWith("/login");
        assertThat(elsewhere.get("/account").statusCode()).isEqualTo(302);

        assertThat(here.get("/log").statusCode()).as("the session that changed it").isEqualTo(200);
        assertThat(HttpSession.signIn(baseUrl(), username, OLD)).isEmpty();
        assertThat(HttpSession.signIn(baseUrl(), username, NEW)).isPresent();
    }
}
