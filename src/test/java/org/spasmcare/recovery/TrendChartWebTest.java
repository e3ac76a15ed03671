package org.spasmcare.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spasmcare.account.AccountService;
import org.spasmcare.account.RegistrationForm;
import org.spasmcare.account.SignedInAccount;
import org.spasmcare.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * The trend chart on the log and the clinician summary, through the whole app (MockMvc, in-memory database):
 * drawn by the Thymeleaf fragment, with its title, desc, grid labels, dates in the request's language and a
 * line that breaks where days were not logged. Entries are written straight to the database, on dates
 * counted from TestClock.TODAY (15 November 2026).
 */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureTestDatabase
@Import(TestClock.Config.class)
class TrendChartWebTest {

    private static final LocalDate TODAY = TestClock.TODAY;

    @Autowired
    private MockMvc mvc;

    @Autowired
    private AccountService accounts;

    @Autowired
    private JdbcTemplate jdbc;

    private SignedInAccount ann;

    /** Five days logged, three days missed, then four more days up to today. */
    @BeforeEach
    void aLogWithAGap() {
        RegistrationForm form = new RegistrationForm();
        form.setUsername("chart" + System.nanoTime());
        form.setPassword("a long and unusual passphrase");
        form.setConfirmPassword("a long and unusual passphrase");
        ann = accounts.registerPatient(form, new BeanPropertyBindingResult(form, "registration")).orElseThrow();
        jdbc.update("insert into episode (account_id, onset_date, started_at, is_current, red_flags, safety_factors)"
                + " values (?, ?, CURRENT_TIMESTAMP, true, '', '')", ann.id(), Date.valueOf(TODAY.minusDays(20)));
        long episode = jdbc.queryForObject("select id from episode where account_id = ?", Long.class, ann.id());
        int[] pains = {8, 7, 7, 6, 6, -1, -1, -1, 5, 4, 4, 3};
        for (int day = 0; day < pains.length; day++) {
            if (pains[day] >= 0) {
                jdbc.update("insert into log_entry (episode_id, entry_date, pain, interference, red_flags)"
                        + " values (?, ?, ?, ?, '')", episode, Date.valueOf(TODAY.minusDays(11 - day)), pains[day],
                        pains[day] - 1);
            }
        }
    }

    @Test
    void shouldDrawTheChartFromTheFragmentWithABreakWhereDaysWereNotLogged() throws Exception {
        Document page = page("/log", Locale.UK);

        Element svg = page.selectFirst("#trend-heading ~ .chart svg.chart__svg");
        assertThat(svg).isNotNull();
        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.attr("aria-labelledby")).isEqualTo("trend-title trend-desc");
        assertThat(svg.selectFirst("title#trend-title").text()).isEqualTo("Pain and how much it got in the way, over time");
        assertThat(svg.selectFirst("desc#trend-desc").text()).isEqualTo("Each point is one day. It shows your pain, and"
                + " how much it got in the way of your day, each from 0 to 10. A break in a line means you did not log"
                + " those days.");
        assertThat(svg.select("text.y-label").eachText()).containsExactly("0", "2", "4", "6", "8", "10");
        // 4 to 15 November: every third day (counted from 1 January 1970), the year under the first; 15 November
        // would crowd 12 November at the right edge
        assertThat(svg.select("text.x-label > tspan:first-child").eachText()).containsExactly("6 Nov", "9 Nov", "12 Nov");
        assertThat(svg.select("text.x-label tspan.x-label__year").eachText()).containsExactly("2026");

        List<double[][]> pain = svg.select("polyline.pain-line").stream().map(TrendChartWebTest::coordinates).toList();
        assertThat(pain).as("one line before the missed days, one after").hasSize(2);
        assertThat(pain.get(0)).hasDimensions(5, 2);
        assertThat(pain.get(1)).hasDimensions(4, 2);
        double day = pain.get(0)[1][0] - pain.get(0)[0][0];
        assertThat(pain.get(1)[0][0] - pain.get(0)[4][0]).as("four days on").isCloseTo(4 * day, org.assertj.core.api.Assertions.within(0.3));
        assertThat(pain.get(0)[0][1]).as("pain 8 drawn above pain 3").isLessThan(pain.get(1)[3][1]);
        assertThat(svg.select("polyline.interference-line")).hasSize(2);
        assertThat(svg.select("circle.pain-marker")).hasSize(9);
        assertThat(svg.select("rect.interference-marker")).hasSize(9);
        assertThat(page.select(".chart__legend li").eachText())
                .containsExactly("Pain", "Got in the way", "A break in a line means you did not log those days.");

        assertThat(page.select("details.chart__table caption").text()).startsWith("Each point is one day.");
        assertThat(page.select("details.chart__table tbody th").eachText()).hasSize(9)
                .startsWith("4 November 2026", "5 November 2026").endsWith("15 November 2026");
        assertThat(page.select("details.chart__table tbody tr").get(0).select("td").eachText()).containsExactly("8.0", "7.0");
        assertThat(page.select(".chart, details.chart__table").text()).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void shouldWriteTheDatesInTheRequestsLanguage() throws Exception {
        Document page = page("/log", Locale.FRANCE);

        assertThat(page.select(".chart svg text.x-label > tspan:first-child").eachText()).first().isEqualTo("6 nov.");
        assertThat(page.select("details.chart__table tbody th").eachText()).first().isEqualTo("4 novembre 2026");
    }

    @Test
    void shouldDrawTheSameChartOnTheClinicianSummary() throws Exception {
        Document page = page("/log/summary", Locale.UK);

        Element svg = page.selectFirst(".chart--summary .chart svg.chart__svg");
        assertThat(svg).isNotNull();
        assertThat(svg.selectFirst("title").text()).isEqualTo("Pain and how much it got in the way, over time");
        assertThat(svg.select("text.y-label").eachText()).containsExactly("0", "2", "4", "6", "8", "10");
        assertThat(svg.select("polyline.pain-line")).hasSize(2);
        assertThat(page.select("details.chart__table tbody tr")).hasSize(9);
        assertThat(page.select("[style], style")).isEmpty();
    }

    private Document page(String path, Locale locale) throws Exception {
        String html = mvc.perform(get(path).with(user(ann)).locale(locale))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }

    private static double[][] coordinates(Element polyline) {
        return Arrays.stream(polyline.attr("points").trim().split(" "))
                .map(pair -> Arrays.stream(pair.split(",")).mapToDouble(Double::parseDouble).toArray())
                .toArray(double[][]::new);
    }
}
