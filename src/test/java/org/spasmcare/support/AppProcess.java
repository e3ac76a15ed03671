package org.spasmcare.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The app as a separate operating-system process, the way it runs in production: started, awaited
 * until it says it is ready, then killed or stopped. Its output goes to a file, for diagnosis.
 */
public final class AppProcess implements AutoCloseable {

    /** What Linux reports for a process ended by a signal: 128 + the signal's number. */
    public static final int KILLED_BY_SIGKILL = 128 + 9;
    public static final int ENDED_BY_SIGTERM = 128 + 15;

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final Process process;
    private final int port;
    private final Path output;

    private AppProcess(Process process, int port, Path output) {
        this.process = process;
        this.port = port;
        this.output = output;
    }

    /**
     * Starts the packaged jar on a free port and a data folder, with at most 256 MB of heap and any
     * further arguments (such as --spring.datasource.url=...), and waits until it is ready.
     */
    public static AppProcess startPackagedJar(Path dataDir, Path output, List<String> moreArguments)
            throws IOException, InterruptedException {
        return startPackagedJar(dataDir, output, moreArguments, Map.of());
    }

    /** The same, with environment variables added to this JVM's (as a container's ENV or compose's environment). */
    public static AppProcess startPackagedJar(Path dataDir, Path output, List<String> moreArguments,
            Map<String, String> environment) throws IOException, InterruptedException {
        Path jar = packagedJar();
        assertThat(jar).as("the packaged jar (./mvnw package)").exists();
        int port = freePort();
        // C1 only and the serial collector: half the start-up time on a busy machine with two cores (measured:
        // 29 s instead of 58 to 67 s under a load of 14); what these tests check does not depend on the JIT or the GC.
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-jar", jar.toString(),
                "--server.port=" + port, "--spasmcare.data-dir=" + dataDir,
                "--spasmcare.accounts.registrations-per-address=100000")); // tests register many from 127.0.0.1
        command.addAll(moreArguments);
        Files.createDirectories(output.toAbsolutePath().getParent());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        AppProcess app = new AppProcess(process, port, output);
        try {
            awaitReady(port, process);
        } catch (RuntimeException | Error | InterruptedException notReady) {
            app.close();
            throw new AssertionError("the app did not start; its output is in " + output.toAbsolutePath(), notReady);
        }
        return app;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public Process process() {
        return process;
    }

    /** Everything the app has printed so far. */
    public String output() {
        try {
            return Files.readString(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** kill -9: no shutdown hook runs, nothing is flushed. Returns the exit value. */
    public int kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the killed process is gone").isTrue();
        return process.exitValue();
    }

    /** Waits until the app's output contains the text; false if it has not after the timeout. */
    public boolean awaitOutput(String text, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!output().contains(text)) {
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }

    /** Waits for the process to end on its own; false if it is still running after the timeout. */
    public boolean awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** SIGTERM, as docker stop sends, and a kill if it has not ended within a minute. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    /** The jar built by ./mvnw package (Failsafe passes its path). */
    public static Path packagedJar() {
        return Path.of(System.getProperty("spasmcare.packaged-jar", "target/spasmcare.jar"));
    }

    /** The java command of the JDK running the tests. */
    public static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Polls the readiness probe until it answers 200, failing if the process ends first. */
    public static void awaitReady(int port, Process process) throws InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("the app is still running").isTrue();
            try {
                if (new HttpSession("http://localhost:" + port).get("/actuator/health/readiness", "application/json")
                        .statusCode() == 200) {
                    return;
                }
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the app was not ready within " + START_TIMEOUT.toSeconds() + " s");
    }
}
