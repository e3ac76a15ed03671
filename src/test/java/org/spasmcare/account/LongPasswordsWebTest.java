package org.spasmcare.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.spasmcare.account.internal.Account;
import org.spasmcare.account.internal.AccountRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Passwords longer than bcrypt reads (72 bytes): refused with a clear message wherever one is chosen, and
 * never accepted at sign-in because their first 72 bytes are right.
 */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureTestDatabase
class LongPasswordsWebTest {

    /** 80 bytes, 80 characters. */
    private static final String EIGHTY_BYTES = "copper kettle winter garden ".repeat(3).substring(0, 80);
    /** 30 characters, but 120 bytes in UTF-8. */
    private static final String EMOJI = "\uD83C\uDF3F".repeat(30);

    @Autowired
    private MockMvc mvc;

    @Autowired
    private AccountRepository accounts;

    @Autowired
    private PasswordEncoder passwordEncoder;

    @Autowired
    private PasswordPolicy policy;

    @Autowired
    private OneTimePasswords oneTimePasswords;

    @Autowired
    private MessageSource messages;

    @Autowired
    private TransactionTemplate transaction;

    @Autowired
    private Clock clock;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ApplicationContext context;

    @Test
    void shouldRefuseAPasswordOfMoreThan72BytesAtRegistrationWithAClearMessageAndKeepTheName() throws Exception {
        assertThat(EIGHTY_BYTES.getBytes(StandardCharsets.UTF_8)).hasSize(80);
        assertThat(EMOJI.getBytes(StandardCharsets.UTF_8)).hasSize(120);
        for (String password : new String[] { EIGHTY_BYTES, EMOJI }) {
            String name = TestAccounts.unique("long");
            mvc.perform(post("/register").with(csrf()).with(TestAccounts.fromAnAddressOfItsOwn())
                    .param("username", name).param("password", password).param("confirmPassword", password))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("It can be up to 72 characters long")))
                    .andExpect(content().string(containsString("value=\"" + name + "\"")))
                    .andExpect(unauthenticated());
            assertThat(accounts.existsByUsername(name)).isFalse();
        }
    }

    @Test
    void shouldRefuseANewPasswordOfMoreThan72BytesWithAClearMessage() throws Exception {
        SignedInAccount patient = TestAccounts.in(context).patient();
        MockHttpSession session = TestAccounts.signIn(mvc, patient.username(), TestAccounts.PASSWORD);
        mvc.perform(post("/password").session(session).with(csrf()).with(TestAccounts.fromAnAddressOfItsOwn())
                .param("currentPassword", TestAccounts.PASSWORD)
                .param("newPassword", EIGHTY_BYTES).param("confirmPassword", EIGHTY_BYTES))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("It can be up to 72 characters long")))
                .andExpect(content().string(not(containsString(EIGHTY_BYTES))));
        assertThat(passwordEncoder.matches(TestAccounts.PASSWORD,
                accounts.findById(patient.id()).orElseThrow().getPasswordHash())).isTrue();
    }

    @Test
    void shouldNotSignInWithAPasswordThatOnlySharesItsFirst72BytesWithTheRealOne() throws Exception {
        String real = EIGHTY_BYTES.substring(0, 72);
        String name = TestAccounts.unique("seventytwo");
        accounts.saveAndFlush(new Account(name, passwordEncoder.encode(real), Role.PATIENT, clock.instant()));

        for (String suffix : new String[] { "x", " and then some more words" }) {
            mvc.perform(post("/login").with(csrf()).with(TestAccounts.fromAnAddressOfItsOwn())
                    .param("username", name).param("password", real + suffix))
                    .andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
        }
        assertThat(passwordEncoder.matches(real + "x", accounts.findByUsername(name).orElseThrow().getPasswordHash()))
                .isFalse();
        TestAccounts.signIn(mvc, name, real);
    }

    @Test
    void shouldRefuseALongFirstAdminPasswordWithAClearMessageNotACrash() {
        jdbc.update("delete from account where role = 'ADMIN'");
        FirstAdmin firstAdmin = new FirstAdmin(new AdminProperties("chief", EIGHTY_BYTES), accounts, passwordEncoder,
                policy, oneTimePasswords, messages, transaction, clock);
        assertThatThrownBy(() -> firstAdmin.run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SPASMCARE_ADMIN_PASSWORD is not accepted, so no admin account was created")
                .hasMessageContaining("up to 72")
                .hasMessageNotContaining(EIGHTY_BYTES);
        assertThat(accounts.existsByRole(Role.ADMIN)).isFalse();
    }
}
