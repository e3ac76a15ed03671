package org.spasmcare.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Clock;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spasmcare.account.internal.Account;
import org.spasmcare.account.internal.AccountRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first admin, created at start-up when there is none. Each test removes the admins (the app made
 * one when this test's context started) and runs the start-up step again, with the settings it needs.
 * {@code FirstAdminStartIT} starts the whole app the same ways.
 */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureTestDatabase
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminTest {

    private static final Pattern ONE_TIME = Pattern.compile("Username: (\\S+)  One-time password: (\\S+)  ");
    private static final String STRONG = "granite orchard seventy tides";

    @Autowired
    private FirstAdmin firstAdminAsConfigured;

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
    private MockMvc mvc;

    @Autowired
    private ApplicationContext context;

    /** What was written before the test began (the context's own start, when this class started it). */
    private int outputBefore;

    @BeforeEach
    void noAdminYet(CapturedOutput output) {
        jdbc.update("delete from account where role = 'ADMIN'");
        outputBefore = output.getAll().length();
    }

    private String since(CapturedOutput output) {
        return output.getAll().substring(outputBefore);
    }

    @Test
    void shouldCreateAdminWithAOneTimePasswordLoggedOnceAtWarnThatMustBeChanged(CapturedOutput output) throws Exception {
        firstAdminAsConfigured.run(null);

        Matcher logged = ONE_TIME.matcher(since(output));
        assertThat(logged.find()).as("the one-time password line").isTrue();
        String username = logged.group(1);
        String password = logged.group(2);
        assertThat(username).isEqualTo("admin");
        assertThat(password).hasSizeGreaterThanOrEqualTo(20).matches("[A-Za-z0-9-]+");
        assertThat(policy.problemWith(password, username)).isEmpty();
        assertThat(since(output).lines().filter(line -> line.contains(password)))
                .singleElement().asString().contains(" WARN ").contains("you must then choose your own password", "/login");
        assertThat(jdbc.queryForMap("select role, enabled, must_change_password from account where username = 'admin'"))
                .containsEntry("ROLE", "ADMIN").containsEntry("ENABLED", true).containsEntry("MUST_CHANGE_PASSWORD", true);

        MockHttpSession session = TestAccounts.signIn(mvc, username, password);
        mvc.perform(get("/admin/accounts").session(session)).andExpect(redirectedUrl("/password"));

        firstAdminAsConfigured.run(null);
        assertThat(since(output).lines().filter(line -> line.contains("One-time password"))).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from account where role = 'ADMIN'", Integer.class)).isEqualTo(1);
    }

    @Test
    void shouldCreateTheAdminFromTheSettingsWithoutLoggingThePasswordOrAskingForAChange(CapturedOutput output) {
        firstAdmin(" Chief ", STRONG).run(null);

        Account chief = accounts.findByUsername("chief").orElseThrow();
        assertThat(chief.getRole()).isEqualTo(Role.ADMIN);
        assertThat(chief.isEnabled()).isTrue();
        assertThat(chief.isMustChangePassword()).isFalse();
        assertThat(passwordEncoder.matches(STRONG, chief.getPasswordHash())).isTrue();
        assertThat(since(output)).contains("\"chief\" was created").doesNotContain(STRONG);
    }

    @Test
    void shouldDoNothingWhenAnAdminExistsWhateverTheSettings(CapturedOutput output) {
        SignedInAccount existing = TestAccounts.in(context).admin();

        firstAdmin("another", STRONG).run(null);
        firstAdminAsConfigured.run(null);

        assertThat(jdbc.queryForList("select username from account where role = 'ADMIN'", String.class))
                .containsExactly(existing.username());
        assertThat(since(output)).doesNotContain("One-time password").doesNotContain(STRONG)
                .contains("are not used");
    }

    @Test
    void shouldRefuseAWeakPasswordFromTheSettingsWithAClearMessageAndCreateNoAdmin() {
        assertThatThrownBy(() -> firstAdmin("chief", "password12").run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SPASMCARE_ADMIN_PASSWORD is not accepted, so no admin account was created")
                .hasMessageContaining("one of the most common ones")
                .hasMessageNotContaining("password12");
        assertThatThrownBy(() -> firstAdmin("chief", "too short").run(null))
                .hasMessageContaining("at least 10 characters");
        // the start ends with that sentence and what to do, not a stack trace (as SpringApplication wraps a runner's failure)
        Throwable weak = org.assertj.core.api.Assertions.catchThrowable(() -> firstAdmin("chief", "too short").run(null));
        org.springframework.boot.diagnostics.FailureAnalysis analysis = org.spasmcare.backup.StartupFailureMessagesTest
                .analyze(new IllegalStateException("Failed to execute ApplicationRunner", weak));
        assertThat(analysis.getDescription()).contains("SPASMCARE_ADMIN_PASSWORD is not accepted");
        assertThat(analysis.getAction()).contains("then start SpasmCare again");
        assertThatThrownBy(() -> firstAdmin("chief", "i am chief and proud").run(null))
                .hasMessageContaining("must not contain your username");
        assertThat(accounts.existsByRole(Role.ADMIN)).isFalse();
    }

    @Test
    void shouldRefuseAnInvalidOrTakenUsernameFromTheSettingsWithAClearMessage() {
        assertThatThrownBy(() -> firstAdmin("has spaces", STRONG).run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SPASMCARE_ADMIN_USERNAME is not a valid username");
        SignedInAccount patient = TestAccounts.in(context).patient();
        assertThatThrownBy(() -> firstAdmin(patient.username(), STRONG).run(null))
                .hasMessageContaining("already taken by another account");
        assertThat(accounts.findByUsername(patient.username()).orElseThrow().getRole()).isEqualTo(Role.PATIENT);
        assertThat(accounts.existsByRole(Role.ADMIN)).isFalse();
    }

    @Test
    void shouldReadTheSettingsFromTheEnvironmentVariablesTheReadmeNames() {
        MutablePropertySources sources = new MutablePropertySources();
        sources.addFirst(new SystemEnvironmentPropertySource("env",
                Map.of("SPASMCARE_ADMIN_USERNAME", "chief", "SPASMCARE_ADMIN_PASSWORD", STRONG)));

        AdminProperties bound = new Binder(ConfigurationPropertySources.from(sources))
                .bind("spasmcare.admin", AdminProperties.class).get();

        assertThat(bound.username()).isEqualTo("chief");
        assertThat(bound.password()).isEqualTo(STRONG);
        assertThat(bound.toString()).doesNotContain(STRONG);
    }

    private FirstAdmin firstAdmin(String username, String password) {
        return new FirstAdmin(new AdminProperties(username, password), accounts, passwordEncoder, policy,
                oneTimePasswords, messages, transaction, clock);
    }
}
