package org.spasmcare.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V10 on a log kept at V9, when each entry's treatments were one comma-separated text: every code becomes a
 * row of log_entry_treatment, nothing else in the log changes, and the text column is gone. The PostgreSQL
 * run is in the subclass.
 */
class LogEntryTreatmentsMigrationTest {

    /** The text each day was saved with at V9, and the rows it must become. */
    private static final Map<String, List<String>> DAYS = Map.of(
            "2026-11-02", List.of(),
            "2026-11-03", List.of("NSAIDS"),
            "2026-11-04", List.of("HEAT_COLD", "NSAIDS"),
            "2026-11-05", List.of("HEAT_COLD", "MASSAGE", "MUSCLE_RELAXANTS", "NSAIDS", "PHYSICAL_THERAPY",
                    "REST_ACTIVITY", "SPINAL_MANIPULATION"),
            "2026-11-06", List.of("MUSCLE_RELAXANTS", "SPINAL_MANIPULATION"));

    /** A fresh, empty database; the subclass gives a PostgreSQL one. */
    protected DriverManagerDataSource freshDatabase() {
        return new DriverManagerDataSource("jdbc:h2:mem:v10-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    /** Ends the database when the test is done. */
    protected void dispose(DriverManagerDataSource dataSource) {
        new JdbcTemplate(dataSource).execute("shutdown");
    }

    @Test
    void shouldMoveEveryTreatmentOfEveryEntryIntoRowsOfItsOwn() {
        DriverManagerDataSource dataSource = freshDatabase();
        try {
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("9").load().migrate();
            jdbc.update("insert into account (username, password_hash, role, enabled, created_at)"
                    + " values ('ann', 'hash', 'PATIENT', true, CURRENT_TIMESTAMP)");
            jdbc.update("insert into episode (account_id, onset_date, started_at, is_current, red_flags, safety_factors)"
                    + " select id, DATE '2026-11-01', CURRENT_TIMESTAMP, true, '', '' from account");
            DAYS.forEach((day, codes) -> jdbc.update("insert into log_entry (episode_id, entry_date, pain, interference,"
                    + " treatments, red_flags, red_flags_seen, notes) select id, DATE '" + day + "', 5, 4, ?, 'FEVER', '',"
                    + " 'day " + day + "' from episode", String.join(",", codes)));
            String entries = "select id, entry_date, pain, interference, red_flags, red_flags_seen, notes, version"
                    + " from log_entry order by entry_date";
            List<Map<String, Object>> before = jdbc.queryForList(entries);

            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

            assertThat(jdbc.queryForList(entries)).as("nothing else changes").isEqualTo(before);
            DAYS.forEach((day, codes) -> assertThat(jdbc.queryForList("select t.treatment from log_entry_treatment t"
                    + " join log_entry e on e.id = t.log_entry_id where e.entry_date = DATE '" + day + "'"
                    + " order by t.treatment", String.class)).as(day).containsExactlyElementsOf(codes));
            assertThat(jdbc.queryForList("select lower(column_name) from information_schema.columns"
                    + " where lower(table_name) = 'log_entry'", String.class)).doesNotContain("treatments");

            // gone with the entry
            jdbc.update("delete from account");
            assertThat(jdbc.queryForObject("select count(*) from log_entry_treatment", Integer.class)).isZero();
        } finally {
            dispose(dataSource);
        }
    }
}
