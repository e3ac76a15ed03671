package org.spasmcare.durability;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spasmcare.support.AppInThisJvm;
import org.spasmcare.support.AppProcess;
import org.spasmcare.support.HttpSession;

/**
 * SIGTERM (docker stop, a platform scaling down) lets a request already being handled finish, and the
 * app then ends on its own. The request is held open from outside, over a plain socket: its headers and
 * half of its body are sent, so the app is inside it, waiting for the rest. (The headers ask for
 * "100 Continue", which Tomcat answers once it has read them and hands the request on: the test knows then
 * that the request has begun, with no guessing how long that takes.) While the request waits, the app must
 * refuse new connections and must not finish shutting down; once the rest of the body arrives the entry is
 * saved and answered as usual, the app exits, and the entry is there after a restart (in the test JVM). The
 * app's output is in target/graceful-shutdown/.
 */
class GracefulShutdownIT {

    private static final Logger log = LoggerFactory.getLogger(GracefulShutdownIT.class);

    private static final Path OUTPUT = Path.of("target", "graceful-shutdown");
    /** What Spring Boot's Tomcat graceful shutdown logs when it starts, and when every request has ended. */
    private static final String COMMENCING = "Commencing graceful shutdown. Waiting for active requests to complete";
    private static final String COMPLETE = "Graceful shutdown complete";

    @TempDir
    Path dataDir;

    @Test
    void shouldFinishTheRequestInFlightRefuseNewConnectionsAndExitOnSigterm() throws Exception {
        String username = "graceful-" + Long.toString(System.nanoTime(), 36);
        String password = "slow and steady wins the race";
        LocalDate date = LocalDate.now().minusDays(2);
        String notes = "sent while the app was stopping";

        try (AppProcess app = AppProcess.startPackagedJar(dataDir, OUTPUT.resolve("app-1.log"), List.of())) {
            HttpSession session = HttpSession.register(app.baseUrl(), username, password);
            session.startLog(LocalDate.now().minusDays(30));
            byte[] body = HttpSession.form("_csrf", session.csrfToken("/log"), "date", date.toString(), "pain", "6",
                    "interference", "4", "notes", notes).getBytes(US_ASCII);
            int half = body.length / 2;

            try (Socket inFlight = new Socket("localhost", app.port())) {
                inFlight.setSoTimeout(30_000);
                OutputStream out = inFlight.getOutputStream();
                out.write(("POST /log/entries HTTP/1.1\r\n"
                        + "Host: localhost:" + app.port() + "\r\n"
                        + "Cookie: " + session.cookie() + "\r\n"
                        + "Content-Type: application/x-www-form-urlencoded\r\n"
                        + "Content-Length: " + body.length + "\r\n"
                        + "Expect: 100-continue\r\n"
                        + "Connection: close\r\n\r\n").getBytes(US_ASCII));
                out.flush();
                assertThat(interimResponse(inFlight.getInputStream())).as("Tomcat has taken the request")
                        .startsWith("HTTP/1.1 100");
                out.write(body, 0, half);
                out.flush();
                Thread.sleep(500); // the app is in the request, reading its body

                app.process().destroy(); // SIGTERM
                assertThat(app.awaitOutput(COMMENCING, Duration.ofSeconds(10))).as("graceful shutdown began").isTrue();
                Thread.sleep(1000);
                String newConnection = tryANewRequest(app.port());
                log.info("graceful shutdown: a new request while one is in flight: {}", newConnection);
                assertThat(newConnection).as("a new request during graceful shutdown").doesNotStartWith("HTTP/");
                assertThat(app.process().isAlive()).as("the app waits for the request in flight").isTrue();
                assertThat(app.output()).doesNotContain(COMPLETE);

                out.write(body, half, body.length - half);
                out.flush();
                String response = new String(inFlight.getInputStream().readAllBytes(), US_ASCII);
                assertThat(response).as("the answer to the request in flight").startsWith("HTTP/1.1 302")
                        .containsPattern("(?i)\\r\\nLocation: \\S*/log\\r\\n");
            }

            assertThat(app.awaitExit(Duration.ofSeconds(30))).as("the app ends on its own within 30 s").isTrue();
            log.info("graceful shutdown: exit value {}", app.process().exitValue());
            assertThat(app.process().exitValue()).as("the JVM's exit value after SIGTERM")
                    .isEqualTo(AppProcess.ENDED_BY_SIGTERM);
            assertThat(app.output()).contains(COMPLETE).doesNotContain("Graceful shutdown aborted");
        }

        try (AppInThisJvm again = AppInThisJvm.start(dataDir, List.of())) { // the JVM is warm: seconds, not ten
            HttpSession patient = HttpSession.signIn(again.baseUrl(), username, password).orElseThrow();
            assertThat(patient.get("/account/export.csv").body()).as("the entry saved during shutdown, after a restart")
                    .contains(date + ",6,4,,," + notes);
        }
    }

    /** Reads an interim response (status line and headers, up to the empty line). */
    private static String interimResponse(InputStream in) throws IOException {
        StringBuilder response = new StringBuilder();
        while (response.indexOf("\r\n\r\n") < 0) {
            int next = in.read();
            if (next < 0) {
                break;
            }
            response.append((char) next);
        }
        return response.toString();
    }

    /** The status line of a GET on a new connection, or what happened instead. */
    private static String tryANewRequest(int port) {
        try (Socket probe = new Socket()) {
            probe.connect(new InetSocketAddress("localhost", port), 2000);
            probe.setSoTimeout(3000);
            probe.getOutputStream().write(("GET /actuator/health/readiness HTTP/1.1\r\nHost: localhost:" + port
                    + "\r\nConnection: close\r\n\r\n").getBytes(US_ASCII));
            String answer = new String(probe.getInputStream().readNBytes(12), US_ASCII);
            return answer.isEmpty() ? "connected, then closed unanswered" : answer;
        } catch (ConnectException refused) {
            return "refused (" + refused.getMessage() + ")";
        } catch (IOException other) {
            return "not answered (" + other + ")";
        }
    }
}
