package org.spasmcare.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The Flyway versions the app ships, read from its migration folder, so tests never keep a copy that drifts. */
public final class ShippedMigrations {

    /** Relative to the project root, Maven's working directory for tests. */
    private static final Path FOLDER = Path.of("src/main/resources/db/migration");
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.+\\.sql");

    private ShippedMigrations() {
    }

    /** "1", "2", ... in order. */
    public static List<String> versions() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.map(file -> VERSIONED.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(match -> Integer.parseInt(match.group(1)))
                    .sorted(Comparator.naturalOrder())
                    .map(String::valueOf)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
