package org.spasmcare.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spasmcare.account.AccountService;
import org.spasmcare.account.RegistrationForm;
import org.spasmcare.account.SignedInAccount;
import org.spasmcare.support.TestClock;
import org.spasmcare.triage.Assessment;
import org.spasmcare.triage.RedFlag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * The recovery log's warnings and red flags (clinical rules version 2, §8) through the real /log pages and their
 * stable hooks: data-warning on each warning, data-disposition on the red-flag alert. The app runs on the test
 * clock, so TODAY is the same day whenever this runs.
 */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureTestDatabase
@Import(TestClock.Config.class)
class LogWarningsWebTest {

    private static final LocalDate TODAY = TestClock.TODAY;

    @Autowired
    private MockMvc mvc;

    @Autowired
    private AccountService accounts;

    @Autowired
    private RecoveryLog log;

    @Autowired
    private JdbcTemplate jdbc;

    private SignedInAccount ann;

    @BeforeEach
    void aPatientWithALog() {
        ann = register("ann" + System.nanoTime());
        log.startFromAssessment(ann.id(), Assessment.of(30, 5).withAge(40));
    }

    @Test
    void shouldKeepALoggedRedFlagShowingUntilThePatientSaysAClinicianSawThem() throws Exception {
        add(TODAY.minusDays(28), 5, 5, "SADDLE_NUMBNESS");
        for (int day = 27; day >= 20; day--) {
            add(TODAY.minusDays(day), 4, 4);
        }
        assertThat(alertDisposition()).as("still showing 8 days later").isEqualTo("EMERGENCY");

        Document refused = Jsoup.parse(seen(TODAY.plusDays(1)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(refused.select("#seen-question .field-error").text()).contains("cannot be after today");
        assertThat(refused.select("#seen-date").val()).isEqualTo(TODAY.plusDays(1).toString());
        assertThat(alertDisposition()).as("a future date records nothing").isEqualTo("EMERGENCY");
        mvc.perform(post("/log/seen").with(user(ann)).param("date", TODAY.toString())).andExpect(status().isForbidden());

        seen(TODAY.minusDays(1)).andExpect(status().isFound());
        assertThat(alertDisposition()).isNull();
        assertThat(page().select("[data-disposition]")).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from red_flag_seen", Integer.class)).isPositive();

        // a flag saved afterwards, on an old day's entry, raises the alert again
        long old = entryId(TODAY.minusDays(25));
        mvc.perform(editEntry(old, TODAY.minusDays(25), "FEVER")).andExpect(status().isFound());
        assertThat(alertDisposition()).isEqualTo("URGENT");
        assertThat(page().select("[data-disposition] .disposition__reasons li").text()).contains("fever")
                .doesNotContain("genitals");
    }

    @Test
    void shouldAskFirstBeforeDeletingTheEntryWhoseFlagShowsAndTakeTheAlertWithIt() throws Exception {
        add(TODAY.minusDays(3), 5, 5, "FEVER");
        long id = entryId(TODAY.minusDays(3));

        Document ask = Jsoup.parse(mvc.perform(get("/log/entries/" + id + "/delete").with(user(ann)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(ask.select("#delete-red-flag").text()).contains("also removes the alert");
        assertThat(ask.select("form[action$=/delete] button")).hasSize(1);
        assertThat(alertDisposition()).as("asking deletes nothing").isEqualTo("URGENT");

        mvc.perform(post("/log/entries/" + id + "/delete").with(user(ann)).with(csrf())).andExpect(status().isFound());
        assertThat(alertDisposition()).isNull();
    }

    @Test
    void shouldAskFirstBeforeAnEditTakesAShowingFlagAway() throws Exception {
        add(TODAY.minusDays(3), 5, 5, "FEVER");
        long id = entryId(TODAY.minusDays(3));

        String asked = mvc.perform(editEntry(id, TODAY.minusDays(3))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(Jsoup.parse(asked).select("#remove-red-flag").text()).contains("alert at the top of your log goes with it");
        assertThat(alertDisposition()).as("nothing saved yet").isEqualTo("URGENT");

        mvc.perform(editEntry(id, TODAY.minusDays(3)).param("removeRedFlagConfirmed", "true"))
                .andExpect(status().isFound());
        assertThat(alertDisposition()).isNull();
    }

    @Test
    void shouldMarkEachWarningWithItsCodeAndNothingElse() throws Exception {
        // creeping from 3 to 10, daily NSAIDs logged on weekdays only, relaxants for 9 days
        for (int day = 16; day >= 0; day--) {
            LocalDate date = TODAY.minusDays(day);
            int pain = Math.min(10, 3 + (16 - day) / 2);
            boolean weekday = date.getDayOfWeek().getValue() <= 5;
            MockHttpServletRequestBuilder entry = entry(date, pain, 8);
            if (weekday) {
                entry.param("treatments", "NSAIDS");
            }
            if (day < 9) {
                entry.param("treatments", "MUSCLE_RELAXANTS");
            }
            mvc.perform(entry).andExpect(status().isFound());
        }

        Document page = page();
        assertThat(page.select("[data-warning]").eachAttr("data-warning")).containsExactly("WORSENING",
                "HIGH_PAIN_PERSISTS", "HIGH_INTERFERENCE_PERSISTS", "MUSCLE_RELAXANTS_TOO_LONG", "NSAIDS_TOO_OFTEN");
        assertThat(page.select("[data-disposition]")).as("no red flag was logged").isEmpty();
        assertThat(page.select(".disposition--routine")).hasSize(1);
    }

    @Test
    void shouldNotAskAnyoneToBookAClinicianForFourWeeksOfNoPain() throws Exception {
        for (int day = 28; day >= 0; day -= 7) {
            add(TODAY.minusDays(day), 0, 0);
        }

        Document page = page();
        assertThat(page.select("[data-warning]")).isEmpty();
        assertThat(page.select(".disposition--routine")).as("the episode's own plan: day 30 is SUBACUTE").hasSize(1);
    }

    @Test
    void shouldTakeTheHigherOfTheLogsDispositionAndThePlanWorkedOutAgainForToday() throws Exception {
        log.startFromAssessment(ann.id(), Assessment.of(3, 5).withAge(40).withPregnant(true));
        add(TODAY, 9, 5);

        Document page = page();
        assertThat(page.select(".disposition--urgent")).hasSize(1);
        assertThat(page.text()).contains("Contact your midwife today");
    }

    @Test
    void shouldStartTheCheckInOnTheLatestDayWithoutAnEntryAndSayWhenTodayIsLogged() throws Exception {
        assertThat(page().select("#date").val()).isEqualTo(TODAY.toString());
        assertThat(page().text()).doesNotContain("Today is already logged");

        add(TODAY, 3, 3);
        add(TODAY.minusDays(1), 3, 3);
        Document page = page();
        assertThat(page.select("#date").val()).isEqualTo(TODAY.minusDays(2).toString());
        assertThat(page.text()).contains("Today is already logged");
    }

    @Test
    void shouldAskOnlyTheSignsThatCanBeNewButAcceptAnyRedFlag() throws Exception {
        Document form = page();
        List<String> asked = form.select("details#redFlags-question input[name=redFlags]").eachAttr("value");
        assertThat(asked).contains("SADDLE_NUMBNESS", "BOTH_LEGS", "FEVER", "NEW_LEG_WEAKNESS")
                .doesNotContain("CANCER_HISTORY", "MAJOR_TRAUMA", "FIRST_EPISODE_OVER_50");
        assertThat(form.select("details#redFlags-question").hasAttr("open")).isFalse();

        add(TODAY.minusDays(1), 4, 4, "CANCER_HISTORY");
        assertThat(alertDisposition()).isEqualTo("URGENT");
        long id = entryId(TODAY.minusDays(1));
        Document edit = Jsoup.parse(mvc.perform(get("/log/entries/" + id + "/edit").with(user(ann))).andReturn()
                .getResponse().getContentAsString());
        assertThat(edit.select("input[name=redFlags][value=CANCER_HISTORY]").hasAttr("checked")).isTrue();
        assertThat(edit.select("details#redFlags-question").hasAttr("open")).isTrue();
    }

    /**
     * A property over generated logs: after any mix of adding, editing and deleting entries with red flags and
     * saying a clinician has seen you, a flag shows exactly when it is on an entry as it is now and was saved
     * (added, or added back) after the last confirmation.
     */
    @Test
    void aFlagShouldShowExactlyWhenItWasSavedAfterTheLastConfirmation() {
        qt().withExamples(60).forAll(lists()
                .of(integers().between(0, 4 * 5 * 8 - 1)).ofSizeBetween(1, 14))
                .checkAssert(this::replay);
    }

    private static final List<RedFlag> FLAGS = List.of(RedFlag.SCIATICA,
            RedFlag.FEVER, RedFlag.SADDLE_NUMBNESS);

    /** Each code: an operation (add or edit, delete, confirm, add or edit), one of 5 days, a subset of 3 flags. */
    private void replay(List<Integer> codes) {
        SignedInAccount who = register("prop" + System.nanoTime());
        long episode = log.startFromAssessment(who.id(), Assessment.of(10, 4).withAge(40)).id();
        Map<LocalDate, Map<RedFlag, Integer>> model = new HashMap<>();
        int lastConfirmation = -1;
        for (int step = 0; step < codes.size(); step++) {
            int code = codes.get(step);
            int operation = code % 4;
            LocalDate date = TODAY.minusDays(code / 4 % 5);
            Set<RedFlag> flags = EnumSet.noneOf(RedFlag.class);
            for (int bit = 0; bit < FLAGS.size(); bit++) {
                if ((code / 20 & (1 << bit)) != 0) {
                    flags.add(FLAGS.get(bit));
                }
            }
            Long id = jdbc.query("select id from log_entry where episode_id = ? and entry_date = ?",
                    rs -> rs.next() ? rs.getLong(1) : null, episode, date);
            if (operation == 1) {
                if (id != null) {
                    log.deleteEntry(who.id(), id);
                    model.remove(date);
                }
            } else if (operation == 2) {
                if (log.confirmSeen(who.id(), episode, TODAY)) {
                    lastConfirmation = step;
                }
            } else {
                ValidEntry entry = new ValidEntry(date, 4, 4, Set.of(), flags, null);
                if (id == null) {
                    log.saveEntry(who.id(), episode, entry);
                } else {
                    log.updateEntry(who.id(), id, log.entry(who.id(), id).orElseThrow().version(), entry, true);
                }
                Map<RedFlag, Integer> savedAt = model.computeIfAbsent(date,
                        day -> new EnumMap<>(RedFlag.class));
                savedAt.keySet().retainAll(flags);
                for (RedFlag flag : flags) {
                    savedAt.putIfAbsent(flag, step); // kept flags keep the step they were saved at
                }
            }
            int confirmedAt = lastConfirmation;
            Set<RedFlag> expected = EnumSet.noneOf(RedFlag.class);
            model.values().forEach(savedAt -> savedAt.forEach((flag, savedStep) -> {
                if (savedStep > confirmedAt) {
                    expected.add(flag);
                }
            }));
            assertThat(log.view(who.id(), episode, 0).progress().showingRedFlags()).as("after %s", codes.subList(0, step + 1))
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void shouldGiveAClinicianTheAnswersTheRedFlagsLoggedAndSeenTheMedicineDaysAndTheNotes() throws Exception {
        log.startFromAssessment(ann.id(), new Assessment(20, 7, Set.of(RedFlag.SCIATICA),
                Set.of(org.spasmcare.triage.SafetyFactor.ASTHMA), 52, false, true));
        add(TODAY.minusDays(6), 6, 5, "FEVER");
        seen(TODAY.minusDays(5)).andExpect(status().isFound());
        mvc.perform(entry(TODAY.minusDays(4), 5, 4).param("treatments", "NSAIDS").param("treatments", "MUSCLE_RELAXANTS")
                .param("notes", "walked to the shop")).andExpect(status().isFound());
        mvc.perform(entry(TODAY.minusDays(3), 5, 4).param("treatments", "NSAIDS")).andExpect(status().isFound());

        Document summary = Jsoup.parse(mvc.perform(get("/log/summary").with(user(ann))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        String text = summary.text();
        assertThat(text).contains("Printed on 15 November 2026")
                .contains("Warning signs asked about 18 signs")
                .contains("Pain shooting down one leg below the knee")
                .contains("Asthma (not made worse by ibuprofen or aspirin)")
                .contains("Age 52").contains("Pregnant, or may be No").contains("Flare-up of a long-term problem Yes")
                .contains("Today's advice uses rules version " + org.spasmcare.triage.CarePlanner.RULES_VERSION)
                .contains("Acute: less than 4 weeks")
                .contains("9 November 2026").contains("A fever or chills")
                .contains("(the patient says a clinician has seen them about this)")
                .contains("The patient says a clinician saw them on 10 November 2026")
                .contains("Days with painkillers like ibuprofen: 2. Days with muscle relaxants: 1.")
                .contains("walked to the shop")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}(?![.\\d])"); // no ISO dates (the rules version is not one)
    }

    @Test
    void shouldSayWhenTheLogWasStartedByHandWithoutTheCheck() throws Exception {
        log.startByHand(ann.id(), TODAY.minusDays(3));
        add(TODAY, 4, 4);

        String text = Jsoup.parse(mvc.perform(get("/log/summary").with(user(ann))).andReturn().getResponse()
                .getContentAsString()).text();
        assertThat(text).contains("The log was started by hand, without the check.")
                .contains("No warning signs were logged.");
    }

    // ---------------------------------------------------------------- helpers

    private void add(LocalDate date, int pain, int interference, String... redFlags) throws Exception {
        MockHttpServletRequestBuilder request = entry(date, pain, interference);
        for (String flag : redFlags) {
            request.param("redFlags", flag);
        }
        mvc.perform(request).andExpect(status().isFound());
    }

    private MockHttpServletRequestBuilder entry(LocalDate date, int pain, int interference) {
        return post("/log/entries").with(user(ann)).with(csrf()).param("date", date.toString())
                .param("pain", String.valueOf(pain)).param("interference", String.valueOf(interference));
    }

    private MockHttpServletRequestBuilder editEntry(long id, LocalDate date, String... redFlags) throws Exception {
        EntryView entry = log.entry(ann.id(), id).orElseThrow();
        MockHttpServletRequestBuilder request = post("/log/entries/" + id).with(user(ann)).with(csrf())
                .param("date", date.toString()).param("pain", String.valueOf(entry.pain()))
                .param("interference", String.valueOf(entry.interference())).param("version", String.valueOf(entry.version()));
        for (String flag : redFlags) {
            request.param("redFlags", flag);
        }
        return request;
    }

    private ResultActions seen(LocalDate date) throws Exception {
        return mvc.perform(post("/log/seen").with(user(ann)).with(csrf()).param("date", date.toString()));
    }

    private long entryId(LocalDate date) {
        return jdbc.queryForObject("select e.id from log_entry e join episode p on p.id = e.episode_id"
                + " where p.account_id = ? and p.is_current = true and e.entry_date = ?", Long.class, ann.id(), date);
    }

    private Document page() throws Exception {
        return Jsoup.parse(mvc.perform(get("/log").with(user(ann))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }

    private String alertDisposition() throws Exception {
        Document page = page();
        return page.select("[data-disposition]").isEmpty() ? null : page.select("[data-disposition]").attr("data-disposition");
    }

    private SignedInAccount register(String name) {
        RegistrationForm form = new RegistrationForm();
        form.setUsername(name);
        form.setPassword("a long and unusual passphrase");
        form.setConfirmPassword("a long and unusual passphrase");
        return accounts.registerPatient(form, new BeanPropertyBindingResult(form, "registration")).orElseThrow();
    }
}
