package org.spasmcare.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spasmcare.account.SignedInAccount;
import org.spasmcare.account.TestAccounts;
import org.spasmcare.catalog.TreatmentContent;
import org.spasmcare.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The trust signals (who reviewed a treatment and when, the next review date, the sources, the evidence and
 * cost in a few words) through the whole staff workflow and onto the patient pages; the review-due reminder
 * on the staff list by the app's clock (moved by the test); and no patient disclaimer on staff pages. Its
 * own app and database (its clock differs), so it may edit any treatment.
 */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureTestDatabase
@Import(TreatmentReviewWebTest.MovableClockConfig.class)
class TreatmentReviewWebTest {

    private static final String DISCLAIMER = "SpasmCare gives general facts about back spasms";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ContentEditing editing;

    @Autowired
    private MovableClock clock;

    @Autowired
    private ApplicationContext context;

    private SignedInAccount alice;
    private SignedInAccount bob;
    private SignedInAccount ada;

    @BeforeEach
    void createAccounts() {
        TestAccounts accounts = TestAccounts.in(context);
        alice = accounts.staff();
        bob = accounts.staff();
        ada = accounts.admin();
    }

    @AfterEach
    void resetClock() {
        clock.set(TestClock.START);
    }

    @Test
    void shouldShowTheShippedReviewAndSourcesOnEveryTreatmentPageWithDatesInWords() throws Exception {
        for (TreatmentState state : editing.overview()) {
            Document page = page(get("/treatments/" + state.slug()));
            assertThat(page.selectFirst(".trust-line").text()).as(state.slug()).isEqualTo(
                    "Reviewed by SpasmCare clinical team on 30 November 2026 \u00b7 next review due 30 November 2027");
            assertThat(page.select("ul.sources li").eachText()).as(state.slug())
                    .contains("American College of Physicians (ACP) guideline on low back pain, 2017");
            // "At a glance" comes before the how-to, right after the summary and the review line
            assertThat(page.select("main h2").eachText().subList(0, 2)).containsExactly("At a glance", "How to do it");
            assertThat(page.select(".glance dt").eachText()).startsWith("Who does it?", "How good is the evidence?",
                    "What does it cost?");
            assertThat(page.html()).doesNotContain("2026-11-30").doesNotContain("2027-11-30");
        }
        assertThat(page(get("/treatments/nsaids")).select("ul.sources li").eachText())
                .contains("FDA advice on NSAIDs in pregnancy, 2020", "MHRA advice on NSAIDs in pregnancy, 2023");
        assertThat(page(get("/treatments/muscle-relaxants")).select("ul.sources li").eachText())
                .contains("Cashin and others, BMJ 2021: a review of muscle relaxants for low back pain");
    }

    @Test
    void shouldListEachTreatmentWithWhoDoesItTheEvidenceAndTheCost() throws Exception {
        Document list = page(get("/treatments"));
        assertThat(list.select(".cards > li")).hasSize(7);
        Map<String, String> who = new LinkedHashMap<>();
        for (Element card : list.select(".cards > li")) {
            who.put(card.selectFirst("h2").text(), card.selectFirst(".care-route").text());
            assertThat(card.select(".card__facts dt").eachText())
                    .containsExactly("How good is the evidence?", "What does it cost?");
            assertThat(card.select(".card__facts dd").eachText()).allSatisfy(text -> assertThat(text).isNotBlank());
        }
        // as the clinical rules (§6) say: relaxants and manipulation always need a professional
        assertThat(who).containsEntry("Muscle relaxants", "Needs a professional")
                .containsEntry("Spinal manipulation and chiropractic care", "Needs a professional")
                .containsEntry("Heat and cold", "You can do it yourself")
                .containsEntry("Physical therapy and stretching", "You at first. Later, with a physio");
        assertThat(who.get("NSAIDs (anti-inflammatory painkillers)")).contains("Ask a pharmacist first");
        Document compare = page(get("/treatments/compare"));
        assertThat(compare.select("table.compare thead th").eachText()).hasSize(9)
                .contains("Who does it?", "How good is the evidence?", "What does it cost?");
        assertThat(compare.select("table.compare tbody tr")).hasSize(7).allSatisfy(row ->
                assertThat(row.select("td")).hasSize(8).allSatisfy(cell -> assertThat(cell.attr("data-label")).isNotBlank()));
    }

