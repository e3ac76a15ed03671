package org.spasmcare.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.spasmcare.account.TestAccounts.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spasmcare.audit.AuditAction;
import org.spasmcare.audit.AuditEntry;
import org.spasmcare.audit.AuditTrail;
import org.spasmcare.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/**
 * An admin manages staff and admin accounts at /admin/accounts: through the whole app, audited. The app runs on
 * the test clock, so an account made today shows TestClock.TODAY.
 */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureTestDatabase
@Import(TestClock.Config.class)
class AdminAccountsWebTest {

    private static final Pattern SHOWN_PASSWORD = Pattern.compile("class=\"one-time-password__value\">([^<]+)<");
    private static final String OWN_PASSWORD = "lighthouse pebble autumn song";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private AuditTrail audit;

    @Autowired
    private StaffAccounts staffAccounts;

    private TestAccounts accounts;
    private SignedInAccount admin;

    @BeforeEach
    void anAdmin() {
        accounts = TestAccounts.in(context);
        admin = accounts.admin();
    }

    @Test
    void shouldListStaffAndAdminsButNoPatient() throws Exception {
        SignedInAccount staff = accounts.staff();
        SignedInAccount patient = accounts.patient();
        jdbc.update("update account set must_change_password = true, enabled = false where id = ?", staff.id());

        String page = mvc.perform(get("/admin/accounts").with(as(admin))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        var row = Jsoup.parse(page).getElementById("account-" + staff.username());
        assertThat(row).isNotNull();
        assertThat(row.text()).contains(staff.username(), "Staff", "Disabled", "One-time password, not changed yet",
                java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH)
                        .format(TestClock.TODAY));
        assertThat(row.selectFirst("time").attr("datetime")).isEqualTo(TestClock.TODAY.toString());
        assertThat(row.text()).doesNotContain(TestClock.TODAY.toString());
        assertThat(row.select("form[action=/admin/accounts/" + staff.id() + "/enable]")).hasSize(1);
        assertThat(Jsoup.parse(page).getElementById("account-" + admin.username()).text()).contains("Admin", "Active",
                "Their own", "This is you");
        assertThat(Jsoup.parse(page).getElementById("account-" + admin.username()).select("form")).isEmpty();
        assertThat(page).doesNotContain(patient.username());
    }

