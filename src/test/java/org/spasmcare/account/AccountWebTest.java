package org.spasmcare.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.spasmcare.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Registration, sign-in and its throttle, through the whole app with an in-memory database. */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureTestDatabase
@Import(AccountWebTest.StoppedClock.class)
class AccountWebTest {

    /** The throttle's delay runs on the app's clock: stopped, it cannot run out however slow the machine is. */
    @TestConfiguration(proxyBeanMethods = false)
    static class StoppedClock {
        @Bean
        @Primary
        Clock stoppedClock() {
            return Clock.fixed(TestClock.START, ZoneOffset.UTC);
        }
    }

    private static final String GOOD_PASSWORD = "window maple seventeen";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void shouldRegisterAPatientWithAHashedPasswordAndSignThemIn() throws Exception {
        String name = unique("Carla");
        register(name, GOOD_PASSWORD, GOOD_PASSWORD)
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/log?welcome"))
                .andExpect(authenticated().withUsername(name.toLowerCase()).withRoles("PATIENT"));

        String hash = jdbc.queryForObject("select password_hash from account where username = ?", String.class,
                name.toLowerCase());
        assertThat(hash).startsWith("{bcrypt}").doesNotContain(GOOD_PASSWORD);
        assertThat(jdbc.queryForObject("select role from account where username = ?", String.class, name.toLowerCase()))
                .isEqualTo("PATIENT");
    }

    @Test
    void shouldRefuseShortCommonMismatchedAndTakenPasswordsAndNamesWithClearMessages() throws Exception {
        register(unique("dan"), "short", "short")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Use a password of at least 10 characters")));
        register(unique("dan"), "1234567890", "1234567890")
                .andExpect(content().string(containsString("That password is one of the most common ones")));
        register(unique("dan"), "qwertyuiop", "qwertyuiop")
                .andExpect(content().string(containsString("That password is one of the most common ones")));
        register(unique("dan"), GOOD_PASSWORD, GOOD_PASSWORD + "x")
                .andExpect(content().string(containsString("The two passwords are not the same.")));
        register("no spaces please", GOOD_PASSWORD, GOOD_PASSWORD)
                .andExpect(content().string(containsString("Do not use spaces.")))
                .andExpect(content().string(containsString("value=\"no spaces please\"")))
                .andExpect(content().string(not(containsString(GOOD_PASSWORD))))
                .andExpect(unauthenticated());

        String taken = unique("erin");
        register(taken, GOOD_PASSWORD, GOOD_PASSWORD).andExpect(status().isFound());
        register(taken.toUpperCase(), GOOD_PASSWORD, GOOD_PASSWORD)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("That username is taken.")));
        // SpasmCare's own name in the content history (the clinical rules version 2 wording)
        register("System", GOOD_PASSWORD, GOOD_PASSWORD)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("That username is taken.")))
                .andExpect(unauthenticated());
        assertThat(jdbc.queryForObject("select count(*) from account where username = 'system'", Integer.class)).isZero();
    }

    @Test
    void shouldSignInAndOutAndSayTheSameThingForAWrongPasswordAndAnUnknownName() throws Exception {
        String name = unique("fay");
        register(name, GOOD_PASSWORD, GOOD_PASSWORD);

        mvc.perform(post("/login").with(csrf()).param("username", name).param("password", GOOD_PASSWORD))
                .andExpect(redirectedUrl("/log")).andExpect(authenticated());
        mvc.perform(post("/login").with(csrf()).param("username", name).param("password", "wrong password!"))
                .andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
        mvc.perform(post("/login").with(csrf()).param("username", unique("nobody")).param("password", "wrong password!"))
                .andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
        mvc.perform(get("/login").param("error", ""))
                .andExpect(content().string(containsString("did not match, or there were too many tries")));
        mvc.perform(post("/logout").with(csrf())).andExpect(redirectedUrl("/?signedOut"));
    }

    @Test
    void shouldThrottleGuessingOnOneAccountEvenWhenTheRightPasswordFinallyComes() throws Exception {
        String name = unique("gus");
        register(name, GOOD_PASSWORD, GOOD_PASSWORD);
        for (int i = 0; i < LoginAttempts.FAILURES_BEFORE_DELAY; i++) {
            mvc.perform(post("/login").with(csrf()).param("username", name).param("password", "guess number " + i))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(post("/login").with(csrf()).param("username", name).param("password", GOOD_PASSWORD))
                .andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
    }

    @Test
    void shouldLandANewPatientOnlyOnASavedPageTheyMayOpen() throws Exception {
        // sent to sign in from a staff page, they register instead: that page would be a 403 (issue 16)
        org.springframework.mock.web.MockHttpSession staffFirst = new org.springframework.mock.web.MockHttpSession();
        mvc.perform(get("/staff").session(staffFirst)).andExpect(status().isFound());
        mvc.perform(post("/register").session(staffFirst).with(csrf()).param("username", unique("hal"))
                .param("password", GOOD_PASSWORD).param("confirmPassword", GOOD_PASSWORD))
                .andExpect(redirectedUrl("/log?welcome"));

        // a page of their own is kept, as a path
        org.springframework.mock.web.MockHttpSession logFirst = new org.springframework.mock.web.MockHttpSession();
        mvc.perform(get("/log/episodes").session(logFirst)).andExpect(status().isFound());
        mvc.perform(post("/register").session(logFirst).with(csrf()).param("username", unique("ida"))
                .param("password", GOOD_PASSWORD).param("confirmPassword", GOOD_PASSWORD))
                .andExpect(redirectedUrl("/log/episodes?continue"));
    }

    @Test
    void shouldRefuseASignInWithoutACsrfToken() throws Exception {
        mvc.perform(post("/login").param("username", "x").param("password", "y")).andExpect(status().isForbidden());
    }

    private ResultActions register(String username, String password, String confirm) throws Exception {
        return mvc.perform(post("/register").with(csrf()).param("username", username).param("password", password)
                .param("confirmPassword", confirm));
    }

    private static String unique(String name) {
        return name + Long.toString(System.nanoTime(), 36);
    }
}
