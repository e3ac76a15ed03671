package org.spasmcare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/**
 * Every word a person reads comes from messages.properties: templates hold no literal text, every
 * message key they name exists, and every locale file has the same keys as the default one.
 */
class UserFacingTextTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path MAIN_JAVA = Path.of("src/main/java");

    /** Attributes that people (or their screen readers) read. */
    private static final Set<String> READABLE_ATTRIBUTES = Set.of("alt", "title", "aria-label", "placeholder",
            "aria-description", "data-label");

    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.\\-]*)");

    @Test
    void templatesShouldHoldNoLiteralText() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path template : templates()) {
            Document document = Jsoup.parse(template.toFile());
            for (Element element : document.getAllElements()) {
                if (element.hasAttr("th:text") || element.hasAttr("th:utext")) {
                    continue; // whatever is inside is replaced at render time
                }
                for (TextNode text : element.textNodes()) {
                    if (!text.isBlank() && !insideReplacedElement(element)) {
                        literals.add(template + ": \"" + text.text().strip() + "\"");
                    }
                }
                for (Attribute attribute : element.attributes()) {
                    if (READABLE_ATTRIBUTES.contains(attribute.getKey()) && !attribute.getValue().isBlank()) {
                        literals.add(template + ": " + attribute.getKey() + "=\"" + attribute.getValue() + "\"");
                    }
                }
            }
        }
        assertThat(literals).as("literal text in templates; put it in messages.properties").isEmpty();
    }

    @Test
    void everyMessageKeyUsedInATemplateShouldExist() throws IOException {
        Properties messages = load(RESOURCES.resolve("messages.properties"));
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template));
            while (matcher.find()) {
                String key = matcher.group(1);
                if (!messages.containsKey(key)) {
                    missing.add(template + ": " + key);
                }
            }
        }
        assertThat(missing).as("message keys missing from messages.properties").isEmpty();
    }

    @Test
    void everyErrorPageShouldHaveItsTitleHeadingAndText() throws IOException {
        Properties messages = load(RESOURCES.resolve("messages.properties"));
        for (String status : List.of("404", "403", "500")) {
            for (String part : List.of("title", "heading", "text")) {
                assertThat(messages).containsKey("error." + status + "." + part);
            }
        }
    }

    @Test
    void controllersShouldHoldNoSentences() throws IOException {
        Pattern sentence = Pattern.compile("\"[A-Z][a-z]+ [a-z]+[^\"]*\"");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN_JAVA)) {
            for (Path file : files.filter(p -> p.toString().endsWith("Controller.java")).toList()) {
                Matcher matcher = sentence.matcher(Files.readString(file));
                while (matcher.find()) {
                    found.add(file + ": " + matcher.group());
                }
            }
        }
        assertThat(found).as("user-facing sentences in controllers; use message keys").isEmpty();
    }

    @Test
    void everyLocaleFileShouldHaveTheSameKeysAsTheDefault() throws IOException {
        Set<Object> defaultKeys = load(RESOURCES.resolve("messages.properties")).keySet();
        try (Stream<Path> files = Files.list(RESOURCES)) {
            for (Path localeFile : files.filter(p -> p.getFileName().toString().matches("messages_.+\\.properties")).toList()) {
                assertThat(load(localeFile).keySet()).as(localeFile.toString()).isEqualTo(defaultKeys);
            }
        }
    }

    private static boolean insideReplacedElement(Element element) {
        for (Element parent : element.parents()) {
            if (parent.hasAttr("th:text") || parent.hasAttr("th:utext")) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            List<Path> templates = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
            assertThat(templates).isNotEmpty();
            return templates;
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        }
        return properties;
    }
}