    @Test
    void shouldCreateAStaffAccountShowItsOneTimePasswordOnceUncachedAndMakeItChangeItAtFirstSignIn() throws Exception {
        String username = TestAccounts.unique("Nora");
        MvcResult created = mvc.perform(post("/admin/accounts").with(as(admin)).with(csrf())
                        .param("username", username).param("role", "STAFF"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(content().string(containsString("shown only this once")))
                .andReturn();
        String password = shownPassword(created);
        String name = username.toLowerCase();

        assertThat(jdbc.queryForMap("select role, enabled, must_change_password, password_hash from account"
                + " where username = ?", name))
                .containsEntry("ROLE", "STAFF").containsEntry("ENABLED", true).containsEntry("MUST_CHANGE_PASSWORD", true)
                .satisfies(row -> assertThat((String) row.get("PASSWORD_HASH")).startsWith("{bcrypt}").doesNotContain(password));
        assertThat(lastAuditLineOn(name)).extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::detail)
                .containsExactly(admin.username(), AuditAction.ACCOUNT_CREATED, "STAFF");

        // shown once: the list does not show it, and nothing keeps it in the session
        mvc.perform(get("/admin/accounts").with(as(admin))).andExpect(content().string(not(containsString(password))));
        assertThat(created.getRequest().getSession(false) == null
                || !sessionHolds(created.getRequest().getSession(false), password)).isTrue();

        MockHttpSession session = TestAccounts.signIn(mvc, name, password);
        mvc.perform(get("/staff").session(session)).andExpect(redirectedUrl("/password"));
        mvc.perform(post("/password").session(session).with(csrf()).param("currentPassword", password)
                .param("newPassword", OWN_PASSWORD).param("confirmPassword", OWN_PASSWORD))
                .andExpect(redirectedUrl("/staff"));
    }

    @Test
    void shouldCreateAnAdminWhenAskedTo() throws Exception {
        String username = TestAccounts.unique("deputy");
        mvc.perform(post("/admin/accounts").with(as(admin)).with(csrf()).param("username", username).param("role", "ADMIN"))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select role from account where username = ?", String.class, username))
                .isEqualTo("ADMIN");
    }

    @Test
    void shouldRefuseABadNameATakenNameAndAnyOtherRoleOnThePageKeepingWhatWasTyped() throws Exception {
        create("has spaces", "STAFF")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Do not use spaces.")))
                .andExpect(content().string(containsString("value=\"has spaces\"")))
                .andExpect(content().string(containsString("href=\"#username\"")));
        create(admin.username().toUpperCase(), "STAFF")
                .andExpect(content().string(containsString("That username is taken.")));
        String name = TestAccounts.unique("mallory");
        create(name, "PATIENT")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose Staff or Admin.")))
                .andExpect(content().string(containsString("value=\"" + name + "\"")));
        create(name, "SUPERUSER").andExpect(content().string(containsString("Choose Staff or Admin.")));
        assertThat(jdbc.queryForObject("select count(*) from account where username = ?", Integer.class, name)).isZero();
    }

    @Test
    void shouldDisableAnAccountSoItCannotSignInAndItsOpenSessionEndsThenEnableIt() throws Exception {
        SignedInAccount staff = accounts.staff();
        MockHttpSession staffsSession = TestAccounts.signIn(mvc, staff.username(), TestAccounts.PASSWORD);
        mvc.perform(get("/staff/x").session(staffsSession)).andExpect(status().isNotFound());

        mvc.perform(post("/admin/accounts/" + staff.id() + "/disable").with(as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/accounts"))
                .andExpect(flash().attribute("message", "staff.disabled"));

        mvc.perform(get("/staff/x").session(staffsSession)).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/login").with(csrf()).with(TestAccounts.fromAnAddressOfItsOwn())
                .param("username", staff.username()).param("password", TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
        assertThat(lastAuditLineOn(staff.username())).extracting(AuditEntry::actor, AuditEntry::action)
                .containsExactly(admin.username(), AuditAction.ACCOUNT_DISABLED);

        mvc.perform(post("/admin/accounts/" + staff.id() + "/enable").with(as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/accounts"))
                .andExpect(flash().attribute("message", "staff.enabled"));
        TestAccounts.signIn(mvc, staff.username(), TestAccounts.PASSWORD);
        assertThat(lastAuditLineOn(staff.username())).extracting(AuditEntry::actor, AuditEntry::action)
                .containsExactly(admin.username(), AuditAction.ACCOUNT_ENABLED);
    }

    @Test
    void shouldShowWhatWasDoneOnTheListAfterwards() throws Exception {
        SignedInAccount staff = accounts.staff();
        MockHttpSession adminsSession = TestAccounts.signIn(mvc, admin.username(), TestAccounts.PASSWORD);
        mvc.perform(post("/admin/accounts/" + staff.id() + "/disable").session(adminsSession).with(csrf()));
        mvc.perform(get("/admin/accounts").session(adminsSession))
                .andExpect(content().string(containsString("The account " + staff.username() + " is disabled.")));
        mvc.perform(post("/admin/accounts/" + admin.id() + "/disable").session(adminsSession).with(csrf()));
        mvc.perform(get("/admin/accounts").session(adminsSession))
                .andExpect(content().string(containsString("You cannot disable your own account.")));
    }

    @Test
    void shouldNeverLetAnAdminDisableThemselvesNorLeaveNoEnabledAdmin() throws Exception {
        mvc.perform(post("/admin/accounts/" + admin.id() + "/disable").with(as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/accounts"))
                .andExpect(flash().attribute("problem", "staff.refused.disableSelf"));
        assertThat(jdbc.queryForObject("select enabled from account where id = ?", Boolean.class, admin.id())).isTrue();

        // the last two enabled admins disable each other at the same moment, again and again: one always stays
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                SignedInAccount first = accounts.admin();
                SignedInAccount second = accounts.admin();
                jdbc.update("update account set enabled = false where role = 'ADMIN' and id not in (?, ?)",
                        first.id(), second.id());
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Object>> both = pool.invokeAll(List.<Callable<Object>>of(
                        () -> disableQuietly(together, first, second), () -> disableQuietly(together, second, first)));
                for (Future<Object> outcome : both) {
                    outcome.get();
                }
                assertThat(jdbc.queryForObject("select count(*) from account where role = 'ADMIN' and enabled = true",
                        Integer.class)).as("round " + round).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldResetAPasswordToANewOneTimeOneShownOnceAndAskForAChangeEvenInAnOpenSession() throws Exception {
        SignedInAccount staff = accounts.staff();
        MockHttpSession staffsSession = TestAccounts.signIn(mvc, staff.username(), TestAccounts.PASSWORD);

        MvcResult reset = mvc.perform(post("/admin/accounts/" + staff.id() + "/reset-password").with(as(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(content().string(containsString(staff.username() + " has a new one-time password")))
                .andReturn();
        String password = shownPassword(reset);

        mvc.perform(get("/staff/x").session(staffsSession)).andExpect(redirectedUrl("/password"));
        mvc.perform(post("/login").with(csrf()).with(TestAccounts.fromAnAddressOfItsOwn())
                .param("username", staff.username()).param("password", TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
        TestAccounts.signIn(mvc, staff.username(), password);
        assertThat(lastAuditLineOn(staff.username())).extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::detail)
                .containsExactly(admin.username(), AuditAction.PASSWORD_RESET, null);
        assertThat(audit.recent(0).getContent()).extracting(AuditEntry::detail).doesNotContain(password);

        mvc.perform(post("/admin/accounts/" + admin.id() + "/reset-password").with(as(admin)).with(csrf()))
                .andExpect(flash().attribute("problem", "staff.refused.resetSelf"));
    }

    @Test
    void shouldNotManageAPatientsAccountNorAnAccountThatDoesNotExist() throws Exception {
        SignedInAccount patient = accounts.patient();
        for (String action : List.of("disable", "enable", "reset-password")) {
            mvc.perform(post("/admin/accounts/" + patient.id() + "/" + action).with(as(admin)).with(csrf()))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/admin/accounts/999999999/" + action).with(as(admin)).with(csrf()))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/admin/accounts/not-a-number/" + action).with(as(admin)).with(csrf()))
                    .andExpect(status().is4xxClientError());
        }
        assertThat(jdbc.queryForMap("select enabled, must_change_password from account where id = ?", patient.id()))
                .containsEntry("ENABLED", true).containsEntry("MUST_CHANGE_PASSWORD", false);
        assertThat(audit.recent(0).getContent()).extracting(AuditEntry::target).doesNotContain(patient.username());
    }

    @Test
    void shouldAuditEveryChangeWithTheAdminAsActorAndTheAccountAsTarget() throws Exception {
        String name = TestAccounts.unique("audited");
        create(name, "STAFF").andExpect(status().isOk());
        long id = jdbc.queryForObject("select id from account where username = ?", Long.class, name);
        mvc.perform(post("/admin/accounts/" + id + "/disable").with(as(admin)).with(csrf()));
        mvc.perform(post("/admin/accounts/" + id + "/enable").with(as(admin)).with(csrf()));
        mvc.perform(post("/admin/accounts/" + id + "/reset-password").with(as(admin)).with(csrf()));

        assertThat(audit.recent(0).getContent()).filteredOn(line -> name.equals(line.target()))
                .extracting(AuditEntry::actor, AuditEntry::action)
                .containsExactly(tuple(admin.username(), AuditAction.PASSWORD_RESET),
                        tuple(admin.username(), AuditAction.ACCOUNT_ENABLED),
                        tuple(admin.username(), AuditAction.ACCOUNT_DISABLED),
                        tuple(admin.username(), AuditAction.ACCOUNT_CREATED));
    }

    private Object disableQuietly(CyclicBarrier together, SignedInAccount actor, SignedInAccount target) throws Exception {
        together.await();
        try {
            return staffAccounts.disable(actor, target.id());
        } catch (RuntimeException refusedOrDenied) {
            return refusedOrDenied;
        }
    }

    private ResultActions create(String username, String role) throws Exception {
        return mvc.perform(post("/admin/accounts").with(as(admin)).with(csrf()).param("username", username)
                .param("role", role));
    }

    private AuditEntry lastAuditLineOn(String username) {
        return audit.recent(0).getContent().stream().filter(line -> username.equals(line.target())).findFirst()
                .orElseThrow();
    }

    private static String shownPassword(MvcResult result) throws Exception {
        Matcher shown = SHOWN_PASSWORD.matcher(result.getResponse().getContentAsString());
        assertThat(shown.find()).as("the one-time password on the page").isTrue();
        return shown.group(1);
    }

    private static boolean sessionHolds(jakarta.servlet.http.HttpSession session, String password) {
        for (String name : java.util.Collections.list(session.getAttributeNames())) {
            if (String.valueOf(session.getAttribute(name)).contains(password)) {
                return true;
            }
        }
        return false;
    }
}
