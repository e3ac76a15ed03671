package org.spasmcare.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.spasmcare.account.TestAccounts.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
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
import org.springframework.test.web.servlet.MvcResult;

/**
 * The second factor of staff and admins: setting up an authenticator app at the first sign-in, the
 * recovery codes shown once, a code for every later sign-in (each used once), and an admin's reset.
 * Codes are computed from the app's Clock, as the person's phone would show them.
 */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureTestDatabase
class SecondFactorWebTest {

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
    void shouldMakeNewStaffSetUpAnAppBeforeAnyOtherPageAndShowTheRecoveryCodesOnce() throws Exception {
        SignedInAccount staff = withoutSecondFactor(TestAccounts.in(context).staff());
        MockHttpSession session = passwordOnly(staff.username());

        for (String path : List.of("/staff", "/", "/treatments", "/admin/accounts", "/password")) {
            mvc.perform(get(path).session(session)).andExpect(redirectedUrl("/second-factor"));
        }
        mvc.perform(post("/staff/treatments/massage/edit").session(session).with(csrf()))
                .andExpect(redirectedUrl("/second-factor"));
        mvc.perform(get("/second-factor").session(session)).andExpect(redirectedUrl("/second-factor/setup"));
        String page = mvc.perform(get("/second-factor/setup").session(session))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(content().string(containsString("<svg")))
                .andReturn().getResponse().getContentAsString();
        Matcher shown = SECRET.matcher(page);
        assertThat(shown.find()).as("the secret as text").isTrue();
        String secret = shown.group(1).replace(" ", "");

        mvc.perform(post("/second-factor/setup").session(session).with(csrf()).param("code", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Type the code from your app.")));
        mvc.perform(post("/second-factor/setup").session(session).with(csrf()).param("code", "not a code"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("That code did not match.")));
        mvc.perform(get("/staff").session(session)).andExpect(redirectedUrl("/second-factor"));

        MvcResult enrolled = mvc.perform(post("/second-factor/setup").session(session).with(csrf())
                        .param("code", OneTimeCodes.codeAt(secret, clock.instant())))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(content().string(containsString("shown only this once")))
                .andReturn();
        List<String> codes = recoveryCodes(enrolled.getResponse().getContentAsString());
        assertThat(codes).hasSize(SecondFactors.RECOVERY_CODES).doesNotHaveDuplicates();
        List<String> hashes = jdbc.queryForList("select code_hash from second_factor_recovery_code where account_id = ?",
                String.class, staff.id());
        assertThat(hashes).hasSize(SecondFactors.RECOVERY_CODES).noneMatch(hash -> codes.stream().anyMatch(hash::contains));
        assertThat(jdbc.queryForObject("select totp_secret from account where id = ?", String.class, staff.id()))
                .isEqualTo(secret);
        assertThat(auditOf(staff)).contains(AuditAction.SECOND_FACTOR_ENROLLED);

        // on to the page it was on its way to
        mvc.perform(get("/second-factor/continue").session(session)).andExpect(status().isFound())
                .andExpect(header().string("Location", containsString("/staff")));
        mvc.perform(get("/staff").session(session)).andExpect(status().isOk());
        mvc.perform(get("/second-factor/setup").session(session)).andExpect(redirectedUrl("/staff"));

        // a recovery code instead of the app: once only, in any case and without the dash
        MockHttpSession next = passwordOnly(staff.username());
        mvc.perform(post("/second-factor").session(next).with(csrf()).param("code", codes.get(3).toUpperCase().replace("-", " ")))
                .andExpect(status().isFound()).andExpect(header().string("Location", containsString("/staff")));
        mvc.perform(get("/staff").session(next)).andExpect(status().isOk());
        assertThat(auditOf(staff)).contains(AuditAction.RECOVERY_CODE_USED);
        MockHttpSession again = passwordOnly(staff.username());
        mvc.perform(post("/second-factor").session(again).with(csrf()).param("code", codes.get(3)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("That code did not work.")));
        mvc.perform(get("/staff").session(again)).andExpect(redirectedUrl("/second-factor"));
    }

    @Test
    void shouldAcceptEachCodeFromTheAppOnceAndGiveTheSessionANewId() throws Exception {
        SignedInAccount staff = TestAccounts.in(context).staff();
        String code = TestAccounts.nextOneTimeCode(context, staff.username());

        MockHttpSession first = passwordOnly(staff.username());
        mvc.perform(get("/second-factor").session(first))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Enter your sign-in code")));
        String idBefore = first.getId();
        mvc.perform(post("/second-factor").session(first).with(csrf()).param("code", code))
                .andExpect(redirectedUrl("/staff"));
        assertThat(first.getId()).isNotEqualTo(idBefore);
        mvc.perform(get("/staff").session(first)).andExpect(status().isOk());

        MockHttpSession second = passwordOnly(staff.username());
        mvc.perform(post("/second-factor").session(second).with(csrf()).param("code", code))
                .andExpect(status().isOk()).andExpect(content().string(containsString("That code did not work.")));
        mvc.perform(post("/second-factor").session(second).with(csrf()).param("code", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Type the code from your app.")));
    }

    @Test
    void shouldSignOutASessionAfterFiveWrongCodes() throws Exception {
        SignedInAccount staff = TestAccounts.in(context).staff();
        MockHttpSession session = passwordOnly(staff.username());
        for (int i = 1; i < SecondFactorController.MAX_WRONG_CODES; i++) {
            mvc.perform(post("/second-factor").session(session).with(csrf()).param("code", "12345x"))
                    .andExpect(status().isOk());
        }
        mvc.perform(post("/second-factor").session(session).with(csrf()).param("code", "12345x"))
                .andExpect(redirectedUrl("/login?codes"));
        mvc.perform(get("/login").param("codes", "")).andExpect(content().string(containsString("Too many wrong codes.")));
    }

    @Test
    void shouldKeepAStaffSignInWithoutTheSecondFactorOutOfTheStaffAndAdminAreas() throws Exception {
        SignedInAccount admin = TestAccounts.in(context).admin();
        mvc.perform(get("/staff").with(user(admin))).andExpect(redirectedUrl("/second-factor"));
        mvc.perform(get("/admin/audit").with(user(admin))).andExpect(redirectedUrl("/second-factor"));
        mvc.perform(get("/admin/audit").with(as(admin))).andExpect(status().isOk());
        SignedInAccount patient = TestAccounts.in(context).patient();
        mvc.perform(get("/log").with(as(patient))).andExpect(status().isOk());
    }

    @Test
    void shouldLetAnAdminResetAnotherAccountsSecondFactorAuditedButNotTheirOwn() throws Exception {
        SignedInAccount admin = TestAccounts.in(context).admin();
        SignedInAccount staff = TestAccounts.in(context).staff();
        TestAccounts.signIn(mvc, staff.username(), TestAccounts.PASSWORD);

        mvc.perform(post("/admin/accounts/{id}/reset-second-factor", staff.id()).with(as(staff)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/accounts/{id}/reset-second-factor", staff.id()).with(as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/accounts"))
                .andExpect(flash().attribute("message", "staff.secondFactorReset"));
        assertThat(jdbc.queryForObject("select totp_secret from account where id = ?", String.class, staff.id())).isNull();
        assertThat(jdbc.queryForObject("select count(*) from second_factor_recovery_code where account_id = ?",
                Integer.class, staff.id())).isZero();
        assertThat(audit.recent(0).getContent()).filteredOn(line -> admin.username().equals(line.actor()))
                .extracting(AuditEntry::action, AuditEntry::target)
                .contains(org.assertj.core.groups.Tuple.tuple(AuditAction.SECOND_FACTOR_RESET, staff.username()));

        MockHttpSession session = passwordOnly(staff.username());
        mvc.perform(get("/second-factor").session(session)).andExpect(redirectedUrl("/second-factor/setup"));

        mvc.perform(post("/admin/accounts/{id}/reset-second-factor", admin.id()).with(as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/accounts"))
                .andExpect(flash().attribute("problem", "staff.refused.resetSecondFactorSelf"));
        mvc.perform(post("/admin/accounts/{id}/reset-second-factor", 987654321L).with(as(admin)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/accounts").with(as(admin)))
                .andExpect(content().string(containsString("Reset the second sign-in step of " + staff.username())));
    }

    private SignedInAccount withoutSecondFactor(SignedInAccount account) {
        jdbc.update("update account set totp_secret = null where id = ?", account.id());
        return account;
    }

    /** Signs in with the password only: the session still owes its second factor. */
    private MockHttpSession passwordOnly(String username) throws Exception {
        MvcResult result = mvc.perform(post("/login").with(csrf()).with(TestAccounts.fromAnAddressOfItsOwn())
                .param("username", username).param("password", TestAccounts.PASSWORD)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/staff");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private List<AuditAction> auditOf(SignedInAccount account) {
        return audit.recent(0).getContent().stream().filter(line -> account.username().equals(line.actor()))
                .map(AuditEntry::action).toList();
    }

    private static List<String> recoveryCodes(String page) {
        List<String> codes = new ArrayList<>();
        Matcher code = RECOVERY_CODE.matcher(page);
        while (code.find()) {
            codes.add(code.group(1));
        }
        return codes;
    }
}
