package org.spasmcare.backup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Part of the readiness probe ({@code /actuator/health/readiness}): the app is ready only when its database
 * takes writes. H2 opens a database whose file it cannot write (a read-only data folder or volume) read-only,
 * and the app would otherwise answer ready while every save, sign-in included, fails. Checks the database's
 * own read-only state, so nothing is written and no row is left: H2's {@code READONLY()}, PostgreSQL's
 * {@code transaction_read_only} (a standby, or a read-only default).
 */
class DatabaseWritableHealthIndicator implements HealthIndicator {

    private final DataSource dataSource;

    DatabaseWritableHealthIndicator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Health health() {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            String query = switch (product) {
                case H2Files.H2 -> "SELECT READONLY()";
                case "PostgreSQL" -> "SELECT current_setting('transaction_read_only') = 'on'";
                default -> null;
            };
            if (query == null) {
                return Health.up().build();
            }
            try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
                boolean readOnly = result.next() && result.getBoolean(1);
                return readOnly ? Health.down().withDetail("reason", "the database is read-only").build()
                        : Health.up().build();
            }
        } catch (SQLException e) {
            return Health.down(e).build();
        }
    }
}
