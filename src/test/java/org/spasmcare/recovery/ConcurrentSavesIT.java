package org.spasmcare.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.spasmcare.support.HttpSession;
import org.spasmcare.support.RunningApp;
import org.spasmcare.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Saves at the same moment, over real HTTP on the file database: many patients at once lose nothing,
 * and one patient on two devices never overwrites one save with another unseen (the loser is told, and
 * keeps what they typed). No request may end in a 500.
 */
class ConcurrentSavesIT extends RunningApp {

    private static final String PASSWORD = "a long and unusual passphrase";
    /** The app's today: the dates sent are relative to it, never to the real date. */
    private static final LocalDate TODAY = TestClock.TODAY;
    /** One pool a test (not a static one: a subclass runs the same tests again on PostgreSQL). */
    private final ExecutorService pool = Executors.newFixedThreadPool(16);

    @Autowired
    private JdbcTemplate jdbc;

    @AfterEach
    void stopThePool() {
        pool.shutdownNow();
    }

    @Test
    void shouldKeepEveryEntryWhenManyPatientsSaveAtOnce() throws Exception {
        int patients = 8;
        int days = 30;
        List<HttpSession> sessions = new ArrayList<>();
        for (int p = 0; p < patients; p++) {
            HttpSession session = HttpSession.register(baseUrl(), "many" + p + System.nanoTime(), PASSWORD);
            session.startLog(TODAY.minusDays(days + 5));
            sessions.add(session);
        }
        List<Callable<List<Integer>>> writers = new ArrayList<>();
        for (HttpSession session : sessions) {
            String token = session.csrfToken("/log");
            for (int half = 0; half < 2; half++) { // two writers a patient, each with its own days
                int first = half;
                writers.add(() -> {
                    List<Integer> statuses = new ArrayList<>();
                    for (int day = first; day < days; day += 2) {
                        statuses.add(addEntry(session, token, TODAY.minusDays(day), day % 11, "day " + day).statusCode());
                    }
                    return statuses;
                });
            }
        }
        for (Future<List<Integer>> writer : pool.invokeAll(writers)) {
            assertThat(writer.get()).as("every save answered with a redirect to the log").containsOnly(302);
        }
        for (HttpSession session : sessions) {
            List<Map<String, Object>> saved = jdbc.queryForList("select e.entry_date, e.pain, e.notes from log_entry e"
                    + " join episode s on s.id = e.episode_id where s.account_id = ?", accountIdOf(session));
            assertThat(saved).hasSize(days);
            for (Map<String, Object> row : saved) {
                long day = java.time.temporal.ChronoUnit.DAYS.between(
                        ((java.sql.Date) row.get("ENTRY_DATE")).toLocalDate(), TODAY);
                assertThat(row.get("NOTES")).as("the notes sent for that day").isEqualTo("day " + day);
                assertThat(row.get("PAIN")).as("the pain sent for that day").isEqualTo((int) (day % 11));
            }
        }
    }

