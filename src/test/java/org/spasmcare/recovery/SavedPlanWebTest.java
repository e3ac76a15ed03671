package org.spasmcare.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spasmcare.account.SignedInAccount;
import org.spasmcare.account.TestAccounts;
import org.spasmcare.recovery.internal.Episode;
import org.spasmcare.recovery.internal.EpisodeRepository;
import org.spasmcare.support.TestClock;
import org.spasmcare.triage.Assessment;
import org.spasmcare.triage.CarePlanner;
import org.spasmcare.triage.RedFlag;
import org.spasmcare.triage.SafetyFactor;
import org.spasmcare.triage.TreatmentCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * "Save to my log" through the whole app (MockMvc, in-memory database): with a current episode the patient
 * is asked whether it is the same back pain, and nothing is replaced, hidden, saved twice or lost on the way;
 * the save box says what will happen to whoever looks at it; staff are told they keep no log. The app runs
 * on a clock the test moves (noon on TestClock.TODAY unless a test says otherwise): the onset a plan was
 * made with survives a sign-in after midnight.
 */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureTestDatabase
@Import(SavedPlanWebTest.MovableClockConfig.class)
class SavedPlanWebTest {

    /** Ten to midnight (UTC, the app's zone here) on the usual test day. */
    static final Instant BEFORE_MIDNIGHT = TestClock.TODAY.atTime(23, 50).toInstant(ZoneOffset.UTC);

    @Autowired
    private MockMvc mvc;

    @Autowired
    private RecoveryLog log;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private EpisodeRepository episodes;

    private SignedInAccount ann;

    @BeforeEach
    void aPatientAtNoon() {
        CLOCK.setTo(TestClock.START);
        ann = TestAccounts.in(context).patient();
    }

    @Test
    void shouldStartTheLogAtOnceWhenThePatientHasNoCurrentEpisode() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(savePlan(session, "2").with(TestAccounts.as(ann))).andExpect(redirectedUrl("/log/save-pending"));
        mvc.perform(get("/log/save-pending").session(session).with(TestAccounts.as(ann)))
                .andExpect(redirectedUrl("/log")).andExpect(flash().attribute("message", "log.message.planSaved"));

