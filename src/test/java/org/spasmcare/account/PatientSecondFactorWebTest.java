package org.spasmcare.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.spasmcare.account.TestAccounts.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.spasmcare.audit.AuditAction;
import org.spasmcare.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A patient's own choice of a second sign-in step: set up from "My data" on the staff's set-up page, with the
 * recovery codes shown once; asked for at every later sign-in; turned off again after the password. A patient
 * who never chose it signs in with the password alone. Codes come from the app's Clock.
 */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureTestDatabase
class PatientSecondFactorWebTest {

    private static final Pattern SECRET = Pattern.compile("id=\"secret\"[^>]*>([A-Z2-7 ]+)<");
    private static final Pattern RECOVERY_CODE = Pattern.compile("class=\"recovery-code\">([a-z2-9]{5}-[a-z2-9]{5})<");

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private AuditTrail audit;

    @Autowired
    private Clock clock;

    @Test
    void shouldNeverAskAPatientWithoutASecondFactorForACode() throws Exception {
        SignedInAccount patient = TestAccounts.in(context).patient();
        assertThat(patient.secondFactor()).isFalse();
        MockHttpSession session = passwordOnly(patient.username());
        mvc.perform(get("/log").session(session)).andExpect(status().isOk());
        mvc.perform(get("/account").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Set up a code app")))
                .andExpect(content().string(not(containsString("Turn off the second step"))));
        // passkeys stay for staff
        mvc.perform(get("/second-factor/passkeys").session(session)).andExpect(status().isForbidden());
        mvc.perform(post("/webauthn/register/options").session(session).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void shouldLetAPatientSetUpAnAppAndThenAskForItsCodeAtEverySignIn() throws Exception {
        SignedInAccount patient = TestAccounts.in(context).patient();
        MockHttpSession session = passwordOnly(patient.username());

        String page = mvc.perform(get("/second-factor/setup").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This step is your choice.")))
                .andExpect(content().string(not(containsString("Staff accounts need two steps"))))
                .andReturn().getResponse().getContentAsString();
        Matcher shown = SECRET.matcher(page);
        assertThat(shown.find()).as("the secret as text").isTrue();
        String secret = shown.group(1).replace(" ", "");
        MvcResult enrolled = mvc.perform(post("/second-factor/setup").session(session).with(csrf())
                        .param("code", OneTimeCodes.codeAt(secret, clock.instant())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("shown only this once")))
                .andReturn();
        List<String> codes = recoveryCodes(enrolled.getResponse().getContentAsString());
        assertThat(codes).hasSize(SecondFactors.RECOVERY_CODES);
        assertThat(jdbc.queryForObject("select totp_secret from account where id = ?", String.class, patient.id()))
                .isEqualTo(secret);
        // patients' own actions are not audited
        assertThat(audit.recent(0).getContent()).noneMatch(line -> patient.username().equals(line.actor()));
        mvc.perform(get("/second-factor/continue").session(session)).andExpect(redirectedUrl("/account?secondFactorOn"));
        mvc.perform(get("/account").param("secondFactorOn", "").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The second step is on.")))
                .andExpect(content().string(containsString("Turn off the second step")));

        // the next sign-in asks for the code before any page of theirs
        MockHttpSession next = passwordOnly(patient.username());
        for (String path : List.of("/", "/account", "/log")) {
            mvc.perform(get(path).session(next)).andExpect(redirectedUrl("/second-factor"));
        }
        mvc.perform(get("/second-factor").session(next))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter your sign-in code")))
                .andExpect(content().string(containsString("not even the clinic")));
        mvc.perform(post("/second-factor").session(next).with(csrf()).param("code", "000000x"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("That code did not work.")));
        mvc.perform(post("/second-factor").session(next).with(csrf())
                        .param("code", TestAccounts.nextOneTimeCode(context, patient.username())))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", containsString("/log"))); // where it was going
        mvc.perform(get("/log").session(next)).andExpect(status().isOk());

        // a recovery code works too, once
        MockHttpSession withRecoveryCode = passwordOnly(patient.username());
        mvc.perform(post("/second-factor").session(withRecoveryCode).with(csrf()).param("code", codes.get(0)))
                .andExpect(redirectedUrl("/log"));
        mvc.perform(get("/log").session(withRecoveryCode)).andExpect(status().isOk());
    }

    @Test
    void shouldTurnItOffOnlyWithThePatientsPassword() throws Exception {
        SignedInAccount patient = withAnApp(TestAccounts.in(context).patient());
        MockHttpSession session = TestAccounts.signIn(mvc, patient.username(), TestAccounts.PASSWORD);

        mvc.perform(post("/account/second-factor/off").session(session).param("currentPassword", TestAccounts.PASSWORD))
                .andExpect(status().isForbidden()); // no CSRF token
        mvc.perform(post("/account/second-factor/off").session(session).with(csrf())
                        .with(TestAccounts.fromAnAddressOfItsOwn()).param("currentPassword", "not my password at all"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("That is not your current password.")));
        assertThat(jdbc.queryForObject("select totp_secret from account where id = ?", String.class, patient.id()))
                .isNotNull();

        mvc.perform(post("/account/second-factor/off").session(session).with(csrf())
                        .param("currentPassword", TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/account?secondFactorOff"));
        assertThat(jdbc.queryForObject("select totp_secret from account where id = ?", String.class, patient.id()))
                .isNull();
        assertThat(jdbc.queryForObject("select count(*) from second_factor_recovery_code where account_id = ?",
                Integer.class, patient.id())).isZero();
        mvc.perform(get("/account").param("secondFactorOff", "").session(session))
                .andExpect(content().string(containsString("The second step is off.")))
                .andExpect(content().string(containsString("Set up a code app")));

        MockHttpSession next = passwordOnly(patient.username());
        mvc.perform(get("/log").session(next)).andExpect(status().isOk());
    }

    @Test
    void shouldNotLetStaffTurnTheirsOff() throws Exception {
        SignedInAccount staff = TestAccounts.in(context).staff();
        mvc.perform(post("/account/second-factor/off").with(as(staff)).with(csrf())
                        .param("currentPassword", TestAccounts.PASSWORD))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select totp_secret from account where id = ?", String.class, staff.id()))
                .isNotNull();
        assertThat(audit.recent(0).getContent()).noneMatch(line -> line.action() == AuditAction.SECOND_FACTOR_RESET
                && staff.username().equals(line.target()));
    }

    private SignedInAccount withAnApp(SignedInAccount account) {
        jdbc.update("update account set totp_secret = ? where id = ?", TestAccounts.TOTP_SECRET, account.id());
        return account;
    }

    /** Signs in with the password only: a patient lands on their log, or is asked for the code there. */
    private MockHttpSession passwordOnly(String username) throws Exception {
        MvcResult result = mvc.perform(post("/login").with(csrf()).with(TestAccounts.fromAnAddressOfItsOwn())
                .param("username", username).param("password", TestAccounts.PASSWORD)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/log");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private static List<String> recoveryCodes(String page) {
        List<String> codes = new ArrayList<>();
        Matcher matcher = RECOVERY_CODE.matcher(page);
        while (matcher.find()) {
            codes.add(matcher.group(1));
        }
        return codes;
    }
}
