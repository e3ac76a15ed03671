package org.spasmcare.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.spasmcare.account.TestAccounts.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who may open the staff and admin areas, where each role lands after signing in, and the account
 * links each role sees: through the whole app (MockMvc, in-memory database, real accounts).
 */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureTestDatabase
class StaffAccessWebTest {

    private static final List<String> ADMIN_PAGES = List.of("/admin/accounts", "/admin/audit", "/admin/backups");

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private JdbcTemplate jdbc;

    private SignedInAccount patient;
    private SignedInAccount staff;
    private SignedInAccount admin;

    @BeforeEach
    void oneOfEach() {
        TestAccounts accounts = TestAccounts.in(context);
        patient = accounts.patient();
        staff = accounts.staff();
        admin = accounts.admin();
    }

    @Test
    void shouldSendAnAnonymousVisitorToSignInForTheStaffAndAdminAreasAndThePasswordPage() throws Exception {
        for (String path : List.of("/staff", "/staff/x", "/staff/treatments/heat-and-cold/edit", "/admin/accounts",
                "/admin/audit", "/password")) {
            mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        }
    }

    @Test
    void shouldForbidThePatientTheStaffAndAdminAreas() throws Exception {
        for (String path : List.of("/staff", "/staff/x", "/admin/accounts", "/admin/audit", "/admin/backups")) {
            mvc.perform(get(path).with(as(patient))).andExpect(status().isForbidden());
        }
    }

    @Test
    void shouldLetStaffIntoTheStaffAreaButNotTheAdminPagesNorAPatientsLog() throws Exception {
        // no page at /staff/x yet: a 404 (not a 403) shows the rules let staff through
        mvc.perform(get("/staff/x").with(as(staff))).andExpect(status().isNotFound());
        for (String path : ADMIN_PAGES) {
            mvc.perform(get(path).with(as(staff))).andExpect(status().isForbidden());
        }
        for (String path : List.of("/log", "/account")) {
            mvc.perform(get(path).with(as(staff))).andExpect(status().isForbidden());
        }
    }

    @Test
    void shouldLetAnAdminIntoTheAdminPagesAndTheStaffArea() throws Exception {
        mvc.perform(get("/admin/accounts").with(as(admin))).andExpect(status().isOk());
        mvc.perform(get("/admin/audit").with(as(admin))).andExpect(status().isOk());
        mvc.perform(get("/staff/x").with(as(admin))).andExpect(status().isNotFound());
        mvc.perform(get("/log").with(as(admin))).andExpect(status().isForbidden());
    }

    @Test
    void shouldRefuseEveryAdminPostWithoutACsrfTokenAndChangeNothing() throws Exception {
        SignedInAccount other = TestAccounts.in(context).staff();
        String hashBefore = passwordHashOf(other);
        for (String path : List.of("/admin/accounts", "/admin/accounts/" + other.id() + "/disable",
                "/admin/accounts/" + other.id() + "/enable", "/admin/accounts/" + other.id() + "/reset-password")) {
            mvc.perform(post(path).with(as(admin)).param("username", "csrf" + System.nanoTime()).param("role", "STAFF"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/password").with(as(admin)).param("currentPassword", TestAccounts.PASSWORD)
                .param("newPassword", "another long passphrase").param("confirmPassword", "another long passphrase"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select enabled from account where id = ?", Boolean.class, other.id())).isTrue();
        assertThat(passwordHashOf(other)).isEqualTo(hashBefore);
        assertThat(jdbc.queryForObject("select count(*) from account where username like 'csrf%'", Integer.class)).isZero();
    }

    @Test
    void shouldLandEachRoleOnItsStartPageAfterSigningIn() throws Exception {
        signIn(staff).andExpect(redirectedUrl("/staff"));
        signIn(admin).andExpect(redirectedUrl("/staff"));
        signIn(patient).andExpect(redirectedUrl("/log"));
    }

    @Test
    void shouldGoBackToThePageAskedForWhenTheRoleMayOpenItAndToTheStartPageOtherwise() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/admin/audit").session(session)).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/login").session(session).with(csrf()).with(TestAccounts.fromAnAddressOfItsOwn())
                .param("username", admin.username())
                .param("password", TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("http://localhost/admin/audit?continue"));

        MockHttpSession patientsSession = new MockHttpSession();
        mvc.perform(get("/admin/audit").session(patientsSession)).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/login").session(patientsSession).with(csrf()).with(TestAccounts.fromAnAddressOfItsOwn())
                .param("username", patient.username())
                .param("password", TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/log"));
    }

    @Test
    void shouldNotSignInADisabledAccountAndSayOnlyWhatAWrongPasswordSays() throws Exception {
        jdbc.update("update account set enabled = false where id = ?", staff.id());
        signIn(staff).andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
    }

    @Test
    void shouldShowEachRoleItsOwnAccountLinks() throws Exception {
        mvc.perform(get("/").with(as(patient)))
                .andExpect(content().string(containsString("href=\"/log\"")))
                .andExpect(content().string(containsString("href=\"/account\"")))
                .andExpect(content().string(not(containsString("href=\"/staff\""))))
                .andExpect(content().string(not(containsString("href=\"/admin/accounts\""))));
        mvc.perform(get("/").with(as(staff)))
                .andExpect(content().string(containsString("href=\"/staff\">Staff area</a>")))
                .andExpect(content().string(containsString("href=\"/password\">My password</a>")))
                .andExpect(content().string(not(containsString("href=\"/log\""))))
                .andExpect(content().string(not(containsString("href=\"/admin/accounts\""))))
                .andExpect(content().string(not(containsString("href=\"/admin/backups\""))));
        mvc.perform(get("/").with(as(admin)))
                .andExpect(content().string(containsString("href=\"/staff\">Staff area</a>")))
                .andExpect(content().string(containsString("href=\"/admin/accounts\">Accounts</a>")))
                .andExpect(content().string(containsString("href=\"/admin/audit\">Audit trail</a>")))
                .andExpect(content().string(containsString("href=\"/admin/backups\">Backups</a>")))
                .andExpect(content().string(not(containsString("href=\"/account\""))));
        mvc.perform(get("/"))
                .andExpect(content().string(containsString("href=\"/login\"")))
                .andExpect(content().string(not(containsString("href=\"/staff\""))));
    }

    private org.springframework.test.web.servlet.ResultActions signIn(SignedInAccount account) throws Exception {
        return mvc.perform(post("/login").with(csrf()).with(TestAccounts.fromAnAddressOfItsOwn())
                .param("username", account.username())
                .param("password", TestAccounts.PASSWORD));
    }

    private String passwordHashOf(SignedInAccount account) {
        return jdbc.queryForObject("select password_hash from account where id = ?", String.class, account.id());
    }
}
