package org.spasmcare.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The kiosk without spasmcare.public-url: a QR code of the kiosk's own address (often 127.0.0.1) would open
 * nothing on a phone, so there is none; the plan can still go home on paper, and the start-up log says why.
 */
@SpringBootTest(properties = "spasmcare.public-url=")
@AutoConfigureMockMvc
@AutoConfigureTestDatabase
@ActiveProfiles("kiosk")
@ExtendWith(OutputCaptureExtension.class)
class KioskWithoutPublicUrlTest {

    @Autowired
    private MockMvc mvc;

    @Test
    void shouldShowNoQrCodeButPrintAndSayWhyAtStartUp(CapturedOutput output) throws Exception {
        Document plan = Jsoup.parse(mvc.perform(post("/assessment").with(csrf()).param("step", "3")
                        .param("noRedFlags", "true").param("agoAmount", "1").param("agoUnit", "days").param("painScore", "3")
                        .param("age", "40").param("pregnancy", "no"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(plan.select("svg.qr, .take-home svg")).as("no QR code").isEmpty();
        assertThat(plan.select(".plan-brief .take-home").text()).contains("Take this plan with you")
                .contains("Press Print to take it on paper.").doesNotContain("camera");
        assertThat(plan.select("button[data-print]")).hasSize(1);
        assertThat(plan.select("form[action=/log/save-plan]")).as("no save box on a shared screen").isEmpty();

        assertThat(output.getAll()).contains("The kiosk shows no QR code to take a plan home: spasmcare.public-url")
                .contains("127.0.0.1");
    }
}
