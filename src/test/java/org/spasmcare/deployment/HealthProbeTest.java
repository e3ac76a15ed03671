package org.spasmcare.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * A stuck server must fail the probe, and a server out of memory must end (issue 16): the image's java starts
 * with -XX:+ExitOnOutOfMemoryError (so `restart:` brings it back), and its HEALTHCHECK has a timeout, so a
 * server that takes the connection but never answers is reported unhealthy.
 */
class HealthProbeTest {

    private static final Pattern HEALTHCHECK = Pattern.compile("(?m)^HEALTHCHECK (.*?)\\s+CMD\\s+(\\[.*])$");

    private static String dockerfile() throws IOException {
        return Files.readString(Path.of("Dockerfile")).replaceAll("\\\\\\r?\\n", " ");
    }

    @Test
    void shouldEndTheProcessOnOutOfMemoryInTheImageAndInTheDocs() throws IOException {
        Matcher entrypoint = Pattern.compile("(?m)^ENTRYPOINT (.*)$").matcher(dockerfile());
        assertThat(entrypoint.find()).isTrue();
        assertThat(DockerImageLayoutIT.jsonArray(entrypoint.group(1))).contains("-XX:+ExitOnOutOfMemoryError");

        for (Path doc : List.of(Path.of("README.md"), Path.of("docs/running.md"), Path.of("docs/postgresql.md"))) {
            Files.readAllLines(doc).stream().filter(line -> line.matches("^(\\S+=\\S+ )*java -jar .*"))
                    .forEach(line -> assertThat(line).as(doc.toString()).contains("-XX:+ExitOnOutOfMemoryError"));
        }
    }

    @Test
    void shouldReportAServerThatNeverAnswersAsUnhealthy() throws Exception {
        Matcher healthcheck = HEALTHCHECK.matcher(dockerfile());
        assertThat(healthcheck.find()).isTrue();
        Matcher timeout = Pattern.compile("--timeout=(\\d+)s").matcher(healthcheck.group(1));
        assertThat(timeout.find()).as("HEALTHCHECK gives up after --timeout").isTrue();

        List<Socket> held = java.util.Collections.synchronizedList(new ArrayList<>());
        try (ServerSocket stuck = new ServerSocket(0)) {
            // takes connections and reads nothing, like a server whose request threads are all stuck
            Thread taker = new Thread(() -> {
                try {
                    while (true) {
                        held.add(stuck.accept());
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            taker.setDaemon(true);
            taker.start();

            // Docker ends the command at --timeout and counts that as a failure; `timeout` does the same here
            List<String> command = new ArrayList<>(List.of("timeout", timeout.group(1)));
            command.addAll(DockerImageLayoutIT.jsonArray(healthcheck.group(2)));
            ProcessBuilder probe = new ProcessBuilder(command).redirectErrorStream(true);
            probe.environment().put("SERVER_PORT", String.valueOf(stuck.getLocalPort()));
            Process process = probe.start();

            assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
            assertThat(process.exitValue()).as("the probe's exit code").isNotZero();
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
    }
}
