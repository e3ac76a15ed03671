package org.spasmcare.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.spasmcare.account.SecurityConfiguration;
import org.spasmcare.support.SpasmCareWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

@SpasmCareWebTest(HomeController.class)
@TestPropertySource(properties = "spasmcare.emergency-number=112")
class HomeControllerTest {

    @Autowired
    private MockMvc mvc;

    @Test
    void shouldExplainTheAppAndShowTheEmergencySignsWithTheConfiguredNumber() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Help for a back spasm</h1>")))
                .andExpect(content().string(containsString("numbness or tingling around your genitals")))
                .andExpect(content().string(containsString("href=\"tel:112\">Call 112 now</a>")))
                .andExpect(content().string(containsString("It does not replace a doctor")))
                .andExpect(content().string(containsString("<html lang=\"en\">")));
    }

    @Test
    void shouldMarkTheCurrentPageInTheNavigation() throws Exception {
        mvc.perform(get("/"))
                .andExpect(content().string(containsString("<a href=\"/\" aria-current=\"page\">Home</a>")))
                .andExpect(content().string(containsString("<a href=\"/treatments\">Treatments</a>")));
    }

    @Test
    void shouldSendSecurityHeadersThatForbidInlineScriptAndOtherHosts() throws Exception {
        mvc.perform(get("/"))
                .andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("Permissions-Policy", containsString("camera=()")));
    }

    @Test
    void shouldRefuseAStateChangingRequestWithoutACsrfToken() throws Exception {
        mvc.perform(post("/")).andExpect(status().isForbidden());
        // with a token the request gets past CSRF and only meets the missing POST handler
        mvc.perform(post("/").with(csrf())).andExpect(status().isMethodNotAllowed());
    }
}
