package org.spasmcare.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spasmcare.account.SignedInAccount;
import org.spasmcare.account.TestAccounts;
import org.spasmcare.catalog.TreatmentContent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The staff content area through the whole app (MockMvc, in-memory database). Each test works on its
 * own treatment, as they share one database.
 */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureTestDatabase
class StaffContentWebTest {

    private SignedInAccount alice;
    private SignedInAccount bob;
    private SignedInAccount ada;
    private SignedInAccount pat;

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ContentEditing editing;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ApplicationContext context;

    /** Real accounts (the app checks on every request that the account still exists and is enabled). */
    @BeforeEach
    void createAccounts() {
        TestAccounts accounts = TestAccounts.in(context);
        alice = accounts.staff();
        bob = accounts.staff();
        ada = accounts.admin();
        pat = accounts.patient();
    }

    @Test
    void shouldKeepAnonymousVisitorsAndPatientsOutAndRequireCsrf() throws Exception {
        for (String path : List.of("/staff", "/staff/treatments/massage/edit", "/staff/treatments/massage/history")) {
            mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
            mvc.perform(get(path).with(as(pat))).andExpect(status().isForbidden());
            mvc.perform(get(path).with(as(alice))).andExpect(status().isOk());
            mvc.perform(get(path).with(as(ada))).andExpect(status().isOk());
        }
        int revisions = revisionCount("massage");
        mvc.perform(post("/staff/treatments/massage/edit").with(as(alice)).params(form("massage", "Changed", null)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/staff/treatments/massage/edit").with(as(pat)).with(csrf()).params(form("massage", "Changed", null)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/staff/treatments/massage/revisions/1/revert").with(as(alice)))
                .andExpect(status().isForbidden());
        assertThat(revisionCount("massage")).isEqualTo(revisions);
    }

    @Test
    void shouldPublishOnlyWhenASecondPersonReviewsAndThenShowPatientsAtOnce() throws Exception {
        String slug = "heat-and-cold";
        String before = summaryOnPatientPage(slug);
        mvc.perform(save(alice, slug, "Warmth or cold, whichever feels better, for short spells."))
                .andExpect(redirectedUrl("/staff")).andExpect(flash().attribute("message", "staff.message.saved"));
        assertThat(summaryOnPatientPage(slug)).isEqualTo(before); // a draft is not for patients
        mvc.perform(get("/staff").with(as(bob)))
                .andExpect(content().string(containsString("is waiting for review")));

        int draft = editing.review(slug).state().head().number();
        mvc.perform(get("/staff/treatments/" + slug + "/review").with(as(alice)))
                .andExpect(content().string(containsString("You wrote this draft")))
                .andExpect(content().string(not(containsString("/publish"))))
                .andExpect(content().string(containsString("<ins><span class=\"visually-hidden\">Added:</span>")));
        mvc.perform(publish(alice, slug, draft))
                .andExpect(redirectedUrl("/staff/treatments/" + slug + "/review"))
                .andExpect(flash().attribute("message", "staff.review.OWN_CHANGE"));
        assertThat(summaryOnPatientPage(slug)).isEqualTo(before);

        mvc.perform(get("/staff/treatments/" + slug + "/review").with(as(bob)))
                .andExpect(content().string(containsString("/publish")));
        mvc.perform(publish(bob, slug, draft))
                .andExpect(redirectedUrl("/staff")).andExpect(flash().attribute("message", "staff.review.PUBLISHED"));
        assertThat(summaryOnPatientPage(slug)).isEqualTo("Warmth or cold, whichever feels better, for short spells.");
        mvc.perform(get("/treatments")).andExpect(content().string(containsString("whichever feels better")));

        // publishing the same revision twice, or an old one, is refused
        mvc.perform(publish(bob, slug, draft)).andExpect(flash().attribute("message", "staff.review.NOT_WAITING"));
        assertThat(audit(slug)).extracting(row -> row.get("ACTION") + " " + row.get("ACTOR"))
                .containsSubsequence("SAVE_DRAFT " + alice.username(), "PUBLISH " + bob.username());
    }

