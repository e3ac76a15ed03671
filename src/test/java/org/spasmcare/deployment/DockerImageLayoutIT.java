package org.spasmcare.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spasmcare.support.AppProcess;
import org.spasmcare.support.RunningApp;
import tools.jackson.databind.ObjectMapper;

/**
 * Docker cannot run here, so this checks what the image relies on in our app, and nothing about the base
 * images that a version bump could change: the Dockerfile's instructions are read as instructions (not
 * re-enacted with patterns over the whole file), and set against what the packaged jar really holds.
 * <ul>
 * <li>the layers the jar's own tools list ({@code list-layers}) are each copied into the image, or empty
 * when extracted the Dockerfile's way; every copied layer is one of them;</li>
 * <li>laid out as the COPY lines do, the ENTRYPOINT's {@code -jar} file is in the WORKDIR, with its main class,
 * and every jar of its manifest's Class-Path next to it;</li>
 * <li>the AOT cache the ENTRYPOINT uses ({@code -XX:AOTCache}) is the one the training run
 * ({@code deploy/aot-training.sh}, copied into the image) writes, from the jar the ENTRYPOINT starts;</li>
 * <li>on a Java 25 (the image's), the training script, run as the Dockerfile runs it in the laid-out WORKDIR
 * with the image's ENV (its JVM options), writes a cache that the ENTRYPOINT's command really uses: started
 * with {@code -XX:AOTMode=on}, which refuses to start without it (the image's default, {@code auto}, would
 * quietly start slower), it gets ready;</li>
 * <li>the image runs as a user other than root, with the data folder as its volume and the port it exposes
 * the one the app is told to use, and its HEALTHCHECK answers healthy against the running app;</li>
 * <li>its Java is at least the one the jar was built for (a newer base image passes).</li>
 * </ul>
 * That the app keeps its data in the data folder, stops gracefully and survives kill -9 is checked on the
 * packaged jar by FileDatabaseRestartIT, GracefulShutdownIT and CrashDurabilityIT.
 */
class DockerImageLayoutIT extends RunningApp {

    private static final Path DOCKERFILE = Path.of("Dockerfile");
    private static final Path TRAINING_SCRIPT = Path.of("deploy/aot-training.sh");
    private static List<Instruction> instructions;

    @TempDir
    Path work;

    /** One instruction of the Dockerfile, continuation lines joined, with the stage (FROM ... AS name) it is in. */
    record Instruction(String stage, String keyword, String arguments) {
    }

