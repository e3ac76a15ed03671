package org.spasmcare.backup;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spasmcare.account.Role;
import org.spasmcare.account.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The backups page through the whole app (MockMvc, in-memory database): only admins reach it, changes
 * need CSRF, names that are not a backup answer 404, and on a database the app cannot back up (here the
 * in-memory test database; in production PostgreSQL) the page says to use pg_dump instead of failing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureTestDatabase
class BackupWebTest {

    private static final List<String> PAGES = List.of("/admin/backups", "/admin/backups/manual-20261122T101500Z.zip");

    @Autowired
    private MockMvc mvc;

    private static RequestPostProcessor admin() {
        return TestAccounts.staffWithSecondFactor("root", Role.ADMIN);
    }

    @Test
    void shouldSendAnAnonymousVisitorToSignIn() throws Exception {
        for (String path : PAGES) {
            mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        }
        mvc.perform(post("/admin/backups").with(csrf())).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void shouldForbidPatientsAndStaff() throws Exception {
        for (RequestPostProcessor someone : List.of(user("someone").roles("PATIENT"),
                TestAccounts.staffWithSecondFactor("someone", Role.STAFF))) {
            for (String path : PAGES) {
                mvc.perform(get(path).with(someone)).andExpect(status().isForbidden());
            }
            mvc.perform(post("/admin/backups").with(someone).with(csrf()))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void shouldNeedACsrfTokenToBackUp() throws Exception {
        mvc.perform(post("/admin/backups").with(admin())).andExpect(status().isForbidden());
    }

    @Test
    void shouldAnswerNotFoundForAnyNameThatIsNotABackup() throws Exception {
        for (String name : List.of("manual-20261122T101500Z.zip", "spasmcare.mv.db", "nope.zip",
                "daily-20261399T000000Z.zip", "backups.zip", ".manual-20261122T101500Z.zip.part")) {
            mvc.perform(get("/admin/backups/{name}", name).with(admin())).andExpect(status().isNotFound());
        }
    }

    @Test
    void shouldRejectAnEncodedPathBeforeItReachesTheApp() throws Exception {
        // Spring Security's firewall answers 400 to encoded slashes and dots; the controller never sees them
        for (String path : List.of("/admin/backups/..%2Fspasmcare.mv.db", "/admin/backups/%2e%2e%2fspasmcare.mv.db",
                "/admin/backups/../../spasmcare.mv.db")) {
            mvc.perform(get(URI.create(path)).with(admin())).andExpect(status().isBadRequest());
        }
    }

    @Test
    void shouldExplainThatAServerDatabaseIsBackedUpWithItsOwnTools() throws Exception {
        mvc.perform(get("/admin/backups").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Back it up with the database&#39;s own tools (pg_dump)")))
                .andExpect(content().string(containsString("How to restore a backup")))
                // the steps themselves are on the page, not in the README
                .andExpect(content().string(containsString("pg_dump -Fc -h db.example -U spasmcare -d spasmcare")))
                .andExpect(content().string(containsString("pg_restore -h db.example -U spasmcare -d spasmcare_restored")))
                .andExpect(content().string(not(containsString("README"))))
                .andExpect(content().string(not(containsString("Back up now"))));

        mvc.perform(post("/admin/backups").with(admin()).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/backups"))
                .andExpect(flash().attribute("problem", "backups.notSupported"));
    }
}
