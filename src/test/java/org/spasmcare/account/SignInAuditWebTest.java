package org.spasmcare.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.Test;
import org.spasmcare.audit.AuditAction;
import org.spasmcare.audit.AuditEntry;
import org.spasmcare.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** Staff and admin sign-ins are written to the audit trail; patients' are not, nor failed ones. */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureTestDatabase
class SignInAuditWebTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private AuditTrail audit;

    @Test
    void shouldAuditAStaffAndAnAdminSignIn() throws Exception {
        SignedInAccount staff = TestAccounts.in(context).staff();
        SignedInAccount admin = TestAccounts.in(context).admin();

        TestAccounts.signIn(mvc, staff.username(), TestAccounts.PASSWORD);
        TestAccounts.signIn(mvc, admin.username(), TestAccounts.PASSWORD);

        assertThat(linesBy(staff)).singleElement().satisfies(line -> {
            assertThat(line.action()).isEqualTo(AuditAction.SIGN_IN);
            assertThat(line.target()).isNull();
            assertThat(line.detail()).isNull();
        });
        assertThat(linesBy(admin)).extracting(AuditEntry::action).containsExactly(AuditAction.SIGN_IN);
    }

    @Test
    void shouldNotAuditAPatientSignInNorAFailedOne() throws Exception {
        SignedInAccount patient = TestAccounts.in(context).patient();
        SignedInAccount staff = TestAccounts.in(context).staff();

        TestAccounts.signIn(mvc, patient.username(), TestAccounts.PASSWORD);
        mvc.perform(post("/login").with(csrf()).with(TestAccounts.fromAnAddressOfItsOwn())
                .param("username", staff.username()).param("password", "wrong password!"))
                .andExpect(redirectedUrl("/login?error"));

        assertThat(linesBy(patient)).isEmpty();
        assertThat(linesBy(staff)).isEmpty();
    }

    private java.util.List<AuditEntry> linesBy(SignedInAccount account) {
        return audit.recent(0).getContent().stream().filter(line -> account.username().equals(line.actor())).toList();
    }
}