    @BeforeAll
    static void readDockerfile() throws IOException {
        instructions = new ArrayList<>();
        String stage = "";
        int index = 0;
        for (String line : Files.readString(DOCKERFILE).replaceAll("\\\\\\r?\\n", " ").split("\\r?\\n")) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String[] parts = text.split("\\s+", 2);
            String keyword = parts[0].toUpperCase();
            String arguments = parts.length > 1 ? parts[1].strip() : "";
            if (keyword.equals("FROM")) {
                String[] from = arguments.split("\\s+");
                stage = from.length >= 3 && from[1].equalsIgnoreCase("AS") ? from[2] : "stage-" + index;
                index++;
            }
            instructions.add(new Instruction(stage, keyword, arguments));
        }
    }

    @Test
    void shouldRunAsANonRootUserWithADataVolumeAPortAndAHealthCheck() throws Exception {
        Map<String, String> env = environment();
        assertThat(env).containsEntry("SPASMCARE_DATA_DIR", "/data").containsEntry("SERVER_PORT", "8080");
        assertThat(last("USER")).isNotBlank().isNotEqualTo("root").isNotEqualTo("0");
        assertThat(last("VOLUME")).isEqualTo("/data").isEqualTo(env.get("SPASMCARE_DATA_DIR"));
        assertThat(last("EXPOSE")).isEqualTo("8080").isEqualTo(env.get("SERVER_PORT"));
        assertThat(last("HEALTHCHECK")).contains("CMD");

        // the HEALTHCHECK's own command, against this test's running app instead of the container's
        List<String> healthCheck = jsonArray(last("HEALTHCHECK").replaceFirst("^.*?CMD\\s+", ""));
        ProcessBuilder check = new ProcessBuilder(healthCheck).redirectErrorStream(true);
        check.environment().putAll(env);
        check.environment().put("SERVER_PORT", Integer.toString(port));
        Process checking = check.start();
        assertThat(checking.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(checking.exitValue()).as("HEALTHCHECK exit code").isZero();
    }

    @Test
    void shouldRunOnAJavaAtLeastTheOneTheJarWasBuiltFor() throws IOException {
        int built;
        try (JarFile jar = new JarFile(AppProcess.packagedJar().toFile())) {
            built = Integer.parseInt(jar.getManifest().getMainAttributes().getValue("Java-Version")); // the release
        }
        List<String> images = instructions.stream().filter(i -> i.keyword().equals("FROM"))
                .map(i -> i.arguments().split("\\s+")[0].replaceFirst("@.*$", "")).toList(); // a digest is no version
        assertThat(images).as("a build stage and the image's own").hasSizeGreaterThanOrEqualTo(2);
        for (String image : images) {
            Matcher version = Pattern.compile(":(\\d+)").matcher(image);
            if (version.find()) {
                assertThat(Integer.parseInt(version.group(1))).as("the Java of " + image).isGreaterThanOrEqualTo(built);
            }
        }
    }

    @Test
    void shouldCopyEveryLayerTheJarHasAndStartTheJarItLaysOut() throws Exception {
        Path app = layOutAsTheImage();
        List<String> entryPoint = jsonArray(last("ENTRYPOINT"));
        assertThat(entryPoint).contains("-jar");
        String appJar = entryPoint.get(entryPoint.indexOf("-jar") + 1);
        assertThat(app.resolve(appJar)).as("the ENTRYPOINT's jar in the WORKDIR").isRegularFile();
        try (JarFile started = new JarFile(app.resolve(appJar).toFile())) {
            Attributes manifest = started.getManifest().getMainAttributes();
            String mainClass = manifest.getValue("Main-Class");
            assertThat(mainClass).isNotBlank();
            assertThat(started.getEntry(mainClass.replace('.', '/') + ".class")).as("the main class " + mainClass).isNotNull();
            String classPath = manifest.getValue("Class-Path");
            assertThat(classPath).as("the jar's Class-Path").isNotBlank();
            for (String entry : classPath.trim().split("\\s+")) {
                assertThat(app.resolve(appJar).resolveSibling(entry)).as("Class-Path entry " + entry).isRegularFile();
            }
        }

        // AOT cache: the ENTRYPOINT uses the cache the training run writes, trained on the jar it starts, in the
        // same WORKDIR (the cache fits only the class path it was trained on)
        assertThat(trainingArguments().cache()).isNotBlank();
        assertThat(entryPoint).contains("-XX:AOTCache=" + trainingArguments().cache());
        assertThat(trainingArguments().jar()).isEqualTo(appJar);
        assertThat(only("COPY", null, "aot-training.sh").trim().split("\\s+")[0])
                .as("the training script copied into the image").isEqualTo(TRAINING_SCRIPT.toString());
    }

    /** The cache and the jar the training RUN gives deploy/aot-training.sh. */
    record Training(String cache, String jar) {
    }

    private static Training trainingArguments() {
        List<String> training = words(only("RUN", null, "aot-training.sh"));
        int script = training.indexOf(training.stream().filter(word -> word.endsWith("aot-training.sh"))
                .findFirst().orElseThrow());
        assertThat(training.size()).as("RUN ... aot-training.sh CACHE JAR").isGreaterThan(script + 2);
        return new Training(training.get(script + 1), training.get(script + 2));
    }

    @Test
    void shouldStartOnTheAotCacheTheTrainingRunWrites() throws Exception {
        String java25 = java25();
        String missing = "no Java 25 here (neither JAVA25_HOME nor " + TEMURIN_25
                + "): the AOT cache of the image's Java 25 cannot be made, so whether the image starts on it is not checked";
        // CI must run it (.ci/run finds the machine's Temurin 25 and says so); only a developer's machine may skip it
        boolean required = "true".equalsIgnoreCase(System.getenv("CI"))
                || "required".equalsIgnoreCase(System.getenv("SPASMCARE_AOT_TESTS"));
        assertThat(java25 != null || !required).as(missing).isTrue();
        Assumptions.assumeTrue(java25 != null, missing);
        Path app = layOutAsTheImage();

        // the training script as the Dockerfile runs it, with the image's ENV and this Java 25 as its java
        Training training = trainingArguments();
        ProcessBuilder train = new ProcessBuilder("bash", TRAINING_SCRIPT.toAbsolutePath().toString(), training.cache(),
                training.jar()).directory(app.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve("aot-training.log").toFile());
        train.environment().putAll(environment());
        train.environment().put("PATH", Path.of(java25).getParent() + File.pathSeparator + System.getenv("PATH"));
        train.environment().put("AOT_TRAINING_PORT", Integer.toString(AppProcess.freePort()));
        Process trainingRun = train.start();
        assertThat(trainingRun.waitFor(300, TimeUnit.SECONDS)).as("the training run ends").isTrue();
        assertThat(trainingRun.exitValue()).as("the training run, which printed:%n%s",
                Files.readString(work.resolve("aot-training.log"))).isZero();
        String cache = training.cache();
        assertThat(app.resolve(cache)).as("the AOT cache the training run writes").isRegularFile();

        // the ENTRYPOINT with the image's ENV, on a free port and a stand-in data folder; AOTMode=on makes the JVM
        // end with an error instead of starting without the cache, and -Xlog:aot says which cache it opened
        List<String> entryPoint = jsonArray(last("ENTRYPOINT"));
        assertThat(entryPoint.get(0)).isEqualTo("java");
        List<String> command = new ArrayList<>(List.of(java25, "-XX:AOTMode=on", "-Xlog:aot"));
        command.addAll(entryPoint.subList(1, entryPoint.size()));
        int appPort = AppProcess.freePort();
        Path output = work.resolve("aot-start.log");
        ProcessBuilder start = new ProcessBuilder(command).directory(app.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        start.environment().putAll(environment());
        start.environment().put("SERVER_PORT", Integer.toString(appPort));
        start.environment().put("SPASMCARE_DATA_DIR", Files.createDirectories(work.resolve("data")).toString());
        Process started = start.start();
        try {
            AppProcess.awaitReady(appPort, started);
        } catch (AssertionError notReady) {
            throw new AssertionError("the app did not start on the AOT cache (-XX:AOTMode=on); its output:\n"
                    + Files.readString(output), notReady);
        } finally {
            started.destroy();
            if (!started.waitFor(60, TimeUnit.SECONDS)) {
                started.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
        assertThat(Files.readString(output)).as("the JVM's log of its AOT cache")
                .contains("Opened AOT cache " + cache + ".").doesNotContain("[error");
    }

    private static final String TEMURIN_25 = "/usr/lib/jvm/temurin-25-jdk-amd64";

    /** The java command of a Java 25: JAVA25_HOME's, else the Temurin 25 JDK of the build machine, else null. */
    private static String java25() {
        List<String> homes = new ArrayList<>();
        if (System.getenv("JAVA25_HOME") != null) {
            homes.add(System.getenv("JAVA25_HOME"));
        }
        homes.add(TEMURIN_25);
        return homes.stream().map(home -> Path.of(home, "bin", "java")).filter(Files::isExecutable)
                .map(Path::toString).findFirst().orElse(null);
    }

    /** The packaged jar extracted with the build stage's command and laid out as the image's COPY lines do: the WORKDIR. */
    private Path layOutAsTheImage() throws Exception {
        Path jar = AppProcess.packagedJar();
        assertThat(jar).exists();

        // the build stage's extract command, as written, on the packaged jar
        List<String> extract = words(only("RUN", "build", "-Djarmode=tools"));
        int from = extract.indexOf("extract");
        int to = extract.subList(from, extract.size()).contains("&&")
                ? from + extract.subList(from, extract.size()).indexOf("&&") : extract.size();
        List<String> options = new ArrayList<>(extract.subList(from + 1, to));
        int destinationAt = options.indexOf("--destination");
        assertThat(destinationAt).as("the extract command names its destination").isNotNegative();
        String destination = options.remove(destinationAt + 1);
        options.remove(destinationAt);
        String jarInDockerfile = extract.get(extract.indexOf("-jar") + 1);
        Path named = Files.createDirectories(work.resolve("target")).resolve(Path.of(jarInDockerfile).getFileName());
        Files.copy(jar, named);
        Path extracted = work.resolve("extracted");
        List<String> command = new ArrayList<>(List.of(AppProcess.javaBinary(), "-Djarmode=tools", "-jar",
                named.toString(), "extract"));
        command.addAll(options);
        command.addAll(List.of("--destination", extracted.toString()));
        run(command);

        List<String> layers = Arrays.stream(run(List.of(AppProcess.javaBinary(), "-Djarmode=tools", "-jar",
                named.toString(), "list-layers")).split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        List<String> copied = copiedLayers(destination);
        assertThat(copied).contains("dependencies", "application");
        assertThat(layers).as("the layers the jar lists").containsAll(copied);
        for (String layer : layers) {
            if (!copied.contains(layer)) {
                assertThat(filesIn(extracted.resolve(layer))).as("layer %s is not copied into the image", layer).isEmpty();
            }
        }

        Path app = Files.createDirectories(work.resolve("app"));
        for (String layer : copied) {
            copyTree(extracted.resolve(layer), app);
        }
        return app;
    }

    /** The one instruction of the keyword (in the stage, if given) whose arguments contain the text. */
    private static String only(String keyword, String stage, String containing) {
        List<String> found = instructions.stream()
                .filter(i -> i.keyword().equals(keyword) && (stage == null || i.stage().equals(stage))
                        && i.arguments().contains(containing))
                .map(Instruction::arguments).toList();
        assertThat(found).as("%s %s in stage %s", keyword, containing, stage).hasSize(1);
        return found.get(0);
    }

    /** The last instruction of the keyword (the one Docker uses), in the image's own (last) stage. */
    private static String last(String keyword) {
        String finalStage = instructions.get(instructions.size() - 1).stage();
        return instructions.stream().filter(i -> i.keyword().equals(keyword) && i.stage().equals(finalStage))
                .map(Instruction::arguments).reduce((first, second) -> second).orElse("");
    }

    /** The image's COPY --from=build of the extracted layers, in order. */
    private static List<String> copiedLayers(String destination) {
        Pattern layer = Pattern.compile("^--from=build\\s+\\S*/" + Pattern.quote(destination) + "/([\\w-]+)/?\\s+\\./?$");
        List<String> layers = new ArrayList<>();
        for (Instruction copy : instructions) {
            Matcher matcher = layer.matcher(copy.arguments());
            if (copy.keyword().equals("COPY") && matcher.find()) {
                layers.add(matcher.group(1));
            }
        }
        return layers;
    }

    private static Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        for (Instruction instruction : instructions) {
            if (instruction.keyword().equals("ENV")) {
                Matcher pairs = Pattern.compile("(\\w+)=(\"[^\"]*\"|\\S+)").matcher(instruction.arguments());
                while (pairs.find()) {
                    env.put(pairs.group(1), pairs.group(2).replaceAll("^\"|\"$", ""));
                }
            }
        }
        return env;
    }

    private static List<String> words(String arguments) {
        return List.of(arguments.trim().split("\\s+"));
    }

    /** Parses an exec-form instruction such as ["java", "-jar", "x.jar"]. */
    static List<String> jsonArray(String text) {
        assertThat(text.trim()).startsWith("[").endsWith("]");
        List<String> items = new ArrayList<>();
        new ObjectMapper().readTree(text).forEach(item -> items.add(item.asString()));
        return items;
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    /** Runs a command in the work folder; its output. */
    private String run(List<String> command) throws Exception {
        return run(command, work);
    }

    /** Runs a command in a folder; its output. */
    private String run(List<String> command, Path folder) throws Exception {
        Path output = Files.createTempFile(work, "command", ".log");
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("%s, which printed:%n%s", String.join(" ", command), Files.readString(output))
                .isZero();
        return Files.readString(output);
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
