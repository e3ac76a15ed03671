package org.spasmcare.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spasmcare.support.AppProcess;
import org.spasmcare.support.HttpSession;

/**
 * Docker cannot run here, so this does what the image does, with the Dockerfile's own words: extract
 * the packaged jar into layers with its extract command, lay the layers out as its COPY lines do, set
 * its ENV, start its ENTRYPOINT on a data folder standing in for /data, and run its HEALTHCHECK.
 */
class DockerImageLayoutIT {

    private static final Path DOCKERFILE = Path.of("Dockerfile");
    private static String dockerfile;

    @TempDir
    Path work;

    @BeforeAll
    static void readDockerfile() throws IOException {
        // join continuation lines so each instruction is one line
        dockerfile = Files.readString(DOCKERFILE).replaceAll("\\\\\\r?\\n", " ");
    }

    @Test
    void shouldRunAsANonRootUserWithADataVolumeAPortAndAHealthCheck() {
        assertThat(instruction("USER")).isNotBlank().isNotEqualTo("root").isNotEqualTo("0");
        assertThat(instruction("VOLUME")).isEqualTo("/data");
        assertThat(instruction("EXPOSE")).isEqualTo("8080");
        assertThat(instruction("HEALTHCHECK")).contains("CMD");
        assertThat(dockerfile).containsPattern("(?m)^FROM eclipse-temurin:17-jdk AS build")
                .containsPattern("(?m)^FROM eclipse-temurin:17-jre$");
    }

    @Test
    void shouldStartFromTheExtractedLayersTheWayTheImageDoes() throws Exception {
        Path jar = AppProcess.packagedJar();
        assertThat(jar).exists();

        Path extracted = work.resolve("extracted");
        run(extractCommand(jar, extracted), work);

        Path app = Files.createDirectories(work.resolve("app"));
        List<String> copies = copiedLayers();
        assertThat(copies).contains("dependencies", "application");
        for (String layer : copies) {
            copyTree(extracted.resolve(layer), app);
        }

        run(trainingRun(work.resolve("cds-training")), app);
        assertThat(app.resolve("application.jsa")).as("the class data sharing archive").isRegularFile();

        Path data = Files.createDirectories(work.resolve("data"));
        int port = AppProcess.freePort();
        Map<String, String> env = environment();
        assertThat(env).containsEntry("SPASMCARE_DATA_DIR", "/data").containsEntry("SERVER_PORT", "8080");
        env.put("SPASMCARE_DATA_DIR", data.toString());
        env.put("SERVER_PORT", Integer.toString(port));

        ProcessBuilder builder = new ProcessBuilder(jsonArray(instruction("ENTRYPOINT")))
                .directory(app.toFile())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("app.log").toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        try {
            AppProcess.awaitReady(port, process);

            HttpResponse<String> home = new HttpSession("http://localhost:" + port).get("/");
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains("Help for a back spasm");
            assertThat(data.resolve("spasmcare.mv.db")).exists();

            List<String> healthCheck = jsonArray(instruction("HEALTHCHECK").replaceFirst("^.*?CMD\\s+", ""));
            ProcessBuilder check = new ProcessBuilder(healthCheck).redirectErrorStream(true);
            check.environment().putAll(env);
            Process checking = check.start();
            assertThat(checking.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(checking.exitValue()).as("HEALTHCHECK exit code").isZero();
        } finally {
            process.destroy(); // SIGTERM, as docker stop sends
            boolean stopped = process.waitFor(60, TimeUnit.SECONDS);
            if (!stopped) {
                process.destroyForcibly();
            }
            assertThat(stopped).as("stops on SIGTERM").isTrue();
        }
        assertThat(Files.readString(work.resolve("app.log"))).contains("Graceful shutdown")
                .as("the JVM used the archive").doesNotContain("[error][cds]").doesNotContain("Unable to use shared archive");
    }

    /** The Dockerfile's CDS training run, on a throwaway database folder of this test's. */
    private List<String> trainingRun(Path trainingData) {
        Matcher matcher = Pattern.compile("RUN (java -XX:ArchiveClassesAtExit=\\S+ [^&\\n]*?)\\s*&&").matcher(dockerfile);
        assertThat(matcher.find()).as("the Dockerfile records a class data sharing archive").isTrue();
        List<String> command = new ArrayList<>();
        for (String word : matcher.group(1).trim().split("\\s+")) {
            command.add(word.equals("java") ? AppProcess.javaBinary()
                    : word.startsWith("--spasmcare.data-dir=") ? "--spasmcare.data-dir=" + trainingData : word);
        }
        assertThat(command).contains("-Dspring.context.exit=onRefresh");
        return command;
    }

    private List<String> extractCommand(Path jar, Path destination) {
        Matcher matcher = Pattern.compile("java -Djarmode=tools -jar (\\S+) extract ([^&\\n]*?)--destination (\\S+)")
                .matcher(dockerfile);
        assertThat(matcher.find()).as("the Dockerfile extracts the jar with Spring Boot's jar tools").isTrue();
        List<String> command = new ArrayList<>(
                List.of(AppProcess.javaBinary(), "-Djarmode=tools", "-jar", jar.toString(), "extract"));
        for (String option : matcher.group(2).trim().split("\\s+")) {
            if (!option.isBlank()) {
                command.add(option);
            }
        }
        command.add("--destination");
        command.add(destination.toString());
        return command;
    }

    private static List<String> copiedLayers() {
        Matcher matcher = Pattern.compile("(?m)^COPY --from=build /build/extracted/([\\w-]+)/ \\./\\s*$").matcher(dockerfile);
        List<String> layers = new ArrayList<>();
        while (matcher.find()) {
            layers.add(matcher.group(1));
        }
        return layers;
    }

    private static Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        Matcher lines = Pattern.compile("(?m)^ENV (.*)$").matcher(dockerfile);
        while (lines.find()) {
            Matcher pairs = Pattern.compile("(\\w+)=(\"[^\"]*\"|\\S+)").matcher(lines.group(1));
            while (pairs.find()) {
                env.put(pairs.group(1), pairs.group(2).replaceAll("^\"|\"$", ""));
            }
        }
        return env;
    }

    private static String instruction(String name) {
        Matcher matcher = Pattern.compile("(?m)^" + name + " (.*)$").matcher(dockerfile);
        String last = "";
        while (matcher.find()) {
            last = matcher.group(1).trim(); // the last one wins, as in Docker
        }
        return last;
    }

    /** Parses an exec-form instruction such as ["java", "-jar", "x.jar"], with JSON string escapes. */
    static List<String> jsonArray(String text) {
        assertThat(text.trim()).startsWith("[").endsWith("]");
        List<String> items = new ArrayList<>();
        Matcher matcher = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(text);
        while (matcher.find()) {
            items.add(matcher.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
        }
        if (!items.isEmpty() && items.get(0).equals("java")) {
            items.set(0, AppProcess.javaBinary());
        }
        return items;
    }

    private void run(List<String> command, Path directory) throws Exception {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("commands.log").toFile())).start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command)).isZero();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
