package org.spasmcare.support;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server the tests may use, named by three environment variables ({@code .ci/run} sets
 * them; see the README), and fresh databases on it: each app a test starts gets a database of its own,
 * created with a random name through the test role (which may create databases) and dropped afterwards.
 * Its name says which machine and process made it, so a later run can drop what a stopped one left.
 */
public final class TestPostgres {

    public static final String URL_VARIABLE = "SPASMCARE_TEST_PG_URL";
    public static final String USER_VARIABLE = "SPASMCARE_TEST_PG_USER";
    public static final String PASSWORD_VARIABLE = "SPASMCARE_TEST_PG_PASSWORD";

    private static final Logger log = LoggerFactory.getLogger(TestPostgres.class);
    private static final Pattern JDBC_URL = Pattern.compile("(jdbc:postgresql://[^/?]+/)([^?]*)(\\?.*)?");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "spasmcare_it_";
    /** This machine, in the names of its test databases: another machine's are never cleaned up from here. */
    private static final String HOST = hostMarker();
    private static final Pattern OURS = Pattern.compile(PREFIX + HOST + "_(\\d+)_[0-9a-f]+");
    private static final AtomicBoolean CLEANED_UP = new AtomicBoolean();

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
        if (CLEANED_UP.compareAndSet(false, true)) {
            dropLeftovers();
        }
        String name = PREFIX + HOST + "_" + ProcessHandle.current().pid() + "_"
                + HexFormat.of().formatHex(RANDOM.generateSeed(4));
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

    /**
     * Drops the databases that test JVMs of this machine left behind when they ended before dropping them
     * (a JVM stopped before its test contexts closed): those whose creating process is gone.
     */
    private static void dropLeftovers() {
        List<String> leftovers = new ArrayList<>();
        try (Connection admin = connect(); Statement statement = admin.createStatement();
                ResultSet names = statement.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE '"
                        + PREFIX + "%'")) {
            while (names.next()) {
                Matcher ours = OURS.matcher(names.getString(1));
                if (ours.matches() && ProcessHandle.of(Long.parseLong(ours.group(1))).isEmpty()) {
                    leftovers.add(names.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + System.getenv(URL_VARIABLE) + " cannot be reached", e);
        }
        for (String leftover : leftovers) {
            execute("DROP DATABASE IF EXISTS " + leftover + " WITH (FORCE)");
            log.info("Dropped {}, left behind by an earlier test run", leftover);
        }
    }

    private static String hostMarker() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return HexFormat.of().toHexDigits(host.hashCode());
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getenv(URL_VARIABLE), System.getenv(USER_VARIABLE), password());
    }

    private static void execute(String sql) {
        try (Connection admin = connect(); Statement statement = admin.createStatement()) {
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
