package org.spasmcare.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The sign-in throttle slows guessing without letting anyone lock an account (an admin's included) or a
 * clinic's shared address out, and registration does not tell which names exist when it creates nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureTestDatabase
class ThrottleWebTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ApplicationContext context;

    @Test
    void shouldNotLetGuessesFromOtherAddressesLockAnAdminOut() throws Exception {
        SignedInAccount admin = TestAccounts.in(context).admin();
        for (int i = 0; i < 12; i++) {
            mvc.perform(post("/login").with(csrf()).with(TestAccounts.fromAnAddressOfItsOwn())
                    .param("username", admin.username()).param("password", "guess number " + i))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(post("/login").with(csrf()).with(TestAccounts.fromAnAddressOfItsOwn())
                .param("username", admin.username()).param("password", TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/staff")).andExpect(authenticated());
    }

    @Test
    void shouldLetAClinicBehindOneAddressSignInAfterManyPeoplesTypos() throws Exception {
        RequestPostProcessor clinic = TestAccounts.fromAnAddressOfItsOwn();
        for (int i = 0; i < 30; i++) {
            mvc.perform(post("/login").with(csrf()).with(clinic)
                    .param("username", TestAccounts.unique("visitor")).param("password", "a typo in it " + i))
                    .andExpect(redirectedUrl("/login?error"));
        }
        SignedInAccount patient = TestAccounts.in(context).patient();
        mvc.perform(post("/login").with(csrf()).with(clinic)
                .param("username", patient.username()).param("password", TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/log")).andExpect(authenticated());
    }

    @Test
    void shouldNotSayANameIsTakenWhenTheFormCreatesNothingAnyway() throws Exception {
        SignedInAccount staff = TestAccounts.in(context).staff();
        mvc.perform(post("/register").with(csrf()).with(TestAccounts.fromAnAddressOfItsOwn())
                .param("username", staff.username()).param("password", "x").param("confirmPassword", "y"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Use a password of at least 10 characters")))
                .andExpect(content().string(not(containsString("That username is taken"))))
                .andExpect(content().string(containsString("value=\"" + staff.username() + "\"")));
    }
}
