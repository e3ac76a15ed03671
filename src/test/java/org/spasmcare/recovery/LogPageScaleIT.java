package org.spasmcare.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spasmcare.support.HttpSession;
import org.spasmcare.support.RunningApp;
import org.spasmcare.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Five years of daily entries: the log page still draws a chart of monthly averages from aggregate
 * queries and lists one page of entries. The time is logged for the benchmark notes, never asserted.
 *
 * <p>The log runs from the same day five calendar years ago up to the app's today (TestClock.TODAY), so it
 * touches 61 calendar months on any day (the first and last month are the same month of the year, five years
 * apart): 61 monthly points, one more than a chart keeps its markers for. (A count of days such as 5 * 365 + 1
 * touched only 60 months when today was the last day of a month, and the chart then kept its markers.)
 */
class LogPageScaleIT extends RunningApp {

    private static final Logger log = LoggerFactory.getLogger(LogPageScaleIT.class);
    /** TrendChart draws the markers of up to this many points, and none beyond. */
    private static final int MOST_POINTS_WITH_MARKERS = 60;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private EntityManagerFactory entityManagerFactory;

    @Test
    void shouldShowFiveYearsOfDailyEntriesAsMonthlyPointsAndOnePageOfEntries() throws Exception {
        String username = "fiveyears" + System.nanoTime();
        String password = "a patient with a long memory";
        HttpSession session = HttpSession.register(baseUrl(), username, password);
        long accountId = jdbc.queryForObject("select id from account where username = ?", Long.class, username);
        LocalDate today = TestClock.TODAY;
        LocalDate onset = today.minusYears(5);
        int days = (int) ChronoUnit.DAYS.between(onset, today) + 1;
        // the calendar months from the onset's to today's: the monthly points the chart should draw
        int months = (int) ChronoUnit.MONTHS.between(YearMonth.from(onset), YearMonth.from(today)) + 1;
        assertThat(months).as("months the log touches, from %s to %s", onset, today)
                .isGreaterThan(MOST_POINTS_WITH_MARKERS);
        jdbc.update("insert into episode (account_id, onset_date, started_at, is_current, red_flags, safety_factors)"
                + " values (?, ?, CURRENT_TIMESTAMP, true, '', '')", accountId, Date.valueOf(onset));
        long episodeId = jdbc.queryForObject("select id from episode where account_id = ?", Long.class, accountId);
        List<Object[]> rows = new ArrayList<>();
        for (int day = 0; day < days; day++) {
            rows.add(new Object[] {episodeId, Date.valueOf(onset.plusDays(day)), 3 + day % 5, 2 + day % 4, ""});
        }
        jdbc.batchUpdate("insert into log_entry (episode_id, entry_date, pain, interference, red_flags)"
                + " values (?, ?, ?, ?, ?)", rows);
        // every third day heat or cold and NSAIDs, the other days physical therapy
        List<Object[]> tried = new ArrayList<>();
        for (int day = 0; day < days; day++) {
            for (String treatment : day % 3 == 0 ? List.of("HEAT_COLD", "NSAIDS") : List.of("PHYSICAL_THERAPY")) {
                tried.add(new Object[] {treatment, episodeId, Date.valueOf(onset.plusDays(day))});
            }
        }
        jdbc.batchUpdate("insert into log_entry_treatment (log_entry_id, treatment) select id, ? from log_entry"
                + " where episode_id = ? and entry_date = ?", tried);

        for (int warmUp = 0; warmUp < 5; warmUp++) {
            session.get("/log");
        }
        long[] millis = new long[10];
        HttpResponse<String> page = null;
        for (int i = 0; i < millis.length; i++) {
            long started = System.nanoTime();
            page = session.get("/log");
            millis[i] = (System.nanoTime() - started) / 1_000_000;
        }
        java.util.Arrays.sort(millis);
        log.info("Log page with {} daily entries: median {} ms, fastest {} ms, slowest {} ms (10 requests after 5 warm-ups)",
                days, millis[5], millis[0], millis[9]);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).as("the app's today, the last day of the log").contains("max=\"" + today + "\"");
        assertThat(page.body()).contains("Each point is the average of one month");
        int chartPoints = (int) Pattern.compile("<circle|<rect class=\"interference").matcher(page.body()).results().count();
        assertThat(chartPoints).as("markers are dropped past 60 points").isZero();
        // The pain line breaks where a month has no entry (one polyline a run of months): here every month has
        // entries, so one polyline, and one point on it a calendar month.
        List<String> painLines = Pattern.compile("class=\"pain-line\"[^>]*points=\"([^\"]*)\"").matcher(page.body())
                .results().map(match -> match.group(1)).toList();
        assertThat(painLines).as("pain polylines").hasSize(1);
        int painPoints = painLines.stream().mapToInt(points -> points.trim().split(" ").length).sum();
        assertThat(painPoints).as("one point a calendar month").isEqualTo(months).isBetween(60, 62);
        assertThat(Pattern.compile("<polyline class=\"pain-line\"").matcher(page.body()).results().count())
                .as("every pain polyline has its points").isEqualTo(painLines.size());
        List<String> ticks = Pattern.compile("<text class=\"x-label\"[^>]*><tspan>([^<]*)</tspan>").matcher(page.body())
                .results().map(match -> match.group(1)).toList();
        assertThat(ticks).as("a date tick a year").hasSizeBetween(4, 6).allMatch(tick -> tick.matches("\\d{4}"));
        assertThat(Pattern.compile("class=\"entry\"").matcher(page.body()).results().count())
                .isEqualTo(RecoveryLog.ENTRIES_PER_PAGE);
        assertThat(page.body()).contains("Page 1 of " + (days + RecoveryLog.ENTRIES_PER_PAGE - 1) / RecoveryLog.ENTRIES_PER_PAGE);

        // The page's queries do not grow with the log: five years against one day, each entry with its treatments.
        // Two statements of slack: only a full page counts the entries for the pager, and the catalog asks
        // whether the treatments changed at most every few seconds (measured: 13 and 12 statements).
        String oneDayName = "oneday" + System.nanoTime();
        HttpSession oneDay = HttpSession.register(baseUrl(), oneDayName, password);
        long oneDayAccount = jdbc.queryForObject("select id from account where username = ?", Long.class, oneDayName);
        jdbc.update("insert into episode (account_id, onset_date, started_at, is_current, red_flags, safety_factors)"
                + " values (?, ?, CURRENT_TIMESTAMP, true, '', '')", oneDayAccount, Date.valueOf(today));
        jdbc.update("insert into log_entry (episode_id, entry_date, pain, interference, red_flags)"
                + " select id, ?, 4, 3, '' from episode where account_id = ?", Date.valueOf(today), oneDayAccount);
        jdbc.update("insert into log_entry_treatment (log_entry_id, treatment) select e.id, 'NSAIDS' from log_entry e"
                + " join episode p on p.id = e.episode_id where p.account_id = ?", oneDayAccount);
        oneDay.get("/log");
        long fiveYearsStatements = statementsOfLogPage(session);
        long oneDayStatements = statementsOfLogPage(oneDay);
        log.info("Log page statements: {} with {} daily entries, {} with one entry", fiveYearsStatements, days,
                oneDayStatements);
        assertThat(fiveYearsStatements).as("statements of the five-year log page").isLessThanOrEqualTo(oneDayStatements + 2);
    }

    /** The JDBC statements Hibernate prepares for one GET of the log page. */
    private long statementsOfLogPage(HttpSession session) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        try {
            assertThat(session.get("/log").statusCode()).isEqualTo(200);
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }
}
