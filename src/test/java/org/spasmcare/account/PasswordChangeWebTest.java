package org.spasmcare.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.spasmcare.account.TestAccounts.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spasmcare.audit.AuditAction;
import org.spasmcare.audit.AuditEntry;
import org.spasmcare.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The change-password page, and the one-time password that allows nothing else until it is changed. */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureTestDatabase
class PasswordChangeWebTest {

    private static final String NEW_PASSWORD = "amber meadow railway clock";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private AuditTrail audit;

    @Test
    void shouldSendAnAccountWithAOneTimePasswordToThePasswordPageForEveryPageButSignOutAndStaticFiles() throws Exception {
        SignedInAccount staff = TestAccounts.in(context).create(TestAccounts.unique("newcomer"), Role.STAFF, true);
        MockHttpSession session = TestAccounts.signIn(mvc, staff.username(), TestAccounts.PASSWORD);

        for (String path : List.of("/staff", "/staff/treatments/massage/edit", "/", "/treatments", "/admin/accounts")) {
            mvc.perform(get(path).session(session)).andExpect(status().isFound()).andExpect(redirectedUrl("/password"));
        }
        mvc.perform(post("/staff/treatments/massage").session(session).with(csrf()))
                .andExpect(redirectedUrl("/password"));
        mvc.perform(get("/password").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You signed in with a one-time password")));
        mvc.perform(get("/assets/css/spasmcare.css").session(session)).andExpect(status().isOk());
        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/?signedOut"));
    }

    @Test
    void shouldChangeAOneTimePasswordClearTheFlagAuditItAndGoOnToTheStaffArea() throws Exception {
        SignedInAccount staff = TestAccounts.in(context).create(TestAccounts.unique("changer"), Role.STAFF, true);
        MockHttpSession session = TestAccounts.signIn(mvc, staff.username(), TestAccounts.PASSWORD);

        change(session, TestAccounts.PASSWORD, NEW_PASSWORD, NEW_PASSWORD)
                .andExpect(redirectedUrl("/staff"))
                .andExpect(flash().attribute("message", "password.changed"));

        assertThat(jdbc.queryForObject("select must_change_password from account where id = ?", Boolean.class,
                staff.id())).isFalse();
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        assertThat(audit.recent(0).getContent()).filteredOn(line -> staff.username().equals(line.actor()))
                .extracting(AuditEntry::action, AuditEntry::target)
                .contains(org.assertj.core.groups.Tuple.tuple(AuditAction.PASSWORD_CHANGED, staff.username()));
        assertThat(audit.recent(0).getContent()).filteredOn(line -> staff.username().equals(line.actor()))
                .extracting(AuditEntry::detail).containsOnlyNulls();

        TestAccounts.signIn(mvc, staff.username(), NEW_PASSWORD);
        mvc.perform(post("/login").with(csrf()).with(TestAccounts.fromAnAddressOfItsOwn())
                .param("username", staff.username()).param("password", TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void shouldLetAPatientChangeTheirPasswordFromMyDataWithoutAnAuditLine() throws Exception {
        SignedInAccount patient = TestAccounts.in(context).patient();
        mvc.perform(get("/account").with(as(patient)))
                .andExpect(content().string(containsString("href=\"/password\"")));
        mvc.perform(get("/password").with(as(patient)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("You signed in with a one-time password"))));

        mvc.perform(post("/password").with(as(patient)).with(csrf()).param("currentPassword", TestAccounts.PASSWORD)
                .param("newPassword", NEW_PASSWORD).param("confirmPassword", NEW_PASSWORD))
                .andExpect(redirectedUrl("/log"));

        TestAccounts.signIn(mvc, patient.username(), NEW_PASSWORD);
        assertThat(audit.recent(0).getContent()).extracting(AuditEntry::actor).doesNotContain(patient.username());
    }

    @Test
    void shouldRefuseAWrongCurrentPasswordAPolicyBreakAMismatchAndTheSamePasswordAndKeepNothingTyped() throws Exception {
        SignedInAccount staff = TestAccounts.in(context).create(TestAccounts.unique("careful"), Role.STAFF, true);
        MockHttpSession session = TestAccounts.signIn(mvc, staff.username(), TestAccounts.PASSWORD);

        change(session, "not my password at all", NEW_PASSWORD, NEW_PASSWORD)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("That is not your current password")))
                .andExpect(content().string(not(containsString(NEW_PASSWORD))))
                .andExpect(content().string(not(containsString("not my password at all"))));
        change(session, TestAccounts.PASSWORD, "short", "short")
                .andExpect(content().string(containsString("Use a password of at least 10 characters")));
        change(session, TestAccounts.PASSWORD, "1234567890", "1234567890")
                .andExpect(content().string(containsString("one of the most common ones")));
        change(session, TestAccounts.PASSWORD, "my name is " + staff.username(), "my name is " + staff.username())
                .andExpect(content().string(containsString("must not contain your username")));
        change(session, TestAccounts.PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "!")
                .andExpect(content().string(containsString("The two passwords are not the same")))
                .andExpect(content().string(containsString("href=\"#confirmPassword\"")));
        change(session, TestAccounts.PASSWORD, TestAccounts.PASSWORD, TestAccounts.PASSWORD)
                .andExpect(content().string(containsString("this is the one you have now")))
                .andExpect(content().string(not(containsString(TestAccounts.PASSWORD))));

        assertThat(jdbc.queryForObject("select must_change_password from account where id = ?", Boolean.class,
                staff.id())).isTrue();
        mvc.perform(get("/staff").session(session)).andExpect(redirectedUrl("/password"));
    }

    @Test
    void shouldCountWrongCurrentPasswordsTowardsTheSignInThrottle() throws Exception {
        SignedInAccount patient = TestAccounts.in(context).patient();
        MockHttpSession session = TestAccounts.signIn(mvc, patient.username(), TestAccounts.PASSWORD);
        // the throttle counts per username and address (guesses from elsewhere never delay the owner)
        RequestPostProcessor oneAddress = TestAccounts.fromAnAddressOfItsOwn();
        for (int i = 0; i < LoginAttempts.FAILURES_BEFORE_DELAY; i++) {
            change(session, "guess number " + i, NEW_PASSWORD, NEW_PASSWORD, oneAddress)
                    .andExpect(content().string(containsString("That is not your current password")));
        }
        change(session, TestAccounts.PASSWORD, NEW_PASSWORD, NEW_PASSWORD, oneAddress)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("That is not your current password")));
        mvc.perform(post("/login").with(csrf()).with(oneAddress)
                .param("username", patient.username()).param("password", TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
    }

    private ResultActions change(MockHttpSession session, String current, String next, String confirm) throws Exception {
        return change(session, current, next, confirm, TestAccounts.fromAnAddressOfItsOwn());
    }

    private ResultActions change(MockHttpSession session, String current, String next, String confirm,
            RequestPostProcessor from) throws Exception {
        return mvc.perform(post("/password").session(session).with(csrf()).with(from)
                .param("currentPassword", current)
                .param("newPassword", next).param("confirmPassword", confirm));
    }
}
