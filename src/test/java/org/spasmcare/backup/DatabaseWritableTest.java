package org.spasmcare.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The readiness check of the database: down when H2 has the database open read-only, as it does when it
 * cannot write the file (a read-only folder; simulated with ACCESS_MODE_DATA=r, since tests may run as root).
 */
class DatabaseWritableTest {

    @TempDir
    Path root;

    private DataSource h2(String settings) {
        return new DriverManagerDataSource("jdbc:h2:file:" + root.resolve("spasmcare") + settings, "sa", "");
    }

    @Test
    void shouldBeUpWhenTheDatabaseTakesWritesAndLeaveNothingBehind() {
        DataSource writable = h2("");
        new JdbcTemplate(writable).execute("create table note (id int)");

        assertThat(new DatabaseWritableHealthIndicator(writable).health().getStatus()).isEqualTo(Status.UP);
        assertThat(new JdbcTemplate(writable).queryForObject("select count(*) from note", Integer.class)).isZero();
    }

    @Test
    void shouldBeDownWhenTheDatabaseIsReadOnly() {
        new JdbcTemplate(h2(";DB_CLOSE_DELAY=0")).execute("create table note (id int)");

        DataSource readOnly = h2(";ACCESS_MODE_DATA=r");

        assertThat(new DatabaseWritableHealthIndicator(readOnly).health().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void shouldBeDownWhenTheDatabaseCannotBeReached() {
        DataSource missing = new DriverManagerDataSource("jdbc:h2:file:" + root.resolve("none") + ";IFEXISTS=TRUE",
                "sa", "");

        assertThat(new DatabaseWritableHealthIndicator(missing).health().getStatus()).isEqualTo(Status.DOWN);
    }
}
