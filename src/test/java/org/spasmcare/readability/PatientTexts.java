package org.spasmcare.readability;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

import org.flywaydb.core.Flyway;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.spasmcare.catalog.SafeMarkdown;

/** The texts patients read, as they read them: the treatments after every migration, and the messages. */
final class PatientTexts {

    static final Path MESSAGES = Path.of("src/main/resources/messages.properties");

    /** The treatment fields, in the order a patient page shows them. */
    static final List<String> TEXT_FIELDS = List.of("name", "summary");
    static final List<String> MARKDOWN_FIELDS = List.of("how_to", "cautions", "evidence");
    static final List<String> COMPARISON_FIELDS = List.of("evidence_level", "cost", "complexity", "resources",
            "expected_outcome", "ideal_use", "key_advantages");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+(,[^}]*)?}");

    private PatientTexts() {
    }

    /** A treatment field: which treatment, which column, and its text as blocks (paragraphs, list items). */
    record Field(String code, String column, List<String> blocks) {
    }

    /**
     * Every field of every treatment in a fresh database migrated to the latest version (an in-memory
     * H2 database, the app's own migrations), Markdown rendered and sanitized exactly as the patient
     * page does, then reduced to the text of its paragraphs, list items and headings.
     */
    static List<Field> treatmentFields() {
        String url = "jdbc:h2:mem:readability-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        SafeMarkdown markdown = new SafeMarkdown();
        List<Field> fields = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select * from treatment order by display_order")) {
            while (rows.next()) {
                String code = rows.getString("code");
                for (String column : TEXT_FIELDS) {
                    fields.add(new Field(code, column, List.of(rows.getString(column))));
                }
                for (String column : MARKDOWN_FIELDS) {
                    fields.add(new Field(code, column, blocks(markdown.toHtml(rows.getString(column)))));
                }
                for (String column : COMPARISON_FIELDS) {
                    fields.add(new Field(code, column, List.of(rows.getString(column))));
                }
            }
            statement.execute("shutdown");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return fields;
    }

    /** The text of each paragraph, list item and heading, without the text of blocks nested in it. */
    static List<String> blocks(String html) {
        List<String> blocks = new ArrayList<>();
        for (Element element : Jsoup.parseBodyFragment(html).body().select("p, li, h3, h4")) {
            Element own = element.clone();
            own.select("p, ul, ol, li").remove();
            String text = own.text().strip();
            if (!text.isEmpty()) {
                blocks.add(text);
            }
        }
        return blocks;
    }

    /** Every message by key, in file order. */
    static Map<String, String> messages() {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(MESSAGES, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        new TreeMap<>(properties).forEach((key, value) -> ordered.put((String) key, (String) value));
        return ordered;
    }

    /**
     * A message as a person reads it: a placeholder ({0}, {0,number,...}) stands for one short word
     * (a number, a name or a date in the page), and MessageFormat's doubled quote is one quote.
     */
    static String asRead(String message) {
        if (!PLACEHOLDER.matcher(message).find()) {
            return message;
        }
        return PLACEHOLDER.matcher(message.replace("''", "'")).replaceAll("it");
    }
}
