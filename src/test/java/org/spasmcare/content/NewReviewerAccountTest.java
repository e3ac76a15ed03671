package org.spasmcare.content;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.spasmcare.account.SignedInAccount;
import org.spasmcare.account.TestAccounts;
import org.spasmcare.catalog.TreatmentContent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The two-person review's known limit: one admin can create a second staff account and publish their own
 * change with it. The review page and the published revision's page say when the reviewer's account was
 * created less than a day before it published. (Its own database: the property only keys a fresh context.)
 */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureTestDatabase
@TestPropertySource(properties = "spasmcare.content.second-reviewer=true")
class NewReviewerAccountTest {

    private static final String NEW_ON_REVIEW = "Your account was created less than a day ago.";
    private static final String NEW_ON_REVISION = "was created less than a day before it published this.";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ContentEditing editing;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private Clock clock;

    @Test
    void shouldSayWhenTheReviewersAccountIsLessThanADayOld() throws Exception {
        TestAccounts accounts = TestAccounts.in(context);
        SignedInAccount author = accounts.admin();
        SignedInAccount newcomer = accounts.staff(); // created now, as a second account made for the purpose
        SignedInAccount colleague = accounts.staff();
        madeAgo(colleague, Duration.ofDays(1).plusMinutes(1));

        int first = draft(author, "heat-and-cold", "A first change.");
        review("heat-and-cold", colleague).andExpect(content().string(not(containsString(NEW_ON_REVIEW))));
        review("heat-and-cold", newcomer).andExpect(content().string(containsString(NEW_ON_REVIEW)));
        publish(newcomer, "heat-and-cold", first);
        revision("heat-and-cold", first, colleague).andExpect(content().string(containsString(
                "The account " + newcomer.username() + " " + NEW_ON_REVISION)));

        int second = draft(author, "heat-and-cold", "A second change.");
        publish(colleague, "heat-and-cold", second);
        revision("heat-and-cold", second, newcomer).andExpect(content().string(not(containsString(NEW_ON_REVISION))));
        // revisions SpasmCare itself published (reviewer "system", no account) say nothing either
        revision("heat-and-cold", 2, newcomer).andExpect(content().string(containsString("Published by system")))
                .andExpect(content().string(not(containsString(NEW_ON_REVISION))));
    }

    private void madeAgo(SignedInAccount account, Duration age) {
        jdbc.update("update account set created_at = ? where username = ?",
                Timestamp.from(clock.instant().minus(age)), account.username());
    }

    private int draft(SignedInAccount who, String slug, String summary) throws Exception {
        ContentEditing.Editor editor = editing.editor(slug);
        TreatmentContent c = editor.content();
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("name", c.name());
        form.add("summary", summary);
        form.add("howTo", c.howTo());
        form.add("cautions", c.cautions());
        form.add("evidence", c.evidence());
        form.add("complexity", c.complexity());
        form.add("resources", c.resources());
        form.add("expectedOutcome", c.expectedOutcome());
        form.add("idealUse", c.idealUse());
        form.add("keyAdvantages", c.keyAdvantages());
        form.add("displayOrder", String.valueOf(c.displayOrder()));
        form.add("evidenceLevel", c.evidenceLevel());
        form.add("cost", c.cost());
        form.add("sources", c.sources());
        form.add("reviewedBy", c.reviewedBy());
        form.add("reviewedOn", c.reviewedOn().toString());
        form.add("reviewDue", c.reviewDue().toString());
        form.add("openedRevision", String.valueOf(editor.state().head().number()));
        mvc.perform(post("/staff/treatments/" + slug + "/edit").with(TestAccounts.as(who)).with(csrf()).params(form))
                .andExpect(flash().attribute("message", "staff.message.saved"));
        return editing.review(slug).state().head().number();
    }

    private ResultActions review(String slug, SignedInAccount who) throws Exception {
        return mvc.perform(get("/staff/treatments/" + slug + "/review").with(TestAccounts.as(who)))
                .andExpect(content().string(containsString("/publish")));
    }

    private void publish(SignedInAccount who, String slug, int revision) throws Exception {
        mvc.perform(post("/staff/treatments/" + slug + "/publish").with(TestAccounts.as(who)).with(csrf())
                .param("revision", String.valueOf(revision)))
                .andExpect(flash().attribute("message", "staff.review.PUBLISHED"));
    }

    private ResultActions revision(String slug, int number, SignedInAccount who) throws Exception {
        return mvc.perform(get("/staff/treatments/" + slug + "/revisions/" + number).with(TestAccounts.as(who)));
    }
}
