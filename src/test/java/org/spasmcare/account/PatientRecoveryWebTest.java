package org.spasmcare.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A patient's recovery code, through the whole app: shown once at registration (and only its hash kept),
 * "Forgot your password?" with it (a new password, the other sessions ended, a new code), the same answer
 * for every refusal, the sign-in throttle, and making a code from My data.
 */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureTestDatabase
class PatientRecoveryWebTest {

    private static final String CODE_PATTERN = "[2-9A-HJ-NP-Z]{5}(-[2-9A-HJ-NP-Z]{5}){4}";
    private static final String NEW_PASSWORD = "copper kettle on the hill";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private PasswordEncoder passwordEncoder;

    @Autowired
    private PatientRecovery recovery;

    @Test
    void shouldShowANewPatientTheirRecoveryCodeUntilTheySayTheySavedItAndKeepOnlyItsHash() throws Exception {
        Document registerPage = page(mvc.perform(get("/register")));
        assertThat(registerPage.select("form.account-form").text()).contains("without the code a lost password means a lost log");

        String name = TestAccounts.unique("hana");
        MvcResult registered = mvc.perform(post("/register").with(csrf()).with(TestAccounts.fromAnAddressOfItsOwn())
                        .param("username", name).param("password", TestAccounts.PASSWORD)
                        .param("confirmPassword", TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/log?welcome")).andReturn();
        MockHttpSession session = (MockHttpSession) registered.getRequest().getSession(false);

        // the next page shows the code, whichever it is
        Document log = page(mvc.perform(get("/log").param("welcome", "").session(session)));
        String code = log.select(".recovery-code-banner [data-recovery-code]").text();
        assertThat(code).matches(CODE_PATTERN);
        assertThat(log.select("h1").text()).isEqualTo("Start your recovery log");
        String hash = hashOf(name);
        assertThat(hash).startsWith("{bcrypt}").doesNotContain(code).doesNotContain(code.replace("-", ""));
        assertThat(passwordEncoder.matches(code.replace("-", ""), hash)).isTrue();

        // the page to print: the same code, a print button and the "saved" step, and no banner on top
        Document printable = page(mvc.perform(get("/account/recovery-code").session(session)));
        assertThat(printable.select("main [data-recovery-code]")).hasSize(1);
        assertThat(printable.select("main [data-recovery-code]").text()).isEqualTo(code);
        assertThat(printable.select("button[data-print]")).hasSize(1);
        assertThat(printable.select("form[action=/account/recovery-code/saved] button").text()).isEqualTo("I have saved my code");

        mvc.perform(post("/account/recovery-code/saved").with(csrf()).session(session).param("next", "/log"))
                .andExpect(redirectedUrl("/log"));
        assertThat(page(mvc.perform(get("/log").session(session))).select("[data-recovery-code]")).isEmpty();
        mvc.perform(get("/account/recovery-code").session(session)).andExpect(redirectedUrl("/account"));
        // "saved" returns only to a page of this app
        mvc.perform(post("/account/recovery-code/saved").with(csrf()).session(session).param("next", "//evil.example/"))
                .andExpect(redirectedUrl("/log"));
    }

    @Test
    void shouldRecoverWithTheCodeEndTheOtherSessionsAndReplaceTheCode() throws Exception {
        SignedInAccount patient = TestAccounts.in(context).patient();
        String oldCode = recovery.makeCode(patient.id());
        MockHttpSession elsewhere = TestAccounts.signIn(mvc, patient.username(), TestAccounts.PASSWORD);
        mvc.perform(get("/log").session(elsewhere)).andExpect(status().isOk());

        assertThat(page(mvc.perform(get("/login"))).select("a[href=/forgot-password]").text()).isEqualTo("Forgot your password?");

        // typed in capitals, the code in small letters without dashes
        MvcResult recovered = forgot(patient.username().toUpperCase(), oldCode.toLowerCase().replace("-", ""), NEW_PASSWORD)
                .andExpect(redirectedUrl("/account/recovery-code?recovered"))
                .andExpect(authenticated().withUsername(patient.username()))
                .andReturn();
        MockHttpSession session = (MockHttpSession) recovered.getRequest().getSession(false);
        Document shown = page(mvc.perform(get("/account/recovery-code").param("recovered", "").session(session)));
        String newCode = shown.select("main [data-recovery-code]").text();
        assertThat(newCode).matches(CODE_PATTERN).isNotEqualTo(oldCode);
        assertThat(shown.text()).contains("Your new password is set.");
        assertThat(passwordEncoder.matches(newCode.replace("-", ""), hashOf(patient.username()))).isTrue();

        // the other session is signed out, as after a password change
        mvc.perform(get("/log").session(elsewhere)).andExpect(status().isFound()).andExpect(unauthenticated());
        // the new password works, the old one no longer
        mvc.perform(post("/login").with(csrf()).with(TestAccounts.fromAnAddressOfItsOwn())
                .param("username", patient.username()).param("password", TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
        TestAccounts.signIn(mvc, patient.username(), NEW_PASSWORD);
        // the old code is used up
        Document again = page(forgot(patient.username(), oldCode, "another fine password here").andExpect(status().isOk()));
        assertThat(again.select("#error-summary").text()).contains("That username and recovery code do not match");
        TestAccounts.signIn(mvc, patient.username(), NEW_PASSWORD);
    }

    @Test
    void shouldAnswerAWrongCodeAnUnknownNameAStaffAccountAndAPatientWithoutACodeAlike() throws Exception {
        TestAccounts accounts = TestAccounts.in(context);
        SignedInAccount patient = accounts.patient();
        String code = recovery.makeCode(patient.id());
        String wrongCode = code.substring(0, code.length() - 1) + (code.endsWith("2") ? "3" : "2");
        SignedInAccount staff = accounts.staff();
        SignedInAccount admin = accounts.admin();
        SignedInAccount noCode = accounts.patient();
        // even a staff or admin account that somehow had a code (the app never makes them one) is refused
        for (SignedInAccount account : List.of(staff, admin)) {
            jdbc.update("update account set recovery_code_hash = ? where id = ?",
                    passwordEncoder.encode(PatientRecoveryCodes.normalize(code)), account.id());
        }

        List<String> answers = new ArrayList<>();
        for (String[] attempt : new String[][] {
                {patient.username(), wrongCode},
                {TestAccounts.unique("nobody"), code},
                {staff.username(), code},
                {admin.username(), code},
                {noCode.username(), code}}) {
            Document page = page(forgot(attempt[0], attempt[1], NEW_PASSWORD).andExpect(status().isOk()).andExpect(unauthenticated()));
            answers.add(page.select("#error-summary").text());
            // what was typed is kept, the passwords are not
            assertThat(page.select("input#username").val()).isEqualTo(attempt[0]);
            assertThat(page.select("input#recoveryCode").val()).isEqualTo(attempt[1]);
            assertThat(page.select("input#newPassword").val()).isEmpty();
            assertThat(page.html()).doesNotContain(NEW_PASSWORD);
        }
        assertThat(answers.get(0)).contains("That username and recovery code do not match, or there were too many tries.");
        assertThat(answers).containsOnly(answers.get(0));
        for (SignedInAccount account : List.of(patient, staff, admin, noCode)) {
            TestAccounts.signIn(mvc, account.username(), TestAccounts.PASSWORD); // nothing changed
        }
    }

    @Test
    void shouldThrottleTriesPerUsernameAndAddressAndPerAddressLikeSignIn() throws Exception {
        SignedInAccount patient = TestAccounts.in(context).patient();
        String code = recovery.makeCode(patient.id());
        RequestPostProcessor guesser = TestAccounts.fromAnAddressOfItsOwn();
        for (int i = 0; i < LoginAttempts.FAILURES_BEFORE_DELAY; i++) {
            forgot(guesser, patient.username(), PatientRecoveryCodes.newCode(), NEW_PASSWORD).andExpect(status().isOk());
        }
        // the right code, now too soon: the same answer, and nothing changes
        Document refused = page(forgot(guesser, patient.username(), code, NEW_PASSWORD).andExpect(status().isOk()));
        assertThat(refused.select("#error-summary").text()).contains("That username and recovery code do not match");
        TestAccounts.signIn(mvc, patient.username(), TestAccounts.PASSWORD);
        // the guesses do not lock the owner out at their own address
        forgot(TestAccounts.fromAnAddressOfItsOwn(), patient.username(), code, NEW_PASSWORD)
                .andExpect(redirectedUrl("/account/recovery-code?recovered"));

        // one address trying many names is stopped too
        SignedInAccount other = TestAccounts.in(context).patient();
        String otherCode = recovery.makeCode(other.id());
        RequestPostProcessor sweeper = TestAccounts.fromAnAddressOfItsOwn();
        for (int i = 0; i < LoginAttempts.MAX_FAILURES_PER_ADDRESS; i++) {
            forgot(sweeper, TestAccounts.unique("name"), otherCode, NEW_PASSWORD).andExpect(status().isOk());
        }
        forgot(sweeper, other.username(), otherCode, NEW_PASSWORD).andExpect(status().isOk()).andExpect(unauthenticated());
        TestAccounts.signIn(mvc, other.username(), TestAccounts.PASSWORD);
    }

    @Test
    void shouldExplainBadInputAndKeepWhatWasTyped() throws Exception {
        Document empty = page(forgot("", "", "").andExpect(status().isOk()));
        assertThat(empty.select("#error-summary").text())
                .contains("Choose a username.", "Type your recovery code.", "Use a password of at least 10 characters");

        SignedInAccount patient = TestAccounts.in(context).patient();
        String code = recovery.makeCode(patient.id());
        Document mismatch = page(mvc.perform(post("/forgot-password").with(csrf()).with(TestAccounts.fromAnAddressOfItsOwn())
                .param("username", patient.username()).param("recoveryCode", code)
                .param("newPassword", NEW_PASSWORD).param("confirmPassword", NEW_PASSWORD + "!")).andExpect(status().isOk()));
        assertThat(mismatch.select("#error-summary").text()).contains("The two passwords are not the same.")
                .doesNotContain("recovery code do not match");
        assertThat(mismatch.select("input#recoveryCode").val()).isEqualTo(code);
        // the code still works: a refused new password used nothing up
        forgot(patient.username(), code, NEW_PASSWORD).andExpect(redirectedUrl("/account/recovery-code?recovered"));
    }

    @Test
    void shouldLetAPatientWithoutACodeMakeOneFromMyDataWithTheirPassword() throws Exception {
        SignedInAccount patient = TestAccounts.in(context).patient();
        MockHttpSession session = TestAccounts.signIn(mvc, patient.username(), TestAccounts.PASSWORD);
        Document myData = page(mvc.perform(get("/account").session(session)));
        assertThat(myData.text()).contains("You have no recovery code yet.");
        assertThat(myData.select("form[action=/account/recovery-code] button").text()).isEqualTo("Make a recovery code");

        Document wrong = page(mvc.perform(post("/account/recovery-code").with(csrf()).with(TestAccounts.fromAnAddressOfItsOwn())
                .session(session).param("currentPassword", "not my password")).andExpect(status().isOk()));
        assertThat(wrong.select("#error-summary").text()).contains("That is not your current password.");
        assertThat(hashOf(patient.username())).isNull();

        mvc.perform(post("/account/recovery-code").with(csrf()).with(TestAccounts.fromAnAddressOfItsOwn())
                .session(session).param("currentPassword", TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/account/recovery-code"));
        String code = page(mvc.perform(get("/account/recovery-code").session(session))).select("main [data-recovery-code]").text();
        assertThat(code).matches(CODE_PATTERN);
        assertThat(passwordEncoder.matches(code.replace("-", ""), hashOf(patient.username()))).isTrue();
        mvc.perform(post("/account/recovery-code/saved").with(csrf()).session(session).param("next", "/account"))
                .andExpect(redirectedUrl("/account"));
        assertThat(page(mvc.perform(get("/account").session(session))).text()).contains("You have a recovery code.")
                .doesNotContain(code);
    }

    @Test
    void shouldNotOfferStaffARecoveryCodePage() throws Exception {
        SignedInAccount staff = TestAccounts.in(context).staff();
        mvc.perform(post("/account/recovery-code").with(csrf()).with(TestAccounts.as(staff))
                .param("currentPassword", TestAccounts.PASSWORD)).andExpect(status().isForbidden());
        assertThat(hashOf(staff.username())).isNull();
    }

    private ResultActions forgot(String username, String code, String newPassword) throws Exception {
        return forgot(TestAccounts.fromAnAddressOfItsOwn(), username, code, newPassword);
    }

    private ResultActions forgot(RequestPostProcessor from, String username, String code, String newPassword) throws Exception {
        return mvc.perform(post("/forgot-password").with(csrf()).with(from).param("username", username)
                .param("recoveryCode", code).param("newPassword", newPassword).param("confirmPassword", newPassword));
    }

    private String hashOf(String username) {
        return jdbc.queryForObject("select recovery_code_hash from account where username = ?", String.class, username);
    }

    private static Document page(ResultActions result) throws Exception {
        return Jsoup.parse(result.andReturn().getResponse().getContentAsString());
    }
}