        assertThat(log.episodes(ann.id())).singleElement().satisfies(episode -> {
            assertThat(episode.current()).isTrue();
            assertThat(episode.onsetDate()).isEqualTo(TestClock.TODAY.minusDays(2));
        });
    }

    @Test
    void shouldAskWhetherItIsTheSameBackPainAndChangeNothingUntilThePatientChooses() throws Exception {
        Episode before = episodeWithTwoEntries();
        MockHttpSession session = planWaiting("2");

        for (int visit = 0; visit < 2; visit++) { // and the same after a refresh
            mvc.perform(get("/log/save-pending").session(session).with(TestAccounts.as(ann)))
                    .andExpect(status().isOk())
                    .andExpect(view().name(SavedPlanController.SAME_PAIN_VIEW))
                    .andExpect(content().string(containsString("<h1>Is this the same back pain?</h1>")))
                    .andExpect(content().string(containsString("It is for back pain that started on 5 November 2026.")))
                    .andExpect(content().string(containsString("It has 2 entries.")))
                    .andExpect(content().string(containsString("Your new answers say this pain started on 13 November 2026.")))
                    .andExpect(content().string(containsString("Add to my current log")))
                    .andExpect(content().string(containsString("Start a new log")))
                    .andExpect(content().string(containsString("You can find it under Your episodes.")))
                    .andExpect(content().string(containsString("name=\"episode\" value=\"" + before.getId() + "\"")))
                    .andExpect(content().string(containsString("name=\"version\" value=\"" + before.getVersion() + "\"")))
                    .andExpect(content().string(containsString("name=\"_csrf\"")));
        }
        assertThat(episodes.findByAccountIdOrderByStartedAtDesc(ann.id())).singleElement().satisfies(episode -> {
            assertThat(episode.getId()).isEqualTo(before.getId());
            assertThat(episode.getPainScore()).isEqualTo(8);
            assertThat(episode.getVersion()).isEqualTo(before.getVersion());
        });
    }

    @Test
    void shouldAddThePlanToTheCurrentEpisodeKeepingItsOnsetAndEntriesAndSaveItOnlyOnce() throws Exception {
        Episode before = episodeWithTwoEntries();
        MockHttpSession session = planWaiting("2");
        mvc.perform(get("/log/save-pending").session(session).with(TestAccounts.as(ann))).andExpect(status().isOk());

        mvc.perform(answer(session, "same", before))
                .andExpect(redirectedUrl("/log")).andExpect(flash().attribute("message", "log.save.message.added"));

        Episode after = episodes.findByIdAndAccountId(before.getId(), ann.id()).orElseThrow();
        assertThat(episodes.findByAccountIdOrderByStartedAtDesc(ann.id())).hasSize(1);
        assertThat(after.isCurrent()).isTrue();
        assertThat(after.getOnsetDate()).as("its onset kept").isEqualTo(TestClock.TODAY.minusDays(10));
        assertThat(log.view(ann.id(), after.getId(), 0).entries().getTotalElements()).as("its entries kept").isEqualTo(2);
        assertThat(after.getPainScore()).isEqualTo(6);
        assertThat(after.getAge()).isEqualTo(40);
        assertThat(after.getSafetyFactors()).isEmpty();
        assertThat(after.getRedFlags()).isEmpty();
        assertThat(after.getFlareUp()).isFalse();
        assertThat(after.getRulesVersion()).isEqualTo(CarePlanner.RULES_VERSION);
        mvc.perform(get("/log").with(TestAccounts.as(ann)).flashAttr("message", "log.save.message.added"))
                .andExpect(content().string(containsString("Your new answers are now in your current log. Its start date and all its entries are kept.")));

        // a second click, a refresh, and the plan page's Save pressed again after Back: nothing more is saved
        mvc.perform(answer(session, "same", before))
                .andExpect(redirectedUrl("/log")).andExpect(flash().attribute("message", "log.save.message.alreadySaved"));
        mvc.perform(answer(session, "new", after))
                .andExpect(redirectedUrl("/log")).andExpect(flash().attribute("message", "log.save.message.alreadySaved"));
        mvc.perform(get("/log/save-pending").session(session).with(TestAccounts.as(ann)))
                .andExpect(redirectedUrl("/log")).andExpect(flash().attribute("message", "log.save.message.alreadySaved"));
        mvc.perform(savePlan(session, "2").with(TestAccounts.as(ann))).andExpect(redirectedUrl("/log/save-pending"));
        mvc.perform(get("/log/save-pending").session(session).with(TestAccounts.as(ann)))
                .andExpect(redirectedUrl("/log")).andExpect(flash().attribute("message", "log.save.message.alreadySaved"));
        assertThat(episodes.findByAccountIdOrderByStartedAtDesc(ann.id())).singleElement()
                .extracting(Episode::getVersion).isEqualTo(after.getVersion());
        mvc.perform(get("/log").with(TestAccounts.as(ann)).flashAttr("message", "log.save.message.alreadySaved"))
                .andExpect(content().string(containsString("This plan is already saved in your log.")));
    }

    @Test
    void shouldStartANewEpisodeAndKeepTheOldOneWithItsEntriesUnderYourEpisodes() throws Exception {
        Episode old = episodeWithTwoEntries();
        MockHttpSession session = planWaiting("2");
        mvc.perform(get("/log/save-pending").session(session).with(TestAccounts.as(ann))).andExpect(status().isOk());

        mvc.perform(answer(session, "new", old))
                .andExpect(redirectedUrl("/log")).andExpect(flash().attribute("message", "log.save.message.started"));
        mvc.perform(answer(session, "new", old)) // a double click
                .andExpect(redirectedUrl("/log")).andExpect(flash().attribute("message", "log.save.message.alreadySaved"));

        List<Episode> both = episodes.findByAccountIdOrderByStartedAtDesc(ann.id());
        assertThat(both).hasSize(2);
        Episode started = both.get(0);
        assertThat(started.isCurrent()).isTrue();
        assertThat(started.getOnsetDate()).isEqualTo(TestClock.TODAY.minusDays(2));
        assertThat(started.getPainScore()).isEqualTo(6);
        Episode kept = both.get(1);
        assertThat(kept.getId()).isEqualTo(old.getId());
        assertThat(kept.isCurrent()).isFalse();
        assertThat(kept.getOnsetDate()).isEqualTo(TestClock.TODAY.minusDays(10));
        assertThat(kept.getPainScore()).as("the old episode's answers untouched").isEqualTo(8);
        assertThat(log.view(ann.id(), kept.getId(), 0).entries().getTotalElements()).isEqualTo(2);

        mvc.perform(get("/log").with(TestAccounts.as(ann)).flashAttr("message", "log.save.message.started"))
                .andExpect(content().string(containsString(
                        "Your new log has started. Your old log is kept. To see it, choose Your episodes at the bottom of this page.")))
                .andExpect(content().string(containsString("href=\"/log/episodes\"")));
        mvc.perform(get("/log/episodes").with(TestAccounts.as(ann)))
                .andExpect(content().string(containsString(onAPage(TestClock.TODAY.minusDays(10)))))
                .andExpect(content().string(containsString(onAPage(TestClock.TODAY.minusDays(2)))));
    }

    @Test
    void shouldStartOneEpisodeOnlyWhenTwoAnswersArriveAtTheSameMoment() throws Exception {
        Episode old = episodeWithTwoEntries();
        // two requests of one session read it before either saved: both still hold the plan
        MockHttpSession first = planWaiting("2");
        MockHttpSession second = planWaiting("2");
        CountDownLatch ready = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<MvcResult>> answers = new ArrayList<>();
            for (MockHttpSession session : List.of(first, second)) {
                answers.add(pool.submit(() -> {
                    ready.await();
                    return mvc.perform(answer(session, "new", old)).andReturn();
                }));
            }
            ready.countDown();
            List<String> locations = new ArrayList<>();
            for (Future<MvcResult> answer : answers) {
                locations.add(answer.get().getResponse().getRedirectedUrl());
            }
            assertThat(locations).containsExactlyInAnyOrder("/log", "/log/save-pending"); // the other is asked again
        } finally {
            pool.shutdown();
        }
        assertThat(episodes.findByAccountIdOrderByStartedAtDesc(ann.id())).hasSize(2)
                .filteredOn(Episode::isCurrent).hasSize(1);
    }

    @Test
    void shouldAskAgainWhenTheLogChangedAfterTheQuestionAndChangeNothing() throws Exception {
        Episode asked = episodeWithTwoEntries();
        MockHttpSession session = planWaiting("2");
        mvc.perform(get("/log/save-pending").session(session).with(TestAccounts.as(ann))).andExpect(status().isOk());
        EpisodeView byHand = log.startByHand(ann.id(), TestClock.TODAY.minusDays(1)); // in another window

        mvc.perform(answer(session, "same", asked))
                .andExpect(redirectedUrl("/log/save-pending")).andExpect(flash().attribute("logChanged", true));
        mvc.perform(answer(session, "new", asked)).andExpect(redirectedUrl("/log/save-pending"));
        assertThat(episodes.findByIdAndAccountId(asked.getId(), ann.id()).orElseThrow().getPainScore()).isEqualTo(8);
        assertThat(episodes.findByAccountIdOrderByStartedAtDesc(ann.id())).hasSize(2);

        mvc.perform(get("/log/save-pending").session(session).with(TestAccounts.as(ann)).flashAttr("logChanged", true))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your log changed in another window after we asked. Please choose again.")))
                .andExpect(content().string(containsString("name=\"episode\" value=\"" + byHand.id() + "\"")))
                .andExpect(content().string(containsString("It has no entries yet.")));
    }

    @Test
    void shouldNeverTouchAnotherPatientsEpisode() throws Exception {
        Episode annsEpisode = episodeWithTwoEntries();
        SignedInAccount bob = TestAccounts.in(context).patient();
        MockHttpSession bobsSession = new MockHttpSession();
        mvc.perform(savePlan(bobsSession, "1").with(TestAccounts.as(bob)));

        for (String choice : List.of("same", "new")) {
            mvc.perform(post("/log/save-pending").session(bobsSession).with(TestAccounts.as(bob)).with(csrf())
                            .param("choice", choice).param("episode", String.valueOf(annsEpisode.getId()))
                            .param("version", String.valueOf(annsEpisode.getVersion())))
                    .andExpect(redirectedUrl("/log/save-pending"));
        }
        Episode after = episodes.findByIdAndAccountId(annsEpisode.getId(), ann.id()).orElseThrow();
        assertThat(after.isCurrent()).isTrue();
        assertThat(after.getPainScore()).isEqualTo(8);
        assertThat(after.getVersion()).isEqualTo(annsEpisode.getVersion());
        assertThat(log.episodes(bob.id())).isEmpty();
    }

    @Test
    void shouldSendAPersonWhosePlanWasLostBackToTheCheckWithAMessage() throws Exception {
        MockHttpSession expired = new MockHttpSession(); // a new session: the old one, and the plan in it, expired
        mvc.perform(get("/log/save-pending").session(expired).with(TestAccounts.as(ann)))
                .andExpect(redirectedUrl("/assessment")).andExpect(flash().attribute("message", "log.save.message.expired"));
        mvc.perform(post("/log/save-pending").session(expired).with(TestAccounts.as(ann)).with(csrf())
                        .param("choice", "same").param("episode", "1").param("version", "0"))
                .andExpect(redirectedUrl("/assessment")).andExpect(flash().attribute("message", "log.save.message.expired"));
        mvc.perform(get("/assessment").flashAttr("message", "log.save.message.expired"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "We could not find the plan you wanted to save. It may have timed out. Please answer the questions again.")))
                .andExpect(content().string(containsString("Step 1 of 3")));
        assertThat(log.episodes(ann.id())).isEmpty();
    }

    @Test
    void shouldRefuseAnAnswerWithoutACsrfToken() throws Exception {
        Episode asked = episodeWithTwoEntries();
        MockHttpSession session = planWaiting("2");
        mvc.perform(post("/log/save-pending").session(session).with(TestAccounts.as(ann)).param("choice", "new")
                .param("episode", String.valueOf(asked.getId())).param("version", String.valueOf(asked.getVersion())))
                .andExpect(status().isForbidden());
        assertThat(episodes.findByAccountIdOrderByStartedAtDesc(ann.id())).hasSize(1);
    }

    @Test
    void shouldTellStaffAndAdminsTheyKeepNoLogInsteadOfAForbiddenPage() throws Exception {
        TestAccounts accounts = TestAccounts.in(context);
        for (SignedInAccount colleague : List.of(accounts.staff(), accounts.admin())) {
            MockHttpSession session = new MockHttpSession();
            mvc.perform(savePlan(session, "2").with(TestAccounts.as(colleague)))
                    .andExpect(status().isOk())
                    .andExpect(view().name(SavedPlanController.STAFF_VIEW))
                    .andExpect(content().string(containsString("<h1>Staff accounts cannot keep a log</h1>")))
                    .andExpect(content().string(containsString("So nothing was saved.")))
                    .andExpect(content().string(containsString("sign in with a patient account")));
            assertThat(session.getAttribute(PendingPlan.SESSION_KEY)).isNull();

            // saved while signed out, then signed in with a staff account: told so, not sent to a 403
            MockHttpSession signedOut = new MockHttpSession();
            mvc.perform(savePlan(signedOut, "2")).andExpect(redirectedUrl("/log/save-pending"));
            mvc.perform(get("/log/save-pending").session(signedOut).with(TestAccounts.as(colleague)))
                    .andExpect(status().isOk())
                    .andExpect(view().name(SavedPlanController.STAFF_VIEW));
            assertThat(signedOut.getAttribute(PendingPlan.SESSION_KEY)).isNull();
            mvc.perform(post("/log/save-pending").session(signedOut).with(TestAccounts.as(colleague)).with(csrf())
                    .param("choice", "new")).andExpect(status().isOk()).andExpect(view().name(SavedPlanController.STAFF_VIEW));
            // the rest of the log stays closed to them
            mvc.perform(get("/log").with(TestAccounts.as(colleague))).andExpect(status().isForbidden());
        }
    }

    @Test
    void shouldTellOnlyAVisitorTheyWillBeAskedToSignIn() throws Exception {
        String signIn = "You will be asked to sign in or create an account first.";
        String saveButton = ">Save to my log</button>";
        mvc.perform(planPage())
                .andExpect(content().string(containsString(signIn)))
                .andExpect(content().string(containsString(saveButton)));

        mvc.perform(planPage().with(TestAccounts.as(ann)))
                .andExpect(content().string(not(containsString(signIn))))
                .andExpect(content().string(containsString("Your plan will start your recovery log.")))
                .andExpect(content().string(containsString(saveButton)));

        episodeWithTwoEntries();
        mvc.perform(planPage().with(TestAccounts.as(ann)))
                .andExpect(content().string(not(containsString(signIn))))
                .andExpect(content().string(containsString(
                        "You already have a log. It started on 5 November 2026. We will ask if this is the same back pain.")))
                .andExpect(content().string(containsString(saveButton)));

        mvc.perform(planPage().with(TestAccounts.as(TestAccounts.in(context).staff())))
                .andExpect(content().string(not(containsString(signIn))))
                .andExpect(content().string(containsString("You are signed in with a staff account. Only patient accounts can keep a log.")))
                .andExpect(content().string(not(containsString(saveButton))));
    }

    @Test
    void shouldKeepThePlansOnsetWhenItStartsANewEpisodeAfterMidnight() throws Exception {
        Episode old = episodeWithTwoEntries();
        CLOCK.setTo(BEFORE_MIDNIGHT);
        MockHttpSession session = planWaiting("2");
        CLOCK.setTo(BEFORE_MIDNIGHT.plus(Duration.ofMinutes(20)));

        mvc.perform(get("/log/save-pending").session(session).with(TestAccounts.as(ann)))
                .andExpect(content().string(containsString("Your new answers say this pain started on 13 November 2026.")));
        mvc.perform(answer(session, "new", old)).andExpect(redirectedUrl("/log"));
        assertThat(log.currentEpisode(ann.id()).orElseThrow().onsetDate()).isEqualTo(TestClock.TODAY.minusDays(2));
    }

    @AfterEach
    void backToNoon() {
        CLOCK.setTo(TestClock.START);
    }

    @Test
    void shouldKeepTheOnsetOfAPlanMadeBeforeMidnightWhenTheSignInIsAfter() throws Exception {
        CLOCK.setTo(BEFORE_MIDNIGHT);
        MockHttpSession session = new MockHttpSession();
        mvc.perform(savePlan(session, "2")).andExpect(redirectedUrl("/log/save-pending"));

        CLOCK.setTo(BEFORE_MIDNIGHT.plus(Duration.ofMinutes(20))); // 00:10 the next day
        assertThat(log.today()).isEqualTo(TestClock.TODAY.plusDays(1));
        mvc.perform(get("/log/save-pending").session(session).with(TestAccounts.as(ann)))
                .andExpect(redirectedUrl("/log")).andExpect(flash().attribute("message", "log.message.planSaved"));

        assertThat(log.currentEpisode(ann.id()).orElseThrow().onsetDate())
                .as("2 days before the day the plan was made, not before the day of the sign-in")
                .isEqualTo(TestClock.TODAY.minusDays(2));
    }

    /** Ann's current episode: saved from a plan 10 days ago (pain 8, kidney disease, a flare-up), two entries. */
    private Episode episodeWithTwoEntries() {
        EpisodeView episode = log.startFromAssessment(ann.id(), Assessment.of(10, 8)
                .withSafetyFactors(SafetyFactor.KIDNEY_DISEASE).withFlareUp(true), TestClock.TODAY.minusDays(10));
        for (int daysAgo = 1; daysAgo <= 2; daysAgo++) {
            log.saveEntry(ann.id(), episode.id(), new ValidEntry(TestClock.TODAY.minusDays(daysAgo), 7, 6,
                    Set.of(TreatmentCode.HEAT_COLD), Set.<RedFlag>of(), null));
        }
        return episodes.findByIdAndAccountId(episode.id(), ann.id()).orElseThrow();
    }

    /** Ann's session, holding the plan she asked to save (pain 6, age 40, began daysAgo days ago). */
    private MockHttpSession planWaiting(String daysAgo) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(savePlan(session, daysAgo).with(TestAccounts.as(ann))).andExpect(redirectedUrl("/log/save-pending"));
        return session;
    }

    private MockHttpServletRequestBuilder answer(MockHttpSession session, String choice, Episode asked) {
        return post("/log/save-pending").session(session).with(TestAccounts.as(ann)).with(csrf()).param("choice", choice)
                .param("episode", String.valueOf(asked.getId())).param("version", String.valueOf(asked.getVersion()));
    }

    /** The care plan page, as the last step of the check posts it. */
    private static MockHttpServletRequestBuilder planPage() {
        return post("/assessment").with(csrf()).param("step", "3").param("noRedFlags", "true").param("agoAmount", "2")
                .param("agoUnit", "days").param("painScore", "6").param("age", "40");
    }

    /** The plan page's "Save to my log": every answer, as the page's hidden fields carry them. */
    static MockHttpServletRequestBuilder savePlan(MockHttpSession session, String daysAgo) {
        return post("/log/save-plan").session(session).with(csrf()).param("step", "3").param("noRedFlags", "true")
                .param("agoAmount", daysAgo).param("agoUnit", "days").param("painScore", "6").param("age", "40");
    }

    static final MovableClock CLOCK = new MovableClock();

    /** The app's clock, set to any instant by the test and running on from there. */
    static final class MovableClock extends Clock {

        private volatile Duration offset = Duration.ZERO;

        void setTo(Instant now) {
            offset = Duration.between(Instant.now(), now);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(Clock.system(zone), offset);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class MovableClockConfig {
        @Bean
        @Primary
        Clock movableClock() {
            return CLOCK;
        }
    }

    /** A date as pages show it: "5 November 2026", never ISO. */
    private static String onAPage(java.time.LocalDate date) {
        return java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH).format(date);
    }
}