    @Test
    void shouldSendADraftBackWithACommentAndNeverShowItToPatients() throws Exception {
        String slug = "nsaids";
        String before = summaryOnPatientPage(slug);
        mvc.perform(save(alice, slug, "A draft that needs work."));
        int draft = editing.review(slug).state().head().number();

        // no comment: the review page again, the error summarised at the top of the form and linked to the box
        String refused = mvc.perform(sendBack(bob, slug, draft, "  "))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        org.jsoup.nodes.Element sendBackForm = org.jsoup.Jsoup.parse(refused).selectFirst("form[action*=send-back]");
        assertThat(sendBackForm.attr("action")).endsWith("#error-summary");
        org.jsoup.nodes.Element errorSummary = sendBackForm.selectFirst("#error-summary");
        assertThat(errorSummary.attr("role")).isEqualTo("alert");
        assertThat(errorSummary.selectFirst("a[href=#comment]").text())
                .isEqualTo("Say what needs changing before sending the draft back.");
        assertThat(sendBackForm.selectFirst(".field-error").text())
                .isEqualTo("Say what needs changing before sending the draft back.");
        assertThat(editing.review(slug).state().isWaitingForReview()).isTrue();
        mvc.perform(sendBack(bob, slug, draft, "Please add when to stop taking them."))
                .andExpect(redirectedUrl("/staff")).andExpect(flash().attribute("message", "staff.review.SENT_BACK"));

        assertThat(summaryOnPatientPage(slug)).isEqualTo(before);
        mvc.perform(publish(bob, slug, draft)).andExpect(flash().attribute("message", "staff.review.NOT_WAITING"));
        assertThat(summaryOnPatientPage(slug)).isEqualTo(before);
        mvc.perform(get("/staff/treatments/" + slug + "/edit").with(as(alice)))
                .andExpect(content().string(containsString("Please add when to stop taking them.")))
                .andExpect(content().string(containsString("A draft that needs work.")));
    }

