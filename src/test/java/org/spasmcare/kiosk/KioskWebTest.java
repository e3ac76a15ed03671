package org.spasmcare.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.spasmcare.account.SignedInAccount;
import org.spasmcare.account.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.UriComponentsBuilder;

/** The kiosk profile: idle reset settings on every page, Start over ends the session, no-store, take-home QR. */
@SpringBootTest(properties = "spasmcare.public-url=https://spasmcare.example.org/")
@AutoConfigureMockMvc
@AutoConfigureTestDatabase
@ActiveProfiles("kiosk")
class KioskWebTest {

    private static final Set<String> ANSWER_FIELDS = Set.of("noRedFlags", "redFlags", "agoAmount", "agoUnit",
            "painScore", "flareUp", "age", "pregnancy", "safetyFactors");

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ApplicationContext context;

    @Test
    void shouldPutStartOverAndTheIdleTimerOnEveryPage() throws Exception {
        for (String path : List.of("/", "/assessment", "/treatments", "/treatments/massage", "/login", "/register")) {
            Document page = Jsoup.parse(mvc.perform(get(path)).andReturn().getResponse().getContentAsString());
            assertThat(page.body().attr("data-idle-seconds")).as(path).isEqualTo("120");
            assertThat(page.body().attr("data-countdown-seconds")).as(path).isEqualTo("20");
            assertThat(page.select("form#start-over[method=post][action=/kiosk/start-over] button")).as(path).hasSize(1);
            assertThat(page.select("dialog#still-there #still-there-stay")).as(path).hasSize(1);
            assertThat(page.select("script[src*=/assets/js/kiosk]")).as(path).hasSize(1);
            assertThat(page.select("a[href^=tel:], a[href^=http:], a[href^=https:], a[href^=//]")).as(path + ": links that leave the app")
                    .isEmpty();
            assertThat(page.select("a:not([href])")).as(path + ": links to nowhere").isEmpty();
            assertThat(page.select("footer .call-number").text()).as(path).isEqualTo("911");
        }
        mvc.perform(get("/")).andExpect(content().string(containsString("kiosk-start")));
    }

    @Test
    void shouldSendNoStoreSoBackShowsNothingOfThePreviousPerson() throws Exception {
        SignedInAccount patient = TestAccounts.in(context).patient();
        MockHttpSession session = TestAccounts.signIn(mvc, patient.username(), TestAccounts.PASSWORD);
        for (String path : List.of("/", "/assessment", "/log", "/account", "/login")) {
            mvc.perform(get(path).session(session))
                    .andExpect(header().string("Cache-Control", containsString("no-store")));
        }
        mvc.perform(post("/assessment").with(csrf()).param("step", "3").param("noRedFlags", "true")
                        .param("agoAmount", "2").param("agoUnit", "days").param("painScore", "6"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")));
    }

    @Test
    void shouldEndTheSessionAndSignOutOnStartOverEvenWithoutAToken() throws Exception {
        SignedInAccount patient = TestAccounts.in(context).patient();
        MockHttpSession session = TestAccounts.signIn(mvc, patient.username(), TestAccounts.PASSWORD);
        session.setAttribute("something-of-theirs", "kept until start over");
        mvc.perform(get("/log").session(session)).andExpect(status().isOk());

        // no CSRF token: the idle timer must work even after the session and its token expired
        mvc.perform(post("/kiosk/start-over").session(session)).andExpect(redirectedUrl("/?startedOver"));

        assertThat(session.isInvalid()).isTrue();
        mvc.perform(get("/log").session(session)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/?startedOver"))
                .andExpect(content().string(containsString("The screen has been cleared for the next person.")));
    }

    @Test
    void shouldOfferAQrCodeThatOpensTheSamePlanWithOnlyTheAnswersInIt() throws Exception {
        SignedInAccount patient = TestAccounts.in(context).patient();
        MockHttpSession session = TestAccounts.signIn(mvc, patient.username(), TestAccounts.PASSWORD);
        MvcResult planned = mvc.perform(post("/assessment").session(session).with(csrf()).param("step", "3")
                        .param("noRedFlags", "true").param("agoAmount", "3").param("agoUnit", "weeks").param("painScore", "8")
                        .param("age", "70").param("pregnancy", "no").param("safetyFactors", "STOMACH_ULCER_OR_BLEED"))
                .andExpect(status().isOk()).andReturn();
        Document plan = Jsoup.parse(planned.getResponse().getContentAsString());
        String svg = plan.select(".take-home svg").outerHtml();
        assertThat(svg).contains("role=\"img\"").contains("QR code that opens this plan on your phone");

        URI link = URI.create(QrCodes.decode(svg));
        assertThat(link.getScheme() + "://" + link.getHost()).isEqualTo("https://spasmcare.example.org");
        assertThat(link.getPath()).isEqualTo("/assessment/plan");
        Set<String> names = new TreeSet<>(UriComponentsBuilder.fromUri(link).build().getQueryParams().keySet());
        assertThat(ANSWER_FIELDS).as("only answers, never a name or an account").containsAll(names);
        assertThat(link.toString()).doesNotContain(patient.username()).doesNotContain(String.valueOf(patient.id()))
                .doesNotContain("JSESSIONID").doesNotContain("csrf");

        // opened on a phone: no session, no account, the same plan
        MvcResult onPhone = mvc.perform(get(link.getRawPath() + "?" + link.getRawQuery())).andExpect(status().isOk())
                .andReturn();
        Document phonePlan = Jsoup.parse(onPhone.getResponse().getContentAsString());
        assertThat(phonePlan.select("main h1").text()).isEqualTo(plan.select("main h1").text());
        assertThat(phonePlan.select(".plan-steps").text()).isNotEmpty().isEqualTo(plan.select(".plan-steps").text());
        // the same page, word for word: a shared screen offers no "Save to my log" (to anyone, signed in or not),
        // so nothing on it depends on who looks
        for (Document page : List.of(plan, phonePlan)) {
            assertThat(page.select("form[action=/log/save-plan], .save-plan")).as("no save box on a shared screen").isEmpty();
            assertThat(page.select("main").text()).doesNotContain("Save to my log");
        }
        assertThat(phonePlan.select("main").text()).isEqualTo(plan.select("main").text());
        // "Take this plan with you" sits in the plan in brief, before the details
        assertThat(plan.select(".plan-brief .take-home #take-home-heading").text()).isEqualTo("Take this plan with you");
    }
}
