package org.spasmcare.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.spasmcare.SpasmCareApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The whole app started the way an operator starts it, on a fresh data folder: the first admin from
 * environment variables or with a one-time password in the log, never twice, and a weak password refused
 * by a start-up that fails with a clear message.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminStartIT {

    private static final Pattern ONE_TIME = Pattern.compile("Username: admin  One-time password: (\\S+)  ");
    private static final String STRONG = "copper kettle winter garden";

    @TempDir
    Path dataDir;

    @Test
    void shouldLogTheOneTimePasswordOfTheFirstAdminOnceAndNotCreateAnotherAdminOnTheNextStart(CapturedOutput output) {
        String password;
        try (ConfigurableApplicationContext first = start(Map.of())) {
            Matcher logged = ONE_TIME.matcher(output.getAll());
            assertThat(logged.find()).as("the one-time password in the log").isTrue();
            password = logged.group(1);
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForMap("select role, must_change_password, password_hash from account"))
                    .containsEntry("ROLE", "ADMIN").containsEntry("MUST_CHANGE_PASSWORD", true)
                    .satisfies(row -> assertThat(first.getBean(PasswordEncoder.class)
                            .matches(password, (String) row.get("PASSWORD_HASH"))).isTrue());
        }
        int afterFirstStart = output.getAll().length();

        try (ConfigurableApplicationContext second = start(Map.of("SPASMCARE_ADMIN_USERNAME", "chief",
                "SPASMCARE_ADMIN_PASSWORD", STRONG))) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForList("select username from account where role = 'ADMIN'", String.class))
                    .containsExactly("admin");
        }
        String secondStart = output.getAll().substring(afterFirstStart);
        assertThat(secondStart).doesNotContain("One-time password").doesNotContain(STRONG).doesNotContain(password)
                .contains("An admin account exists, so SPASMCARE_ADMIN_USERNAME and SPASMCARE_ADMIN_PASSWORD are not used.");
        assertThat(output.getAll().lines().filter(line -> line.contains(password))).hasSize(1);
    }

    @Test
    void shouldCreateTheFirstAdminFromTheEnvironmentVariablesAndNeverLogThePassword(CapturedOutput output) {
        try (ConfigurableApplicationContext app = start(Map.of("SPASMCARE_ADMIN_USERNAME", "chief",
                "SPASMCARE_ADMIN_PASSWORD", STRONG))) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForMap("select username, role, must_change_password, password_hash from account"))
                    .containsEntry("USERNAME", "chief").containsEntry("ROLE", "ADMIN")
                    .containsEntry("MUST_CHANGE_PASSWORD", false)
                    .satisfies(row -> assertThat(app.getBean(PasswordEncoder.class)
                            .matches(STRONG, (String) row.get("PASSWORD_HASH"))).isTrue());
        }
        assertThat(output.getAll()).doesNotContain(STRONG).doesNotContain("One-time password");
    }

    @Test
    void shouldRefuseToStartWithAWeakAdminPasswordAndSaySo() throws Exception {
        assertThatThrownBy(() -> start(Map.of("SPASMCARE_ADMIN_USERNAME", "chief", "SPASMCARE_ADMIN_PASSWORD",
                "password1234")).close())
                .satisfies(failure -> assertThat(NestedExceptionUtils.getMostSpecificCause(failure))
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("SPASMCARE_ADMIN_PASSWORD is not accepted, so no admin account was created")
                        .hasMessageContaining("one of the most common ones")
                        .hasMessageNotContaining("password1234"));

        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("spasmcare"), "sa", "");
                ResultSet admins = db.createStatement().executeQuery("select count(*) from account")) {
            admins.next();
            assertThat(admins.getInt(1)).isZero();
        }
    }

    /** Starts the app with these as its environment variables (and nothing else from the real environment). */
    private ConfigurableApplicationContext start(Map<String, Object> environmentVariables) {
        StandardEnvironment environment = new StandardEnvironment() {
            @Override
            protected void customizePropertySources(MutablePropertySources sources) {
                super.customizePropertySources(sources);
                sources.replace(SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
                        SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new HashMap<>(environmentVariables)));
            }
        };
        return new SpringApplicationBuilder(SpasmCareApplication.class).environment(environment)
                .run("--server.port=0", "--spasmcare.data-dir=" + dataDir, "--spring.main.banner-mode=off");
    }
}