    @Test
    void shouldRefuseTheSecondOfTwoEditorsAndKeepTheirTextWithWhatChangedMeanwhile() throws Exception {
        String slug = "massage";
        int opened = editing.editor(slug).state().head().number();
        // Bob and Alice both opened revision `opened`; Bob saves first
        mvc.perform(save(bob, slug, "Bob's summary, saved first.", opened)).andExpect(redirectedUrl("/staff"));
        int bobs = editing.editor(slug).state().head().number();

        mvc.perform(save(alice, slug, "Alice's summary, typed at the same time.", opened))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(bob.username() + " saved a change to this treatment while you were editing")))
                .andExpect(content().string(containsString(">Alice&#39;s summary, typed at the same time.</textarea>")))
                .andExpect(content().string(containsString("What revision " + bobs + " by " + bob.username() + " changed while you were editing")))
                .andExpect(content().string(containsString("<span>first.</span></ins>")))
                .andExpect(content().string(containsString("name=\"openedRevision\" value=\"" + bobs + "\"")));
        assertThat(editing.editor(slug).content().summary()).isEqualTo("Bob's summary, saved first.");

        // having seen Bob's change, saving again is deliberate
        mvc.perform(save(alice, slug, "Alice's summary, typed at the same time.", bobs)).andExpect(redirectedUrl("/staff"));
        assertThat(editing.editor(slug).content().summary()).isEqualTo("Alice's summary, typed at the same time.");
        assertThat(editing.history(slug).revisions()).extracting(RevisionSummary::status)
                .startsWith(RevisionStatus.DRAFT, RevisionStatus.SUPERSEDED);
    }

    @Test
    void shouldRevertByStartingANewDraftAndKeepEveryRevision() throws Exception {
        String slug = "muscle-relaxants";
        String original = editing.editor(slug).content().summary();
        int good = editing.editor(slug).state().head().number();
        int revisionsBefore = revisionCount(slug);
        mvc.perform(save(alice, slug, "A change we will regret."));
        int regretted = editing.editor(slug).state().head().number();
        mvc.perform(publish(bob, slug, regretted));
        assertThat(summaryOnPatientPage(slug)).isEqualTo("A change we will regret.");

        mvc.perform(post("/staff/treatments/" + slug + "/revisions/" + good + "/revert").with(as(alice)).with(csrf()))
                .andExpect(redirectedUrl("/staff")).andExpect(flash().attribute("message", "staff.message.reverted"));

        ContentEditing.History history = editing.history(slug);
        assertThat(history.revisions()).hasSize(revisionsBefore + 2);
        RevisionSummary revert = history.revisions().get(0);
        assertThat(revert.number()).isEqualTo(regretted + 1);
        assertThat(revert.status()).isEqualTo(RevisionStatus.DRAFT);
        assertThat(revert.revertedFrom()).isEqualTo(good);
        assertThat(editing.editor(slug).content().summary()).isEqualTo(original);
        assertThat(summaryOnPatientPage(slug)).as("a revert is a draft until reviewed").isEqualTo("A change we will regret.");
        assertThat(history.revisions().get(1).status()).isEqualTo(RevisionStatus.PUBLISHED);

        mvc.perform(get("/staff/treatments/" + slug + "/history").with(as(bob)))
                .andExpect(content().string(containsString("A revert to revision " + good + ".")))
                .andExpect(content().string(containsString("Published by " + bob.username())));
        mvc.perform(get("/staff/treatments/" + slug + "/revisions/" + regretted).with(as(bob)))
                .andExpect(content().string(containsString("A change we will regret.")))
                .andExpect(content().string(containsString("Start a new draft from revision " + regretted)));
    }

    @Test
    void shouldRenderHostileMarkdownInertInThePreviewAndOnThePatientPage() throws Exception {
        String slug = "spinal-manipulation";
        String hostile = String.join("\n\n",
                "<script>alert('s')</script>",
                "[click](javascript:alert('j'))",
                "[data](data:text/html;base64,PHNjcmlwdD4=)",
                "<img src=x onerror=alert('i')>",
                "<svg onload=alert('v')><circle r=1></circle></svg>",
                "<a href=\"https://example.org\" onclick=\"alert('c')\" style=\"position:fixed\">styled</a>",
                "<iframe src=\"https://example.org\"></iframe>",
                "<style>body { display: none }</style>",
                "<div style=\"background:url(javascript:alert('u'))\">bg</div>",
                "![pixel](javascript:alert('p'))",
                "[safe link](https://example.org/ok) and [relative](/treatments)");
        MockHttpServletRequestBuilder preview = post("/staff/treatments/" + slug + "/edit").with(as(alice)).with(csrf())
                .params(form(slug, null, hostile)).param("intent", "preview");
        int revisions = revisionCount(slug);
        String previewPage = mvc.perform(preview).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String previewHtml = previewPage.substring(previewPage.indexOf("class=\"preview__page\""));
        assertInert(previewHtml);
        assertThat(previewHtml).contains("href=\"https://example.org/ok\"").contains("href=\"/treatments\"");
        assertThat(revisionCount(slug)).as("a preview saves nothing").isEqualTo(revisions);

        mvc.perform(post("/staff/treatments/" + slug + "/edit").with(as(alice)).with(csrf()).params(form(slug, null, hostile)))
                .andExpect(redirectedUrl("/staff"));
        mvc.perform(publish(bob, slug, editing.editor(slug).state().head().number()));
        String patientPage = mvc.perform(get("/treatments/" + slug)).andReturn().getResponse().getContentAsString();
        assertThat(patientPage).contains("safe link");
        assertInert(patientPage);
    }

    @Test
    void shouldShowEveryMistakeAndKeepWhatWasTyped() throws Exception {
        String slug = "physical-therapy";
        int revisions = revisionCount(slug);
        mvc.perform(post("/staff/treatments/" + slug + "/edit").with(as(alice)).with(csrf())
                        .params(form(slug, Map.of("summary", "x".repeat(1001), "name", "   ", "displayOrder", "abc",
                                "cautions", "Typed & kept <b>"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Fill this in")))
                .andExpect(content().string(containsString("This is longer than 1000 characters")))
                .andExpect(content().string(containsString("Enter a whole number from 1 to 99.")))
                .andExpect(content().string(containsString("Typed &amp; kept &lt;b&gt;</textarea>")))
                .andExpect(content().string(containsString("value=\"abc\"")));
        assertThat(revisionCount(slug)).isEqualTo(revisions);

        mvc.perform(save(alice, slug, editing.editor(slug).content().summary()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("You have not changed anything")));
        mvc.perform(get("/staff/treatments/no-such-treatment/edit").with(as(alice))).andExpect(status().isNotFound());
        mvc.perform(get("/staff/treatments/" + slug + "/revisions/99").with(as(alice))).andExpect(status().isNotFound());
        mvc.perform(get("/staff/treatments/" + slug + "/revisions/x").with(as(alice))).andExpect(status().isBadRequest());
    }

    @Test
    void shouldPutTheErrorSummaryFirstInTheFormAndSendTheBrowserToItAfterARejectedSaveOrPreview() throws Exception {
        String slug = "physical-therapy";
        for (String intent : List.of("save", "preview")) {
            String page = mvc.perform(post("/staff/treatments/" + slug + "/edit").with(as(alice)).with(csrf())
                            .params(form(slug, Map.of("name", "   "))).param("intent", intent))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            org.jsoup.nodes.Element form = org.jsoup.Jsoup.parse(page).selectFirst("form.content-form");
            // without JavaScript the browser scrolls to the summary: the form's action names it
            assertThat(form.attr("action")).as(intent).isEqualTo("/staff/treatments/" + slug + "/edit#error-summary");
            org.jsoup.nodes.Element summary = form.children().stream() // the first thing in the form one can see
                    .filter(child -> !"hidden".equals(child.attr("type"))).findFirst().orElseThrow();
            assertThat(summary.id()).as(intent).isEqualTo("error-summary");
            assertThat(summary.attr("tabindex")).as("focusable by the script, not by Tab").isEqualTo("-1");
            assertThat(summary.text()).contains("Fill this in");
        }
    }

    @Test
    void shouldShowEveryTreatmentsClinicalRulesV2RevisionPublishedBySystemInItsHistory() throws Exception {
        // a fresh database: V7 published the version 2 wording of all seven as revision 2, by SpasmCare itself
        for (TreatmentState state : editing.overview()) {
            ContentEditing.RevisionDetail v2 = editing.revisionDetail(state.slug(), 2);
            assertThat(v2.revision().author()).as(state.slug()).isEqualTo("system");
            assertThat(v2.revision().status()).isEqualTo(RevisionStatus.PUBLISHED);
            assertThat(v2.revision().reviewer()).isEqualTo("system");
            assertThat(v2.revision().reviewComment()).startsWith("Clinical rules version 2 safety update.");
            assertThat(v2.content().cautions()).contains("emergency signs in the box at the end of this page");
            assertThat(v2.changes()).isNotEmpty();
        }
        String slug = "rest-and-activity"; // no other test here edits it
        assertThat(editing.history(slug).revisions()).extracting(RevisionSummary::number).containsExactly(2, 1);
        mvc.perform(get("/staff/treatments/" + slug + "/history").with(as(bob)))
                .andExpect(content().string(containsString("Written by SpasmCare itself for a clinical safety update")))
                .andExpect(content().string(containsString("Published by system")))
                .andExpect(content().string(containsString("Clinical rules version 2 safety update.")))
                .andExpect(content().string(containsString("Shipped with the app")));
        mvc.perform(get("/treatments/" + slug))
                .andExpect(content().string(containsString("Nothing to buy, and you can start today at home")))
                .andExpect(content().string(not(containsString("Free, no side effects"))));
    }

    /** Hostile markup may show as text, but never as an element, attribute or link that could act. */
    private static void assertInert(String html) {
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html);
        org.jsoup.select.Elements prose = page.select(".prose");
        assertThat(prose).isNotEmpty();
        assertThat(page.select(String.join(", ", java.util.stream.Stream.of("script", "svg", "iframe", "style", "img",
                "object", "embed", "form", "input", "div").map(tag -> ".prose " + tag).toList()))).isEmpty();
        for (org.jsoup.nodes.Element element : page.select(".prose *")) {
            for (org.jsoup.nodes.Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).doesNotStartWith("on").isNotEqualTo("style").isNotEqualTo("src");
                assertThat(attribute.getValue().toLowerCase(java.util.Locale.ROOT).strip())
                        .doesNotStartWith("javascript:").doesNotStartWith("data:");
            }
        }
        assertThat(page.select("script:not([src])")).as("no inline script anywhere on the page").isEmpty();
    }

    private String summaryOnPatientPage(String slug) throws Exception {
        String page = mvc.perform(get("/treatments/" + slug)).andReturn().getResponse().getContentAsString();
        return org.jsoup.Jsoup.parse(page).selectFirst("p.lead").text();
    }

    private int revisionCount(String slug) {
        return editing.history(slug).revisions().size();
    }

    private List<Map<String, Object>> audit(String slug) {
        return jdbc.queryForList("select actor, action from audit_event where target = ? order by id", slug);
    }

    private MockHttpServletRequestBuilder save(SignedInAccount who, String slug, String summary) {
        return save(who, slug, summary, editing.editor(slug).state().head().number());
    }

    private MockHttpServletRequestBuilder save(SignedInAccount who, String slug, String summary, int opened) {
        return post("/staff/treatments/" + slug + "/edit").with(as(who)).with(csrf())
                .params(form(slug, Map.of("summary", summary, "openedRevision", String.valueOf(opened))));
    }

    private MockHttpServletRequestBuilder publish(SignedInAccount who, String slug, int revision) {
        return post("/staff/treatments/" + slug + "/publish").with(as(who)).with(csrf())
                .param("revision", String.valueOf(revision));
    }

    private MockHttpServletRequestBuilder sendBack(SignedInAccount who, String slug, int revision, String comment) {
        return post("/staff/treatments/" + slug + "/send-back").with(as(who)).with(csrf())
                .param("revision", String.valueOf(revision)).param("comment", comment);
    }

    /** The editor's form filled with the newest revision, with the summary and cautions replaced when given. */
    private org.springframework.util.MultiValueMap<String, String> form(String slug, String summary, String cautions) {
        Map<String, String> changes = new java.util.HashMap<>();
        if (summary != null) {
            changes.put("summary", summary);
        }
        if (cautions != null) {
            changes.put("cautions", cautions);
        }
        return form(slug, changes);
    }

    /** The editor's form as opened on the newest revision, with some fields typed over. */
    private org.springframework.util.MultiValueMap<String, String> form(String slug, Map<String, String> typed) {
        ContentEditing.Editor editor = editing.editor(slug);
        TreatmentContent c = editor.content();
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("name", c.name());
        fields.put("summary", c.summary());
        fields.put("howTo", c.howTo());
        fields.put("cautions", c.cautions());
        fields.put("evidence", c.evidence());
        fields.put("complexity", c.complexity());
        fields.put("resources", c.resources());
        fields.put("expectedOutcome", c.expectedOutcome());
        fields.put("idealUse", c.idealUse());
        fields.put("keyAdvantages", c.keyAdvantages());
        fields.put("displayOrder", String.valueOf(c.displayOrder()));
        fields.put("evidenceLevel", c.evidenceLevel());
        fields.put("cost", c.cost());
        fields.put("sources", c.sources());
        fields.put("reviewedBy", c.reviewedBy());
        fields.put("reviewedOn", c.reviewedOn().toString());
        fields.put("reviewDue", c.reviewDue().toString());
        fields.put("openedRevision", String.valueOf(editor.state().head().number()));
        fields.putAll(typed);
        var form = new org.springframework.util.LinkedMultiValueMap<String, String>();
        fields.forEach(form::add);
        return form;
    }

    private static RequestPostProcessor as(SignedInAccount account) {
        return TestAccounts.as(account); // with the second factor a staff sign-in has
    }
}
