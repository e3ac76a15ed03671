package org.spasmcare.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.jdbc.core.JdbcTemplate;

/** New accounts from one address are limited, taken-name answers included; the page says so and keeps the name. */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureTestDatabase
@TestPropertySource(properties = "spasmcare.accounts.registrations-per-address=3")
class RegistrationLimitWebTest {

    private static final String PASSWORD = "window maple seventeen";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void shouldLimitHowManyAccountsOneAddressMakesAndHowManyNamesItTries() throws Exception {
        RequestPostProcessor oneAddress = TestAccounts.fromAnAddressOfItsOwn();
        String first = TestAccounts.unique("first");
        register(first, oneAddress).andExpect(status().isFound());
        register(TestAccounts.unique("second"), oneAddress).andExpect(status().isFound());
        register(first, oneAddress).andExpect(content().string(containsString("That username is taken.")));

        String fourth = TestAccounts.unique("fourth");
        register(fourth, oneAddress)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Many accounts were made from this network")))
                .andExpect(content().string(containsString("value=\"" + fourth + "\"")))
                .andExpect(unauthenticated());
        register(first, oneAddress)
                .andExpect(content().string(containsString("Many accounts were made from this network")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("That username is taken."))));
        assertThat(jdbc.queryForObject("select count(*) from account where username = ?", Integer.class, fourth)).isZero();

        register(fourth, TestAccounts.fromAnAddressOfItsOwn()).andExpect(status().isFound());
    }

    private ResultActions register(String username, RequestPostProcessor from) throws Exception {
        return mvc.perform(post("/register").with(csrf()).with(from).param("username", username)
                .param("password", PASSWORD).param("confirmPassword", PASSWORD));
    }
}
