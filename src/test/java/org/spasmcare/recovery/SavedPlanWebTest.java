package org.spasmcare.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spasmcare.account.SignedInAccount;
import org.spasmcare.account.TestAccounts;
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
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * "Save to my log" through the whole app (MockMvc, in-memory database), on a clock the test moves: the
 * onset a plan was made with survives a sign-in after midnight.
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

    private SignedInAccount ann;

    @BeforeEach
    void aPatientAtNoon() {
        CLOCK.setTo(TestClock.START);
        ann = TestAccounts.in(context).patient();
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
}
