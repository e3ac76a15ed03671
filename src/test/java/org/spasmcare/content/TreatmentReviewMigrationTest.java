package org.spasmcare.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V9, the review and sources of every treatment, on a database that staff used at V8: a published staff
 * edit and a draft waiting for review. Every treatment and every one of its revisions carries the review
 * of 30 November 2026 by the SpasmCare clinical team, due again a year later, and the sources the clinical
 * rules name for it; nothing else in the content changes. The PostgreSQL run is in the subclass.
 */
class TreatmentReviewMigrationTest {

    private static final List<String> CODES = List.of("REST_ACTIVITY", "HEAT_COLD", "NSAIDS", "MUSCLE_RELAXANTS",
            "PHYSICAL_THERAPY", "MASSAGE", "SPINAL_MANIPULATION");

    /** A fresh, empty database; the subclass gives a PostgreSQL one. */
    protected DriverManagerDataSource freshDatabase() {
        return new DriverManagerDataSource("jdbc:h2:mem:v9-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    /** Ends the database when the test is done. */
    protected void dispose(DriverManagerDataSource dataSource) {
        new JdbcTemplate(dataSource).execute("shutdown");
    }

    @Test
    void shouldGiveEveryTreatmentAndRevisionItsReviewAndSources() {
        DriverManagerDataSource dataSource = freshDatabase();
        try {
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("8").load().migrate();
            // massage: a staff draft waiting for review on top of the published revision 2
            jdbc.update("insert into treatment_revision (treatment_id, number, status, name, summary, how_to, cautions,"
                    + " evidence, complexity, resources, expected_outcome, ideal_use, key_advantages, display_order,"
                    + " based_on, author, created_at) select id, 3, 'DRAFT', name, 'A staff draft.', how_to, cautions,"
                    + " evidence, complexity, resources, expected_outcome, ideal_use, key_advantages, display_order, 2,"
                    + " 'alice', current_timestamp from treatment where code = 'MASSAGE'");
            jdbc.update("update treatment set head_revision = 3, version = version + 1 where code = 'MASSAGE'");
            List<Map<String, Object>> before = jdbc.queryForList(
                    "select id, number, status, summary, cautions from treatment_revision order by id");

            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

            assertThat(jdbc.queryForList("select id, number, status, summary, cautions from treatment_revision order by id"))
                    .as("nothing else changes").isEqualTo(before);
            assertThat(jdbc.queryForList("select code from treatment order by display_order", String.class))
                    .containsExactlyElementsOf(CODES);
            for (String code : CODES) {
                Map<String, Object> t = jdbc.queryForMap("select * from treatment where code = ?", code);
                assertThat(t.get("REVIEWED_BY")).as(code).isEqualTo("SpasmCare clinical team");
                assertThat(((Date) t.get("REVIEWED_ON")).toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 30));
                assertThat(((Date) t.get("REVIEW_DUE")).toLocalDate()).isEqualTo(LocalDate.of(2027, 11, 30));
                assertThat((String) t.get("EVIDENCE_LEVEL")).as(code).isNotBlank().hasSizeLessThanOrEqualTo(60);
                assertThat((String) t.get("COST")).as(code).isNotBlank().hasSizeLessThanOrEqualTo(60);
                String sources = (String) t.get("SOURCES");
                assertThat(sources).as(code).contains("American College of Physicians (ACP) guideline on low back pain, 2017")
                        .doesNotContain("http").doesNotContain("www.");
                if (!code.equals("MUSCLE_RELAXANTS")) {
                    assertThat(sources).as(code).contains("NICE guideline NG59");
                }
                // every revision, old ones and the staff draft included, carries the same review and sources
                List<Map<String, Object>> revisions = jdbc.queryForList("select evidence_level, cost, sources, reviewed_by,"
                        + " reviewed_on, review_due from treatment_revision where treatment_id = ?", t.get("ID"));
                assertThat(revisions).as(code).hasSize(code.equals("MASSAGE") ? 3 : 2).allSatisfy(r -> {
                    assertThat(r.get("SOURCES")).isEqualTo(sources);
                    assertThat(r.get("EVIDENCE_LEVEL")).isEqualTo(t.get("EVIDENCE_LEVEL"));
                    assertThat(r.get("COST")).isEqualTo(t.get("COST"));
                    assertThat(r.get("REVIEWED_BY")).isEqualTo("SpasmCare clinical team");
                    assertThat(((Date) r.get("REVIEWED_ON")).toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 30));
                    assertThat(((Date) r.get("REVIEW_DUE")).toLocalDate()).isEqualTo(LocalDate.of(2027, 11, 30));
                });
            }
            assertThat(jdbc.queryForObject("select sources from treatment where code = 'NSAIDS'", String.class))
                    .contains("FDA advice on NSAIDs in pregnancy, 2020").contains("MHRA advice on NSAIDs in pregnancy, 2023");
            assertThat(jdbc.queryForObject("select sources from treatment where code = 'MUSCLE_RELAXANTS'", String.class))
                    .contains("Cashin and others, BMJ 2021");
            assertThat(jdbc.queryForObject("select evidence_level from treatment where code = 'MUSCLE_RELAXANTS'",
                    String.class)).startsWith("Low");
        } finally {
            dispose(dataSource);
        }
    }
}
