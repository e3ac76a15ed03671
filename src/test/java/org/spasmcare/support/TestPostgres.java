package org.spasmcare.support;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server the tests may use, named by three environment variables ({@code .ci/run} sets
 * them; see the README), and fresh databases on it: each app a test starts gets a database of its own,
 * created with a random name through the test role (which may create databases) and dropped afterwards.
 */
public final class TestPostgres {

    public static final String URL_VARIABLE = "SPASMCARE_TEST_PG_URL";
    public static final String USER_VARIABLE = "SPASMCARE_TEST_PG_USER";
    public static final String PASSWORD_VARIABLE = "SPASMCARE_TEST_PG_PASSWORD";

    private static final Logger log = LoggerFactory.getLogger(TestPostgres.class);
    private static final Pattern JDBC_URL = Pattern.compile("(jdbc:postgresql://[^/?]+/)([^?]*)(\\?.*)?");
    private static final SecureRandom RANDOM = new SecureRandom();

    private TestPostgres() {
    }

    /** Whether the variables name a server (a developer machine without PostgreSQL has none). */
    public static boolean configured() {
        return !blank(System.getenv(URL_VARIABLE)) && !blank(System.getenv(USER_VARIABLE));
    }

    /** A new, empty database on the test server, owned by the test role. Close it to drop it. */
    public static Database createDatabase() {
        if (!configured()) {
            throw new IllegalStateException("PostgreSQL tests need " + URL_VARIABLE + ", " + USER_VARIABLE + " and "
                    + PASSWORD_VARIABLE + " (see the README, 'PostgreSQL and several instances')");
        }
        String name = "spasmcare_it_" + HexFormat.of().formatHex(RANDOM.generateSeed(6));
        execute("CREATE DATABASE " + name);
        log.info("Created the PostgreSQL test database {}", name);
        return new Database(name, urlOf(name), System.getenv(USER_VARIABLE), password());
    }

    /** The server's JDBC URL with another database name in it (any parameters kept). */
    static String urlOf(String database) {
        Matcher url = JDBC_URL.matcher(System.getenv(URL_VARIABLE));
        if (!url.matches()) {
            throw new IllegalStateException(URL_VARIABLE + " is not a jdbc:postgresql://host:port/database URL");
        }
        return url.group(1) + database + (url.group(3) == null ? "" : url.group(3));
    }

    private static void execute(String sql) {
        try (Connection admin = DriverManager.getConnection(System.getenv(URL_VARIABLE), System.getenv(USER_VARIABLE),
                password()); Statement statement = admin.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + System.getenv(URL_VARIABLE) + " refused: " + sql, e);
        }
    }

    private static String password() {
        String password = System.getenv(PASSWORD_VARIABLE);
        return password == null ? "" : password;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** One test database: where it is and how to sign in to it. */
    public record Database(String name, String url, String user, String password) implements AutoCloseable {

        /** Drops the database, ending any connection still open to it. */
        @Override
        public void close() {
            execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            log.info("Dropped the PostgreSQL test database {}", name);
        }
    }
}
