package org.spasmcare.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.util.List;
import java.util.Objects;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Start-up failures about the database file end with a plain Description and Action (Spring Boot prints
 * those instead of the stack trace when a FailureAnalyzer registered in spring.factories recognises the failure).
 */
public class StartupFailureMessagesTest {

    @TempDir
    Path root;

    /** What the app's registered analyzers make of a failure; fails the test when none recognises it. */
    public static FailureAnalysis analyze(Throwable failure) {
        List<FailureAnalyzer> analyzers = SpringFactoriesLoader.forDefaultResourceLocation(
                StartupFailureMessagesTest.class.getClassLoader()).load(FailureAnalyzer.class, null,
                // Spring Boot's own analyzers need the application context; only ours matter here
                SpringFactoriesLoader.FailureHandler.handleMessage((message, cannotMake) -> { }));
        FailureAnalysis analysis = analyzers.stream().filter(analyzer -> analyzer.getClass().getName()
                        .startsWith("org.spasmcare."))
                .map(analyzer -> analyzer.analyze(failure)).filter(Objects::nonNull).findFirst().orElse(null);
        assertThat(analysis).as("a plain message for " + failure).isNotNull();
        return analysis;
    }

    @Test
    void shouldSayWhenAnotherProcessHasTheDatabaseFileOpen() {
        // what H2 answers when another process holds the file lock, as Hikari wraps it at start
        SQLException locked = new SQLNonTransientConnectionException("Database may be already in use: null."
                + " Possible solutions: close all other connection(s); use the server mode [90020-232]", "90020", 90020);
        RuntimeException start = new IllegalStateException("Failed to initialize pool", locked);

        FailureAnalysis analysis = analyze(start);

        assertThat(analysis.getDescription()).contains("another process has the database file open");
        assertThat(analysis.getAction()).contains("Stop the other process").contains("SPASMCARE_DATA_DIR");
    }

    @Test
    void shouldSayWhenTheDatabaseCannotBeWritten() {
        String url = "jdbc:h2:file:" + root.resolve("spasmcare");
        new JdbcTemplate(new DriverManagerDataSource(url + ";DB_CLOSE_DELAY=0", "sa", "")).execute("select 1"); // an empty database
        // H2 opens a database whose file it cannot write read-only; the first migration then fails
        DriverManagerDataSource readOnly = new DriverManagerDataSource(url + ";ACCESS_MODE_DATA=r", "sa", "");
        Throwable migration = catchThrowable(() -> Flyway.configure().dataSource(readOnly)
                .locations(SafeMigrationStrategyTest.MIGRATIONS).load().migrate());
        assertThat(migration).isNotNull();

        FailureAnalysis analysis = analyze(new IllegalStateException("Error creating bean 'flyway'", migration));

        assertThat(analysis.getDescription()).startsWith("SpasmCare cannot write its database in the data folder");
        assertThat(analysis.getAction()).contains("writable by the account SpasmCare runs as");
    }
}
