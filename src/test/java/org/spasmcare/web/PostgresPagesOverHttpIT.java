package org.spasmcare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.spasmcare.support.HttpSession;
import org.spasmcare.support.OnPostgres;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * The same pages over HTTP with the postgres profile: the app's data is in PostgreSQL (no H2 file in
 * the data folder), through the profile's pool, and a signed-in session is a row in spring_session.
 */
@OnPostgres
class PostgresPagesOverHttpIT extends PagesOverHttpIT {

    @Test
    @Override
    @DisplayName("keeps its data in PostgreSQL through the profile's pool, not in an H2 file")
    void shouldKeepItsDatabaseInTheConfiguredDataFolder() {
        // (the data folder is shared with the H2 tests' app, so an H2 file there proves nothing either way)
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
        HikariDataSource pool = (HikariDataSource) context.getBean(DataSource.class);
        assertThat(pool.getJdbcUrl()).startsWith("jdbc:postgresql:")
                .isEqualTo(context.getEnvironment().getProperty("SPASMCARE_DB_URL"));
        assertThat(pool.getMaximumPoolSize()).isEqualTo(10);
        assertThat(pool.getConnectionTimeout()).isEqualTo(5_000);
    }

    @Test
    @Override
    @DisplayName("keeps sessions in the database, where every instance finds them")
    void shouldKeepSignedInSessionsWhereTheProfileSaysSo() {
        String username = "sessions" + System.nanoTime();
        HttpSession session = HttpSession.register(baseUrl(), username, "a long and unusual passphrase");

        assertThat(session.get("/log").statusCode()).as("signed in").isEqualTo(200);
        assertThat(context.getBean(JdbcIndexedSessionRepository.class)).isNotNull();
        Map<String, Object> row = jdbc.queryForMap("select session_id, principal_name from spring_session"
                + " where principal_name = ?", username);
        assertThat(session.cookie()).startsWith("SESSION=");
        assertThat(jdbc.queryForObject("select count(*) from spring_session_attributes a join spring_session s"
                + " on s.primary_id = a.session_primary_id where s.principal_name = ? and a.attribute_name = ?",
                Integer.class, username, "SPRING_SECURITY_CONTEXT")).isEqualTo(1);
        assertThat(row.get("session_id")).isNotNull();
    }
}
