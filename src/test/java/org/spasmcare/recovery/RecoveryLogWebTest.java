package org.spasmcare.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spasmcare.account.AccountService;
import org.spasmcare.account.RegistrationForm;
import org.spasmcare.account.SignedInAccount;
import org.spasmcare.support.TestClock;
import org.spasmcare.triage.Assessment;
import org.spasmcare.triage.RedFlag;
import org.spasmcare.triage.TreatmentCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * The log through the whole app (MockMvc, in-memory database): only patients reach it, each patient
 * only their own, CSRF on every change, bad input answered on the page, and the CSV and deletion of "My data".
 * The app runs on the test clock: log.today() is TestClock.TODAY however long the test takes.
 */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureTestDatabase
@Import(TestClock.Config.class)
class RecoveryLogWebTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private AccountService accounts;

    @Autowired
    private RecoveryLog log;

    @Autowired
    private org.springframework.jdbc.core.JdbcTemplate jdbc;

    private SignedInAccount ann;
    private SignedInAccount bob;

    @BeforeEach
    void twoPatients() {
        ann = register("ann" + System.nanoTime());
        bob = register("bob" + System.nanoTime());
    }

    @Test
    void shouldSendAnAnonymousVisitorToSignInForEveryLogPage() throws Exception {
        for (String path : List.of("/log", "/log/episodes", "/log/summary", "/account", "/account/export.csv")) {
            mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        }
    }

    @Test
    void shouldShowAPageFarPastTheEndOfTheLogWithoutAServerError() throws Exception {
        log.startByHand(ann.id(), log.today().minusDays(5));

        // 107374183 pages of 20 is past the largest offset a query takes (issue 16)
        for (String page : List.of("107374183", String.valueOf(Integer.MAX_VALUE), "-3")) {
            mvc.perform(get("/log").param("page", page).with(as(ann))).andExpect(status().isOk());
        }
    }

    @Test
    void shouldOfferToStartALogWhenThereIsNone() throws Exception {
        mvc.perform(get("/log").with(as(ann)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Start your recovery log")));
    }

    @Test
    void shouldAddAnEntryAndNeverOverwriteTheSameDayUntilThePatientHasSeenIt() throws Exception {
        log.startByHand(ann.id(), log.today().minusDays(5));
        mvc.perform(entry(ann, log.today(), 6, 5).param("treatments", "HEAT_COLD").param("notes", "first device"))
                .andExpect(redirectedUrl("/log")).andExpect(flash().attribute("message", "log.message.added"));
        long version = onlyEntry(ann).version();

        // a second add for the same day: nothing replaced, the saved entry shown beside what was typed
        mvc.perform(entry(ann, log.today(), 4, 3).param("notes", "second device"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You already have an entry for that day")))
                .andExpect(content().string(containsString("What is saved now for "
                        + java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH).format(log.today()))))
                .andExpect(content().string(containsString("first device")))
                .andExpect(content().string(containsString(">second device</textarea>")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + version + "\"")));
        assertThat(onlyEntry(ann).notes()).isEqualTo("first device");

        // pressing Save again, having seen it, replaces it
        mvc.perform(entry(ann, log.today(), 4, 3).param("notes", "second device").param("version", String.valueOf(version)))
                .andExpect(redirectedUrl("/log")).andExpect(flash().attribute("message", "log.message.replaced"));
        assertThat(onlyEntry(ann)).satisfies(saved -> {
            assertThat(saved.pain()).isEqualTo(4);
            assertThat(saved.treatments()).isEmpty();
            assertThat(saved.notes()).isEqualTo("second device");
        });
    }

    @Test
    void shouldRefuseAnEditOfAnEntryChangedMeanwhileAndKeepWhatWasTyped() throws Exception {
        log.startByHand(ann.id(), log.today().minusDays(5));
        mvc.perform(entry(ann, log.today(), 6, 5).param("notes", "as first saved"));
        EntryView opened = onlyEntry(ann);
        mvc.perform(get("/log/entries/" + opened.id() + "/edit").with(as(ann)))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + opened.version() + "\"")));

        // the phone saves a change first
        mvc.perform(edit(ann, opened.id(), opened.version(), 2, "changed on the phone"))
                .andExpect(redirectedUrl("/log")).andExpect(flash().attribute("message", "log.message.updated"));
        EntryView afterPhone = onlyEntry(ann);
        assertThat(afterPhone.version()).isGreaterThan(opened.version());

        // the laptop, still on the old version, is refused: its text kept, the phone's shown
        mvc.perform(edit(ann, opened.id(), opened.version(), 8, "typed on the laptop"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This entry was changed in another window or on another device")))
                .andExpect(content().string(containsString(">typed on the laptop</textarea>")))
                .andExpect(content().string(containsString("changed on the phone")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + afterPhone.version() + "\"")));
        assertThat(onlyEntry(ann).notes()).isEqualTo("changed on the phone");

        // saving again at the version now shown is a deliberate choice, and wins
        mvc.perform(edit(ann, opened.id(), afterPhone.version(), 8, "typed on the laptop"))
                .andExpect(redirectedUrl("/log"));
        assertThat(onlyEntry(ann).notes()).isEqualTo("typed on the laptop");
        // a form with no version or a nonsense one never overwrites
        mvc.perform(edit(ann, opened.id(), -1, 1, "no version").param("version", "x1"))
                .andExpect(content().string(containsString("This entry was changed")));
        assertThat(onlyEntry(ann).notes()).isEqualTo("typed on the laptop");
    }

    @Test
    void shouldKeepWhatWasTypedWhenTheEntryWasDeletedMeanwhile() throws Exception {
        log.startByHand(ann.id(), log.today().minusDays(5));
        mvc.perform(entry(ann, log.today().minusDays(1), 6, 5));
        EntryView opened = onlyEntry(ann);
        log.deleteEntry(ann.id(), opened.id());

        mvc.perform(edit(ann, opened.id(), opened.version(), 3, "typed before it was deleted"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("This entry no longer exists")))
                .andExpect(content().string(containsString(">typed before it was deleted</textarea>")))
                .andExpect(content().string(containsString("action=\"/log/entries\"")))
                .andExpect(content().string(not(containsString("name=\"version\""))));
    }

    @Test
    void shouldShowEveryEntryErrorOnThePageAndKeepWhatWasTyped() throws Exception {
        log.startByHand(ann.id(), log.today().minusDays(5));
        mvc.perform(post("/log/entries").with(as(ann)).with(csrf())
                        .param("date", log.today().plusDays(1).toString()).param("pain", "11").param("interference", "")
                        .param("notes", "x".repeat(1001)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The date cannot be in the future.")))
                .andExpect(content().string(containsString("Choose a number from 0 to 10 for your pain.")))
                .andExpect(content().string(containsString("Choose a number from 0 to 10 for how much it got in the way.")))
                .andExpect(content().string(containsString("Notes can be at most 1000 characters.")))
                .andExpect(content().string(containsString("x".repeat(1001))));
        mvc.perform(entry(ann, log.today().minusDays(6), 3, 3))
                .andExpect(content().string(containsString("The date cannot be before your back pain started")));
    }

    @Test
    void shouldKeepAnAnswerThatIsNotADateOrANumberAndSayWhatToEnter() throws Exception {
        mvc.perform(post("/log/start").with(as(ann)).with(csrf()).param("onsetDate", "last week"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the date your back pain started, with the year first")))
                .andExpect(content().string(containsString("value=\"last week\"")));
        log.startByHand(ann.id(), log.today().minusDays(5));
        mvc.perform(post("/log/entries").with(as(ann)).with(csrf()).param("date", "2026-13-45").param("pain", "abc")
                        .param("interference", "2").param("notes", "kept"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a real date, with the year first, then the month and day.")))
                .andExpect(content().string(containsString("value=\"2026-13-45\"")))
                .andExpect(content().string(containsString("Choose a number from 0 to 10 for your pain.")))
                .andExpect(content().string(containsString(">kept</textarea>")));
        mvc.perform(entry(ann, log.today(), 5, 5).param("redFlags", "SADDLE_NUMBNESS")).andExpect(status().isFound());
        mvc.perform(post("/log/seen").with(as(ann)).with(csrf()).param("date", "someday"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a real date: the year first, then the month and the day.")))
                .andExpect(content().string(containsString("value=\"someday\"")));
    }

    @Test
    void shouldAnswerAnotherPatientsIdsWithNotFoundAndNeverTheirData() throws Exception {
        log.startByHand(ann.id(), log.today().minusDays(3));
        log.saveEntry(ann.id(), log.currentEpisode(ann.id()).orElseThrow().id(), entryOf(log.today(), 7, "Ann's secret note"));
        long annsEntry = log.view(ann.id(), log.currentEpisode(ann.id()).orElseThrow().id(), 0).entries().getContent().get(0).id();
        long annsEpisode = log.currentEpisode(ann.id()).orElseThrow().id();
        log.startByHand(bob.id(), log.today().minusDays(1));

        mvc.perform(get("/log/entries/" + annsEntry + "/edit").with(as(bob)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("secret note"))));
        mvc.perform(post("/log/entries/" + annsEntry).with(as(bob)).with(csrf()).param("date", log.today().toString())
                .param("pain", "1").param("interference", "1")).andExpect(status().isNotFound());
        mvc.perform(post("/log/entries/" + annsEntry + "/delete").with(as(bob)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/log/episodes/" + annsEpisode + "/current").with(as(bob)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/log").with(as(bob))).andExpect(content().string(not(containsString("secret note"))));
        mvc.perform(get("/account/export.csv").with(as(bob))).andExpect(content().string(not(containsString("secret note"))));

        // and Ann's entry is untouched
        assertThat(log.entry(ann.id(), annsEntry)).get().extracting(EntryView::notes).isEqualTo("Ann's secret note");
    }

    @Test
    void shouldRefuseEveryChangeWithoutACsrfToken() throws Exception {
        log.startByHand(ann.id(), log.today().minusDays(3));
        mvc.perform(post("/log/entries").with(as(ann)).param("date", log.today().toString()).param("pain", "3")
                .param("interference", "3")).andExpect(status().isForbidden());
        mvc.perform(post("/log/start").with(as(ann)).param("onsetDate", "2026-11-01")).andExpect(status().isForbidden());
        mvc.perform(post("/account/delete").with(as(ann)).param("confirm", "true")).andExpect(status().isForbidden());
        assertThat(accounts.find(ann.id())).isPresent();
    }

    @Test
    void shouldShowARedFlagFromAnEntryAtTheTopOfTheLogAtOnce() throws Exception {
        log.startByHand(ann.id(), log.today().minusDays(3));
        mvc.perform(entry(ann, log.today(), 5, 5).param("redFlags", "SADDLE_NUMBNESS")).andExpect(status().isFound());

        mvc.perform(get("/log").with(as(ann)))
                .andExpect(content().string(containsString("Call 911 now or go to an emergency department")))
                .andExpect(content().string(containsString("Numbness or tingling around your genitals")))
                .andExpect(content().string(containsString("data-disposition=\"EMERGENCY\"")))
                .andExpect(content().string(containsString("A clinician has seen me about this")));
    }

    @Test
    void shouldSaveAPlanAfterSigningIn() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/log/save-plan").session(session).with(csrf()).param("step", "3").param("noRedFlags", "true")
                        .param("agoAmount", "2").param("agoUnit", "days").param("painScore", "6").param("age", "40"))
                .andExpect(redirectedUrl("/log/save-pending"));
        mvc.perform(get("/log/save-pending").session(session)).andExpect(redirectedUrl("/login"));

        mvc.perform(get("/log/save-pending").session(session).with(as(ann)))
                .andExpect(redirectedUrl("/log")).andExpect(flash().attribute("message", "log.message.planSaved"));
        EpisodeView episode = log.currentEpisode(ann.id()).orElseThrow();
        assertThat(episode.onsetDate()).isEqualTo(log.today().minusDays(2));
        mvc.perform(get("/log").with(as(ann)))
                .andExpect(content().string(containsString("Your next steps today:")))
                .andExpect(content().string(containsString("Heat and cold")));
    }

    @Test
    void shouldKeepTheRulesVersionAnEpisodeWasSavedWithAndWorkTodaysPlanOutWithTheCurrentRules() throws Exception {
        // saved under version 1 with no age: version 2 leaves out muscle relaxants and manipulation without an age
        log.startFromAssessment(ann.id(), Assessment.of(2, 8));
        long episode = log.currentEpisode(ann.id()).orElseThrow().id();
        jdbc.update("update episode set rules_version = '2026-11-22.1' where id = ?", episode);
        log.saveEntry(ann.id(), episode, entryOf(log.today(), 8, "stiff"));

        assertThat(log.currentEpisode(ann.id()).orElseThrow().rulesVersion()).isEqualTo("2026-11-22.1");
        String page = mvc.perform(get("/log").with(as(ann))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Your plan was saved with SpasmCare rules version 2026-11-22.1.")
                .contains("version " + org.spasmcare.triage.CarePlanner.RULES_VERSION);
        LogView view = log.view(ann.id(), episode, 0);
        assertThat(view.plan().rulesVersion()).isEqualTo(org.spasmcare.triage.CarePlanner.RULES_VERSION);
        assertThat(view.plan().recommendations()).extracting(step -> step.treatment())
                .doesNotContain(TreatmentCode.MUSCLE_RELAXANTS, TreatmentCode.SPINAL_MANIPULATION);
    }

    @Test
    void shouldSayNothingAboutRulesVersionsForAnEpisodeSavedWithTheCurrentRules() throws Exception {
        log.startFromAssessment(ann.id(), Assessment.of(2, 6).withAge(40));

        assertThat(log.currentEpisode(ann.id()).orElseThrow().rulesVersion())
                .isEqualTo(org.spasmcare.triage.CarePlanner.RULES_VERSION);
        mvc.perform(get("/log").with(as(ann)))
                .andExpect(content().string(not(containsString("Your plan was saved with SpasmCare rules version"))));
    }

    @Test
    void shouldExportEverythingAsCsvWithFormulasDefused() throws Exception {
        log.startFromAssessment(ann.id(), Assessment.of(2, 6).withSafetyFactors(org.spasmcare.triage.SafetyFactor.KIDNEY_DISEASE));
        long episode = log.currentEpisode(ann.id()).orElseThrow().id();
        log.saveEntry(ann.id(), episode, entryOf(log.today(), 5, "=HYPERLINK(\"x\"), with a comma"));

        String csv = mvc.perform(get("/account/export.csv").with(as(ann)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsString();

        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("episode_id,episode_onset_date");
        assertThat(lines.get(1)).contains("KIDNEY_DISEASE").contains(log.today().toString())
                .contains("\"'=HYPERLINK(\"\"x\"\"), with a comma\"");
    }

    @Test
    void shouldDeleteTheAccountAndItsWholeLogOnlyAfterConfirmation() throws Exception {
        log.startByHand(ann.id(), log.today().minusDays(3));
        long episode = log.currentEpisode(ann.id()).orElseThrow().id();
        log.saveEntry(ann.id(), episode, entryOf(log.today(), 5, "note"));

        mvc.perform(post("/account/delete").with(as(ann)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tick the box to confirm")));
        assertThat(accounts.find(ann.id())).isPresent();

        mvc.perform(post("/account/delete").with(as(ann)).with(csrf()).param("confirm", "true"))
                .andExpect(redirectedUrl("/?deleted"));
        assertThat(accounts.find(ann.id())).isEmpty();
        assertThat(log.episodes(ann.id())).isEmpty();
        assertThat(log.currentEpisode(bob.id())).isEmpty(); // Bob's (empty) log is not touched either way
        assertThat(accounts.find(bob.id())).isPresent();
    }

    @Test
    void shouldSendTheBrowserToTheErrorSummaryAtTheTopOfTheEntryFormAfterARejectedSave() throws Exception {
        log.startByHand(ann.id(), log.today().minusDays(5));
        String page = mvc.perform(entry(ann, log.today(), 11, 3)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        org.jsoup.nodes.Element form = org.jsoup.Jsoup.parse(page).selectFirst("form.entry-form");
        // the log is a long page: without JavaScript the browser scrolls to the summary the action names
        assertThat(form.attr("action")).isEqualTo("/log/entries#error-summary");
        org.jsoup.nodes.Element summary = form.children().stream() // the first thing in the form one can see
                .filter(child -> !"hidden".equals(child.attr("type"))).findFirst().orElseThrow();
        assertThat(summary.id()).isEqualTo("error-summary");
        assertThat(summary.attr("tabindex")).isEqualTo("-1");
        assertThat(summary.text()).contains("Choose a number from 0 to 10 for your pain.");
    }

    private SignedInAccount register(String name) {
        RegistrationForm form = new RegistrationForm();
        form.setUsername(name);
        form.setPassword("a long and unusual passphrase");
        form.setConfirmPassword("a long and unusual passphrase");
        return accounts.registerPatient(form, new BeanPropertyBindingResult(form, "registration")).orElseThrow();
    }

    private static RequestPostProcessor as(SignedInAccount account) {
        return user(account);
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder entry(SignedInAccount who,
            LocalDate date, int pain, int interference) {
        return post("/log/entries").with(as(who)).with(csrf()).param("date", date.toString())
                .param("pain", String.valueOf(pain)).param("interference", String.valueOf(interference));
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder edit(SignedInAccount who,
            long id, long version, int pain, String notes) {
        return post("/log/entries/" + id).with(as(who)).with(csrf()).param("date", log.today().toString())
                .param("pain", String.valueOf(pain)).param("interference", "2").param("notes", notes)
                .param("version", String.valueOf(version));
    }

    private EntryView onlyEntry(SignedInAccount who) {
        return log.view(who.id(), log.currentEpisode(who.id()).orElseThrow().id(), 0).entries().getContent().get(0);
    }

    private static ValidEntry entryOf(LocalDate date, int pain, String notes) {
        return new ValidEntry(date, pain, 3, Set.of(TreatmentCode.NSAIDS), Set.<RedFlag>of(), notes);
    }
}
