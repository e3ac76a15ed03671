package org.spasmcare.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Without the kiosk profile, nothing of the kiosk shows: a person's own device keeps its tel: links and no timer. */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureTestDatabase
class KioskOffByDefaultTest {

    @Autowired
    private MockMvc mvc;

    @Test
    void shouldHaveNoIdleTimerNoStartOverAndKeepTheCallLinks() throws Exception {
        Document home = Jsoup.parse(mvc.perform(get("/")).andReturn().getResponse().getContentAsString());
        assertThat(home.body().hasAttr("data-idle-seconds")).isFalse();
        assertThat(home.select("#start-over, dialog, script[src*=kiosk], .kiosk-start")).isEmpty();
        assertThat(home.select("a[href^=tel:]")).isNotEmpty();
        mvc.perform(post("/kiosk/start-over").with(csrf())).andExpect(status().isNotFound());
    }
}
