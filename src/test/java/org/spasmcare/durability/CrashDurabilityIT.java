package org.spasmcare.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spasmcare.support.AppInThisJvm;
import org.spasmcare.support.AppProcess;
import org.spasmcare.support.HttpSession;

/**
 * An entry the app has said it saved survives kill -9. The packaged jar runs as its own process on a
 * fresh data folder; in each cycle new patients save entries from several threads as fast as the app
 * takes them, the process is killed with SIGKILL at a random moment while they do, and it is started
 * again on the same folder. Every patient then signs in and downloads their data, which must hold every
 * entry that was answered with the redirect back to the log, with the values sent. After the last kill the
 * app is started inside the test JVM instead ({@link AppInThisJvm}: no kill follows, and it starts in a
 * fraction of the time); two cycles (two kills at random moments, each with 50 or more saves acknowledged
 * in the last second) lose entries every time without WRITE_DELAY=0.
 *
 * <p>To see it fail, run it against H2's default write delay (commits reach the disk up to 500 ms later):
 * <pre>
 * ./mvnw -B -ntp verify -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=CrashDurabilityIT \
 *     -Dspasmcare.crash.datasource-url-suffix=
 * </pre>
 * With that property set, even to nothing as here, the app is started with
 * {@code --spring.datasource.url=jdbc:h2:file:<data folder>/spasmcare<suffix>} instead of the URL in
 * application.yml (so H2's other options can be tried too, such as {@code =';WRITE_DELAY=100'}). The data
 * folder is always a new one: H2 keeps some settings inside the database file. Other properties:
 * {@code spasmcare.crash.cycles} (default 2) and {@code spasmcare.crash.seed} (logged on every run, to repeat
 * one run's delays and values; not its timing). The app's output is in target/crash-durability/.
 */
class CrashDurabilityIT {

    private static final Logger log = LoggerFactory.getLogger(CrashDurabilityIT.class);

    private static final Path OUTPUT = Path.of("target", "crash-durability");
    private static final int PATIENTS_PER_CYCLE = 3;
    private static final int WRITERS_PER_PATIENT = 2;
    private static final int MIN_KILL_DELAY_MILLIS = 500;
    private static final int MAX_KILL_DELAY_MILLIS = 3000;
    /** Fewer acknowledged entries than this in a cycle and the kill proved nothing. */
    private static final int MIN_ACKNOWLEDGED_PER_CYCLE = 50;
    /** The kill must land while entries are being saved: the last "saved" no longer before it than this. */
    private static final Duration MAX_QUIET_BEFORE_KILL = Duration.ofSeconds(1);
    private static final int DAYS_OF_LOG = 3000;
    /**
     * The newest day any entry is for, read once before the app starts: every date sent is in the app's past
     * (the app runs on the real clock of the same machine) and each writer keeps its own days, even when
     * midnight passes during the test. Read again for each writer, a midnight could give two writers the same day.
     */
    private static final LocalDate LAST_DAY = LocalDate.now().minusDays(1);
    /** The logs' onset: DAYS_OF_LOG days before the day the test began. */
    private static final LocalDate ONSET = LAST_DAY.minusDays(DAYS_OF_LOG - 1);

    @TempDir
    Path dataDir;

    private int starts;

