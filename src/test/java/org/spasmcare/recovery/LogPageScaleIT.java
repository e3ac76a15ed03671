package org.spasmcare.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spasmcare.support.HttpSession;
import org.spasmcare.support.RunningApp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Five years of daily entries: the log page still draws a chart of monthly averages from aggregate
 * queries and lists one page of entries. The time is logged for the benchmark notes, never asserted.
 */
class LogPageScaleIT extends RunningApp {

    private static final Logger log = LoggerFactory.getLogger(LogPageScaleIT.class);
    private static final int DAYS = 5 * 365 + 1;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void shouldShowFiveYearsOfDailyEntriesAsMonthlyPointsAndOnePageOfEntries() throws Exception {
        String username = "fiveyears" + System.nanoTime();
        String password = "a patient with a long memory";
        HttpSession session = HttpSession.register(baseUrl(), username, password);
        long accountId = jdbc.queryForObject("select id from account where username = ?", Long.class, username);
        LocalDate today = LocalDate.now();
        LocalDate onset = today.minusDays(DAYS - 1);
        jdbc.update("insert into episode (account_id, onset_date, started_at, is_current, red_flags, safety_factors)"
                + " values (?, ?, CURRENT_TIMESTAMP, true, '', '')", accountId, Date.valueOf(onset));
        long episodeId = jdbc.queryForObject("select id from episode where account_id = ?", Long.class, accountId);
        List<Object[]> rows = new ArrayList<>();
        for (int day = 0; day < DAYS; day++) {
            rows.add(new Object[] {episodeId, Date.valueOf(onset.plusDays(day)), 3 + day % 5, 2 + day % 4,
                    day % 3 == 0 ? "HEAT_COLD,NSAIDS" : "PHYSICAL_THERAPY", ""});
        }
        jdbc.batchUpdate("insert into log_entry (episode_id, entry_date, pain, interference, treatments, red_flags)"
                + " values (?, ?, ?, ?, ?, ?)", rows);

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
                DAYS, millis[5], millis[0], millis[9]);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Each point is the average of one month");
        int chartPoints = (int) Pattern.compile("<circle|<rect class=\"interference").matcher(page.body()).results().count();
        assertThat(chartPoints).as("markers are dropped past 60 points").isZero();
        String painLine = page.body().replaceAll("(?s).*class=\"pain-line\"[^>]*points=\"([^\"]*)\".*", "$1");
        assertThat(painLine.split(" ")).hasSizeBetween(60, 62);
        assertThat(Pattern.compile("class=\"entry\"").matcher(page.body()).results().count())
                .isEqualTo(RecoveryLog.ENTRIES_PER_PAGE);
        assertThat(page.body()).contains("Page 1 of " + (DAYS + RecoveryLog.ENTRIES_PER_PAGE - 1) / RecoveryLog.ENTRIES_PER_PAGE);
    }
}
