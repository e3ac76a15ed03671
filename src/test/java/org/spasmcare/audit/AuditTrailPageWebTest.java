package org.spasmcare.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.spasmcare.account.TestAccounts.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Properties;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spasmcare.account.SignedInAccount;
import org.spasmcare.account.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The admin's audit trail page: newest first, 50 a page, times in UTC ("18 November 2026, 14:20 UTC", ISO in the datetime attribute), every field escaped. */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureTestDatabase
class AuditTrailPageWebTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private AuditTrail audit;

    @Autowired
    private JdbcTemplate jdbc;

    private SignedInAccount admin;

    @BeforeEach
    void anAdminAndAnEmptyTrail() {
        jdbc.update("delete from audit_event");
        admin = TestAccounts.in(context).admin();
    }

    @Test
    void shouldShowTheNewestLinesFirstWithTheirTimeWhoWhatTargetAndDetail() throws Exception {
        audit.record("editor1", AuditAction.SAVE_DRAFT, "heat-and-cold", "summary changed");
        audit.record("editor2", AuditAction.PUBLISH, "massage", null);

        Document page = page("/admin/audit");

        var rows = page.select("table.audit-trail tbody tr");
        assertThat(rows).hasSize(2);
        assertThat(cells(rows.get(0))).containsExactly(time(rows.get(0)), "editor2", "Published", "massage", "");
        assertThat(cells(rows.get(1))).containsExactly(time(rows.get(1)), "editor1", "Saved a draft", "heat-and-cold",
                "summary changed");
        // people read "18 November 2026, 14:20 UTC"; machines get ISO 8601, to the second, in the datetime attribute
        String iso = rows.get(0).selectFirst("time").attr("datetime");
        assertThat(iso).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
        java.time.ZonedDateTime at = java.time.Instant.parse(iso).atZone(java.time.ZoneOffset.UTC);
        assertThat(time(rows.get(0))).isEqualTo(java.time.format.DateTimeFormatter
                .ofPattern("d MMMM yyyy, HH:mm 'UTC'", java.util.Locale.ENGLISH).format(at));
        assertThat(time(rows.get(0))).matches("\\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{2}:\\d{2} UTC");
        assertThat(page.select("h1")).hasSize(1);
    }

    @Test
    void shouldEscapeEverythingItShows() throws Exception {
        audit.record("<b>actor</b>", AuditAction.REVERT, "<img src=x onerror=alert(1)>", "<script>alert('x')</script>");

        String html = mvc.perform(get("/admin/audit").with(as(admin))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("<b>actor")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").contains("&lt;b&gt;actor&lt;/b&gt;");
    }

    @Test
    void shouldPageFiftyLinesAtATimeAndTakeAnyPageNumberCalmly() throws Exception {
        for (int i = 1; i <= AuditTrail.PAGE_SIZE + 5; i++) {
            audit.record("editor", AuditAction.SAVE_DRAFT, "line-" + i, null);
        }

        Document first = page("/admin/audit");
        assertThat(first.select("table.audit-trail tbody tr")).hasSize(AuditTrail.PAGE_SIZE);
        assertThat(cells(first.select("table.audit-trail tbody tr").first())).contains("line-55");
        assertThat(first.select("a[href=/admin/audit?page=1]")).hasSize(1);
        assertThat(first.select("caption").text()).isEqualTo("Lines 1 to 50 of 55");

        Document second = page("/admin/audit?page=1");
        assertThat(second.select("table.audit-trail tbody tr")).hasSize(5);
        assertThat(cells(second.select("table.audit-trail tbody tr").last())).contains("line-1");
        assertThat(second.select("a[href=/admin/audit?page=0]")).hasSize(1);

        mvc.perform(get("/admin/audit").param("page", "abc").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("line-55")));
        mvc.perform(get("/admin/audit").param("page", "-3").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("line-55")));
        mvc.perform(get("/admin/audit").param("page", "99999999999").with(as(admin))).andExpect(status().isOk());
        mvc.perform(get("/admin/audit").param("page", "7").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("There is nothing on this page")))
                .andExpect(content().string(not(containsString("line-"))));
    }

    @Test
    void shouldSaySoWhenNothingIsRecordedYet() throws Exception {
        mvc.perform(get("/admin/audit").with(as(admin)))
                .andExpect(content().string(containsString("Nothing has been recorded yet.")));
    }

    @Test
    void shouldHaveWordsForEveryAction() throws Exception {
        Properties messages = PropertiesLoaderUtils.loadProperties(new ClassPathResource("messages.properties"));
        for (AuditAction action : AuditAction.values()) {
            assertThat(messages.getProperty("audit.action." + action.name())).as(action.name()).isNotBlank();
        }
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(as(admin))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private static java.util.List<String> cells(Element row) {
        return row.select("td").stream().map(Element::text).toList();
    }

    private static String time(Element row) {
        return row.selectFirst("td").text();
    }
}