    @Test
    void shouldLetOneOfTwoSimultaneousEditsWinAndTellTheOtherWithoutLosingTheirText() throws Exception {
        String username = "twoedits" + System.nanoTime();
        HttpSession laptop = HttpSession.register(baseUrl(), username, PASSWORD);
        laptop.startLog(TODAY.minusDays(3));
        assertThat(addEntry(laptop, laptop.csrfToken("/log"), TODAY, 5, "first").statusCode()).isEqualTo(302);
        HttpSession phone = HttpSession.signIn(baseUrl(), username, PASSWORD).orElseThrow();
        long entryId = jdbc.queryForObject("select e.id from log_entry e join episode s on s.id = e.episode_id"
                + " where s.account_id = ?", Long.class, accountIdOf(laptop));

        Map<String, Integer> outcomes = new ConcurrentHashMap<>();
        for (int round = 0; round < 12; round++) {
            String onLaptop = "laptop round " + round;
            String onPhone = "phone round " + round;
            String laptopForm = editForm(laptop, entryId, onLaptop);
            String phoneForm = editForm(phone, entryId, onPhone);
            CyclicBarrier together = new CyclicBarrier(2);
            Future<HttpResponse<String>> fromLaptop = pool.submit(() -> {
                together.await();
                return laptop.post("/log/entries/" + entryId, laptopForm);
            });
            Future<HttpResponse<String>> fromPhone = pool.submit(() -> {
                together.await();
                return phone.post("/log/entries/" + entryId, phoneForm);
            });
            HttpResponse<String> a = fromLaptop.get();
            HttpResponse<String> b = fromPhone.get();
            assertThat(List.of(a.statusCode(), b.statusCode())).as("round " + round).containsExactlyInAnyOrder(302, 200);
            HttpResponse<String> loser = a.statusCode() == 200 ? a : b;
            String winnersText = a.statusCode() == 302 ? onLaptop : onPhone;
            String losersText = a.statusCode() == 200 ? onLaptop : onPhone;
            assertThat(loser.body()).contains("This entry was changed in another window or on another device")
                    .contains(">" + losersText + "</textarea>")
                    .contains(winnersText);
            assertThat(jdbc.queryForObject("select notes from log_entry where id = ?", String.class, entryId))
                    .isEqualTo(winnersText);
            outcomes.merge(a.statusCode() == 302 ? "laptop" : "phone", 1, Integer::sum);
        }
        assertThat(outcomes.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(12);
    }

    @Test
    void shouldKeepOneEntryADayWhenTwoDevicesAddTheSameDayAtOnce() throws Exception {
        String username = "twoadds" + System.nanoTime();
        HttpSession laptop = HttpSession.register(baseUrl(), username, PASSWORD);
        laptop.startLog(TODAY.minusDays(20));
        HttpSession phone = HttpSession.signIn(baseUrl(), username, PASSWORD).orElseThrow();
        String laptopToken = laptop.csrfToken("/log");
        String phoneToken = phone.csrfToken("/log");

        for (int day = 0; day < 12; day++) {
            LocalDate date = TODAY.minusDays(day);
            CyclicBarrier together = new CyclicBarrier(2);
            Future<HttpResponse<String>> fromLaptop = pool.submit(() -> {
                together.await();
                return addEntry(laptop, laptopToken, date, 3, "laptop");
            });
            Future<HttpResponse<String>> fromPhone = pool.submit(() -> {
                together.await();
                return addEntry(phone, phoneToken, date, 7, "phone");
            });
            HttpResponse<String> a = fromLaptop.get();
            HttpResponse<String> b = fromPhone.get();
            assertThat(List.of(a.statusCode(), b.statusCode())).as("day " + date).containsExactlyInAnyOrder(302, 200);
            HttpResponse<String> loser = a.statusCode() == 200 ? a : b;
            assertThat(loser.body()).contains("You already have an entry for that day")
                    .contains(">" + (loser == a ? "laptop" : "phone") + "</textarea>");
            assertThat(jdbc.queryForObject("select notes from log_entry e join episode s on s.id = e.episode_id"
                    + " where s.account_id = ? and e.entry_date = ?", String.class, accountIdOf(laptop), date))
                    .isEqualTo(loser == a ? "phone" : "laptop");
        }
    }

    private HttpResponse<String> addEntry(HttpSession session, String token, LocalDate date, int pain,
            String notes) {
        return session.post("/log/entries", "_csrf=" + token + "&date=" + date + "&pain=" + pain + "&interference=2&notes="
                + notes.replace(' ', '+'));
    }

    /** Opens the edit page as a person would, and fills it in: the version it carries is the one they saw. */
    private static String editForm(HttpSession session, long entryId, String notes) {
        String page = session.get("/log/entries/" + entryId + "/edit").body();
        String version = page.replaceAll("(?s).*name=\"version\" value=\"([0-9]+)\".*", "$1");
        return "_csrf=" + csrfIn(page) + "&version=" + version + "&date=" + TODAY + "&pain=4&interference=4&notes="
                + notes.replace(' ', '+');
    }

    private long accountIdOf(HttpSession session) {
        String csv = session.get("/account/export.csv").body();
        long episodeId = Long.parseLong(csv.lines().skip(1).findFirst().orElseThrow().split(",")[0]);
        return jdbc.queryForObject("select account_id from episode where id = ?", Long.class, episodeId);
    }

    private static String csrfIn(String page) {
        return HttpSession.csrfTokenIn(page).orElseThrow();
    }
}