    @Test
    void shouldKeepEveryAcknowledgedEntryThroughRepeatedKills() throws Exception {
        int cycles = Integer.getInteger("spasmcare.crash.cycles", 2);
        long seed = Long.getLong("spasmcare.crash.seed", System.nanoTime());
        List<String> database = databaseArguments();
        log.info("crash durability: seed {} (repeat with -Dspasmcare.crash.seed={}), database {}", seed, seed,
                database.isEmpty() ? "as in application.yml" : database);
        Random random = new Random(seed);
        List<Patient> patients = new ArrayList<>();
        Set<String> lost = new TreeSet<>();
        List<Integer> acknowledgedPerCycle = new ArrayList<>();

        AppProcess app = start(database);
        try {
            for (int cycle = 1; cycle <= cycles; cycle++) {
                List<SignedIn> fresh = registerPatients(app, cycle);
                fresh.forEach(signedIn -> patients.add(signedIn.patient()));
                Cycle result = saveUntilKilled(app, fresh, cycle, random);
                assertThat(result.exitValue()).as("cycle %d: the process was killed by SIGKILL, not stopped", cycle)
                        .isEqualTo(AppProcess.KILLED_BY_SIGKILL);

                Set<String> missing;
                if (cycle < cycles) {
                    app = start(database);
                    missing = missingEntries(app.baseUrl(), patients);
                } else {
                    try (AppInThisJvm last = AppInThisJvm.start(dataDir, database)) {
                        missing = missingEntries(last.baseUrl(), patients);
                    }
                }
                lost.addAll(missing);
                acknowledgedPerCycle.add(result.acknowledged());
                log.info("crash durability: cycle {}: killed {} ms after saving began (exit {}), {} ms after the last"
                        + " acknowledged save; {} acknowledged; after the restart {} of the {} acknowledged so far are"
                        + " missing or changed", cycle, result.killedAfter().toMillis(), result.exitValue(),
                        result.quietBeforeKill().toMillis(), result.acknowledged(), missing.size(), acknowledged(patients));
                assertThat(result.quietBeforeKill()).as("cycle %d: the kill came while entries were being saved", cycle)
                        .isLessThanOrEqualTo(MAX_QUIET_BEFORE_KILL);
            }
        } finally {
            app.close();
        }

        log.info("crash durability: {} cycles, {} entries acknowledged, {} lost", cycles, acknowledged(patients),
                lost.size());
        assertThat(acknowledgedPerCycle).as("entries acknowledged in each cycle").hasSize(cycles)
                .allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(MIN_ACKNOWLEDGED_PER_CYCLE));
        assertThat(lost.size()).as("acknowledged entries missing or changed after a kill, such as %s",
                lost.stream().limit(5).toList()).isZero();
    }

    private static int acknowledged(List<Patient> patients) {
        return patients.stream().mapToInt(patient -> patient.saved().size()).sum();
    }

    /** Empty: the URL of application.yml. Else H2's file URL with the suffix from the system property. */
    private List<String> databaseArguments() {
        String suffix = System.getProperty("spasmcare.crash.datasource-url-suffix");
        return suffix == null ? List.of()
                : List.of("--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("spasmcare") + suffix);
    }

    private AppProcess start(List<String> database) throws Exception {
        starts++;
        return AppProcess.startPackagedJar(dataDir, OUTPUT.resolve("app-" + starts + ".log"), database);
    }

    private static List<SignedIn> registerPatients(AppProcess app, int cycle) {
        List<SignedIn> patients = new ArrayList<>();
        for (int i = 1; i <= PATIENTS_PER_CYCLE; i++) {
            Patient patient = new Patient("crash" + cycle + "-" + i + "-" + Long.toString(System.nanoTime(), 36),
                    "steady hands and warm tea " + cycle + i, new ConcurrentHashMap<>());
            HttpSession session = HttpSession.register(app.baseUrl(), patient.username(), patient.password());
            session.startLog(ONSET);
            patients.add(new SignedIn(patient, session));
        }
        return patients;
    }

    /**
     * Writers save entries until the process is gone. The kill comes at a random moment 0.5 to 3 s after
     * they began, or later if by then fewer than MIN_ACKNOWLEDGED_PER_CYCLE were saved (a slow machine):
     * as soon as that many are. Each writer owns every WRITERS_PER_PATIENT-th day of its patient's log,
     * walking back from LAST_DAY, so no two requests ever touch the same day.
     */
    private static Cycle saveUntilKilled(AppProcess app, List<SignedIn> patients, int cycle, Random random)
            throws Exception {
        Progress progress = new Progress(new AtomicBoolean(), new AtomicInteger(), new AtomicLong());
        ExecutorService writers = Executors.newFixedThreadPool(patients.size() * WRITERS_PER_PATIENT);
        List<Future<?>> running = new ArrayList<>();
        for (SignedIn signedIn : patients) {
            String token = signedIn.session().csrfToken("/log");
            for (int writer = 0; writer < WRITERS_PER_PATIENT; writer++) {
                Writer task = new Writer(signedIn.patient(), signedIn.session(), token, cycle, writer,
                        new Random(random.nextLong()), progress);
                running.add(writers.submit(task::saveUntilRefused));
            }
        }
        long began = System.nanoTime();
        Thread.sleep(MIN_KILL_DELAY_MILLIS + random.nextInt(MAX_KILL_DELAY_MILLIS - MIN_KILL_DELAY_MILLIS + 1));
        long patience = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (progress.acknowledged().get() < MIN_ACKNOWLEDGED_PER_CYCLE && System.nanoTime() < patience
                && running.stream().noneMatch(Future::isDone)) {
            Thread.sleep(5);
        }
        progress.killing().set(true);
        long killedAt = System.nanoTime();
        int exitValue = app.kill();
        writers.shutdown();
        for (Future<?> writer : running) {
            writer.get(60, TimeUnit.SECONDS); // a writer's failure fails the test here
        }
        return new Cycle(exitValue, progress.acknowledged().get(), Duration.ofNanos(killedAt - began),
                Duration.ofNanos(Math.max(0, killedAt - progress.lastAcknowledged().get())));
    }

    /** Signs every patient in and compares their downloaded data with what the app acknowledged. */
    private static Set<String> missingEntries(String baseUrl, List<Patient> patients) {
        Set<String> missing = new TreeSet<>();
        for (Patient patient : patients) {
            Map<String, CSVRecord> exported = new HashMap<>();
            Optional<HttpSession> session = HttpSession.signIn(baseUrl, patient.username(), patient.password());
            if (session.isPresent()) {
                HttpResponse<String> csv = session.get().get("/account/export.csv");
                assertThat(csv.statusCode()).as("the data download of " + patient.username()).isEqualTo(200);
                for (CSVRecord row : parse(csv.body())) {
                    exported.put(row.get("entry_date"), row);
                }
            }
            patient.saved().forEach((date, entry) -> {
                CSVRecord row = exported.get(date.toString());
                if (row == null || !entry.matches(row)) {
                    missing.add(patient.username() + " " + date + " " + entry
                            + (row == null ? " missing" : " found as " + row.toList()));
                }
            });
        }
        return missing;
    }

    private static List<CSVRecord> parse(String csv) {
        try {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(csv)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the writers of one cycle share: whether the kill has begun, how many saves were acknowledged and when. */
    private record Progress(AtomicBoolean killing, AtomicInteger acknowledged, AtomicLong lastAcknowledged) {
    }

    /** One writer thread: saves entries on its own days until the app stops answering. */
    private record Writer(Patient patient, HttpSession session, String token, int cycle, int number, Random random,
            Progress progress) {

        void saveUntilRefused() {
            for (LocalDate date = LAST_DAY.minusDays(number); date.isAfter(ONSET);
                    date = date.minusDays(WRITERS_PER_PATIENT)) {
                Entry entry = new Entry(random.nextInt(11), random.nextInt(11),
                        "cycle " + cycle + ", writer " + number + ": " + date);
                HttpResponse<String> response;
                try {
                    response = session.post("/log/entries", HttpSession.form("_csrf", token, "date", date.toString(),
                            "pain", Integer.toString(entry.pain()), "interference", Integer.toString(entry.interference()),
                            "notes", entry.notes()));
                } catch (UncheckedIOException refused) {
                    if (progress.killing().get()) {
                        return; // the process is gone: this one was never acknowledged
                    }
                    throw refused;
                }
                assertThat(HttpSession.isRedirectToLog(response))
                        .as("saving %s for %s: %s %s", date, patient.username(), response.statusCode(),
                                response.headers().firstValue("Location").orElse(""))
                        .isTrue();
                patient.saved().put(date, entry);
                progress.lastAcknowledged().accumulateAndGet(System.nanoTime(), Math::max);
                progress.acknowledged().incrementAndGet();
            }
            throw new AssertionError("writer " + number + " of " + patient.username() + " ran out of days");
        }
    }

    /** A patient and every entry the app acknowledged for them, by day. */
    private record Patient(String username, String password, Map<LocalDate, Entry> saved) {
    }

    private record SignedIn(Patient patient, HttpSession session) {
    }

    private record Entry(int pain, int interference, String notes) {

        boolean matches(CSVRecord row) {
            return row.get("pain").equals(Integer.toString(pain))
                    && row.get("interference").equals(Integer.toString(interference))
                    && row.get("notes").equals(notes);
        }
    }

    private record Cycle(int exitValue, int acknowledged, Duration killedAfter, Duration quietBeforeKill) {
    }
}