    @Test
    void shouldTakeNewReviewFieldsThroughSaveReviewPublishHistoryAndRevert() throws Exception {
        String slug = "heat-and-cold";
        TreatmentContent shipped = editing.editor(slug).content();
        int opened = editing.editor(slug).state().head().number();

        // the editor: the review dates as date inputs, the long fields as text areas
        Document editor = page(get("/staff/treatments/" + slug + "/edit").with(as(alice)));
        assertThat(editor.selectFirst("input#reviewedOn").attr("type")).isEqualTo("date");
        assertThat(editor.selectFirst("input#reviewedOn").val()).isEqualTo("2026-11-30");
        assertThat(editor.selectFirst("input#reviewDue").val()).isEqualTo("2027-11-30");
        assertThat(editor.selectFirst("textarea#sources").text()).contains("NICE guideline NG59");
        for (String field : List.of("summary", "complexity", "resources", "expectedOutcome", "idealUse", "keyAdvantages")) {
            assertThat(editor.selectFirst("textarea#" + field)).as(field).isNotNull();
        }

        // mistakes: a date that is not one, a next review before the review; nothing saved
        Document refused = page(post("/staff/treatments/" + slug + "/edit").with(as(alice)).with(csrf())
                .params(form(slug, Map.of("reviewedOn", "2027-02-30", "sources", " "))));
        assertThat(refused.select("#error-summary a").eachText())
                .contains("Enter a real date, for example 2026-11-30.",
                        "Fill this in: patients would otherwise see an empty part of the page.");
        refused = page(post("/staff/treatments/" + slug + "/edit").with(as(alice)).with(csrf())
                .params(form(slug, Map.of("reviewedOn", "2027-12-01", "reviewDue", "2027-12-01"))));
        assertThat(refused.select("#error-summary a").eachText())
                .containsExactly("The next review must be after the date of this review.");
        assertThat(editing.editor(slug).state().head().number()).isEqualTo(opened);

        // save a draft with a new review
        Map<String, String> typed = Map.of("reviewedBy", "Dr Jo Lee, physiotherapist", "reviewedOn", "2027-12-01",
                "reviewDue", "2028-12-01", "sources", "ACP 2017\r\n\r\n  NICE NG59, updated 2027  \r\n",
                "evidenceLevel", "Moderate for heat", "cost", "Low");
        mvc.perform(post("/staff/treatments/" + slug + "/edit").with(as(alice)).with(csrf()).params(form(slug, typed)))
                .andExpect(redirectedUrl("/staff")).andExpect(flash().attribute("message", "staff.message.saved"));
        int draft = editing.review(slug).state().head().number();
        TreatmentContent saved = editing.review(slug).draft();
        assertThat(saved.sources()).isEqualTo("ACP 2017\nNICE NG59, updated 2027");
        assertThat(saved.reviewedOn()).isEqualTo(java.time.LocalDate.of(2027, 12, 1));

        // the reviewer sees every new field in the diff, dates in words, and in the preview
        Document review = page(get("/staff/treatments/" + slug + "/review").with(as(bob)));
        assertThat(review.select(".diff__field h3").eachText()).containsExactly("Evidence in a few words (list, comparison and at a glance)",
                "Sources behind the evidence", "Cost in a few words (list, comparison and at a glance)", "Reviewed by",
                "Date of this review", "Next review due");
        assertThat(changed(review, "reviewDue", "ins")).isEqualTo("1 December 2028");
        assertThat(changed(review, "reviewDue", "del")).isEqualTo("30 November 2027");
        assertThat(review.selectFirst(".preview .trust-line").text())
                .isEqualTo("Reviewed by Dr Jo Lee, physiotherapist on 1 December 2027 \u00b7 next review due 1 December 2028");

        // not for patients until published
        assertThat(page(get("/treatments/" + slug)).selectFirst(".trust-line").text()).contains("30 November 2026");
        mvc.perform(post("/staff/treatments/" + slug + "/publish").with(as(bob)).with(csrf())
                .param("revision", String.valueOf(draft))).andExpect(flash().attribute("message", "staff.review.PUBLISHED"));
        Document patient = page(get("/treatments/" + slug));
        assertThat(patient.selectFirst(".trust-line").text())
                .isEqualTo("Reviewed by Dr Jo Lee, physiotherapist on 1 December 2027 \u00b7 next review due 1 December 2028");
        assertThat(patient.select("ul.sources li").eachText()).containsExactly("ACP 2017", "NICE NG59, updated 2027");
        assertThat(page(get("/treatments")).select(".cards > li").stream()
                .filter(card -> card.selectFirst("h2").text().equals(shipped.name())).findFirst().orElseThrow()
                .select(".card__facts dd").eachText()).containsExactly("Moderate for heat", "Low");

        // the history lists it; the revision page shows what it changed
        Document history = page(get("/staff/treatments/" + slug + "/history").with(as(alice)));
        assertThat(history.select(".revisions h2 a").eachText()).first().isEqualTo("Revision " + draft);
        Document revision = page(get("/staff/treatments/" + slug + "/revisions/" + draft).with(as(alice)));
        assertThat(revision.select(".diff__field h3").eachText()).contains("Sources behind the evidence", "Reviewed by");
        assertThat(changed(revision, "reviewedBy", "ins")).contains("Dr Jo Lee, physiotherapist");

        // revert: a new draft with the earlier review and sources, published like any other
        mvc.perform(post("/staff/treatments/" + slug + "/revisions/" + (draft - 1) + "/revert").with(as(alice)).with(csrf()))
                .andExpect(redirectedUrl("/staff"));
        int reverted = editing.review(slug).state().head().number();
        assertThat(editing.review(slug).draft()).isEqualTo(shipped);
        mvc.perform(post("/staff/treatments/" + slug + "/publish").with(as(bob)).with(csrf())
                .param("revision", String.valueOf(reverted))).andExpect(flash().attribute("message", "staff.review.PUBLISHED"));
        assertThat(page(get("/treatments/" + slug)).selectFirst(".trust-line").text())
                .isEqualTo("Reviewed by SpasmCare clinical team on 30 November 2026 \u00b7 next review due 30 November 2027");
    }

    @Test
    void shouldRemindStaffOfEveryReviewThatIsDueByTheAppsClock() throws Exception {
        clock.set(Instant.parse("2027-11-29T23:59:00Z"));
        Document before = page(get("/staff").with(as(alice)));
        assertThat(before.select(".review-due")).isEmpty();
        assertThat(before.select(".staff-table__review").eachText()).hasSize(7)
                .allSatisfy(text -> assertThat(text).startsWith("Next review "));

        clock.set(Instant.parse("2027-11-30T00:01:00Z")); // due today counts
        Document due = page(get("/staff").with(as(alice)));
        Element reminder = due.selectFirst(".review-due");
        assertThat(reminder.selectFirst("h2").text()).isEqualTo("Reviews due");
        assertThat(reminder.select("li a").eachText()).contains("Massage therapy: review due 30 November 2027");
        assertThat(reminder.select("li a").eachAttr("href")).contains("/staff/treatments/massage/edit");
        assertThat(due.select(".staff-table__review--due").eachText())
                .contains("Review was due 30 November 2027");
    }

    @Test
    void shouldShowNoPatientDisclaimerOnStaffAndAdminPagesButKeepItForPatients() throws Exception {
        for (String path : List.of("/staff", "/staff/treatments/massage/edit", "/staff/treatments/massage/history",
                "/staff/treatments/massage/review")) {
            Document page = page(get(path).with(as(alice)));
            assertThat(page.selectFirst("footer").text()).as(path).doesNotContain(DISCLAIMER);
            assertThat(page.select(".disclaimer")).as(path).isEmpty();
            assertThat(page.selectFirst("footer a[href^=tel:]")).as("the emergency line stays: " + path).isNotNull();
        }
        for (String path : List.of("/admin/backups", "/admin/accounts", "/admin/audit")) {
            assertThat(page(get(path).with(as(ada))).selectFirst("footer").text()).as(path).doesNotContain(DISCLAIMER);
        }
        for (String path : List.of("/", "/treatments", "/treatments/massage", "/treatments/compare")) {
            assertThat(page(get(path)).selectFirst("footer").text()).as(path).contains(DISCLAIMER);
        }
    }

    /** The words a field's diff marks as added ("ins") or removed ("del"), without the hidden "Added:" labels. */
    private static String changed(Document page, String property, String kind) {
        return String.join(" ", page.selectFirst("#diff-" + property).parent()
                .select(kind + " > span:not(.visually-hidden)").eachText());
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        String html = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }

    /** The editor's form as opened on the newest revision, with some fields typed over. */
    private MultiValueMap<String, String> form(String slug, Map<String, String> typed) {
        ContentEditing.Editor editor = editing.editor(slug);
        TreatmentContent c = editor.content();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", c.name());
        fields.put("summary", c.summary());
        fields.put("howTo", c.howTo());
        fields.put("cautions", c.cautions());
        fields.put("evidence", c.evidence());
        fields.put("evidenceLevel", c.evidenceLevel());
        fields.put("sources", c.sources());
        fields.put("cost", c.cost());
        fields.put("complexity", c.complexity());
        fields.put("resources", c.resources());
        fields.put("expectedOutcome", c.expectedOutcome());
        fields.put("idealUse", c.idealUse());
        fields.put("keyAdvantages", c.keyAdvantages());
        fields.put("reviewedBy", c.reviewedBy());
        fields.put("reviewedOn", c.reviewedOn().toString());
        fields.put("reviewDue", c.reviewDue().toString());
        fields.put("displayOrder", String.valueOf(c.displayOrder()));
        fields.put("openedRevision", String.valueOf(editor.state().head().number()));
        fields.putAll(typed);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        fields.forEach(form::add);
        return form;
    }

    private static RequestPostProcessor as(SignedInAccount account) {
        return TestAccounts.as(account); // with the second factor a staff sign-in has
    }

    /** A clock the test moves; it starts at {@link TestClock#START}. */
    static final class MovableClock extends Clock {

        private volatile Instant now = TestClock.START;

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class MovableClockConfig {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }
}
