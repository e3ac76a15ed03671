package org.spasmcare.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.spasmcare.catalog.TreatmentContent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V7, the clinical rules version 2 wording, on a database that staff used before it: the app runs at
 * schema V6, staff publish, draft and send back changes through the real editing service, then the
 * database is migrated to the latest version. A treatment nobody had edited shows the new wording at
 * once; where staff had edited, nothing they wrote changes for patients, and the new wording waits as a
 * draft by "system" that an editor still holding the old head is told about, and that staff publish as usual.
 */
// the schema stops at V6 on purpose (later migrations add columns the entities already map), so Hibernate
// does not validate it here. The entities map V9's review columns, which a V6 database lacks: the test adds
// them for the staff steps and drops them again before migrating, so V7, V8 and V9 run on a true V6 schema.
// The same for the account columns the first admin's entity needs at start-up (db/after-v6-entity-columns).
@SpringBootTest(properties = {"spring.flyway.target=6", "spring.jpa.hibernate.ddl-auto=none",
        "spring.flyway.locations=classpath:db/migration,classpath:db/after-v6-entity-columns"})
@AutoConfigureTestDatabase
class ClinicalRulesV2WordingMigrationTest {

    private static final String NEW_CAUTION = "emergency signs in the box at the end of this page";

    @Autowired
    private ContentEditing editing;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private DataSource dataSource;

    @Test
    void shouldPublishWhereNobodyEditedAndLeaveADraftWhereStaffDid() {
        assertThat(jdbc.queryForObject("select \"version\" from \"flyway_schema_history\" where \"success\""
                + " order by \"installed_rank\" desc limit 1", String.class)).isEqualTo("6");

        addV9ColumnsForTheEntities();
        // massage: a staff edit, published
        TreatmentContent massage = editing.editor("massage").content();
        TreatmentContent massageByStaff = withSummary(massage, "Our clinic's own words about massage.");
        assertThat(editing.saveDraft("massage", "alice", 1, massageByStaff)).isInstanceOf(SaveOutcome.Saved.class);
        assertThat(editing.publish("massage", "bob", 2)).isEqualTo(ContentEditing.ReviewOutcome.PUBLISHED);
        // nsaids: a staff draft waiting for review, which carol has open in her editor
        TreatmentContent nsaids = editing.editor("nsaids").content();
        TreatmentContent nsaidsDraft = withSummary(nsaids, "A staff draft about NSAIDs, not reviewed yet.");
        editing.saveDraft("nsaids", "alice", 1, nsaidsDraft);
        int carolOpened = editing.editor("nsaids").state().head().number();
        // spinal manipulation: published staff edit, then a second draft sent back
        TreatmentContent spinal = withSummary(editing.editor("spinal-manipulation").content(), "Staff wording, published.");
        editing.saveDraft("spinal-manipulation", "alice", 1, spinal);
        editing.publish("spinal-manipulation", "bob", 2);
        editing.saveDraft("spinal-manipulation", "alice", 2, withSummary(spinal, "A second try, sent back."));
        editing.sendBack("spinal-manipulation", "bob", 3, "Not yet.");
        Map<String, Object> patientsSawMassage = patientContent("massage");
        Map<String, Object> patientsSawNsaids = patientContent("nsaids");
        Map<String, Object> patientsSawSpinal = patientContent("spinal-manipulation");

        dropV9Columns();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

        // never edited: published at once, by system, in the history
        for (String slug : List.of("rest-and-activity", "heat-and-cold", "muscle-relaxants", "physical-therapy")) {
            Map<String, Object> row = treatmentRow(slug);
            assertThat(row).containsEntry("HEAD_REVISION", 2).containsEntry("PUBLISHED_REVISION", 2)
                    .containsEntry("VERSION", 1L);
            RevisionSummary revision = editing.history(slug).revisions().get(0);
            assertThat(revision.number()).isEqualTo(2);
            assertThat(revision.status()).isEqualTo(RevisionStatus.PUBLISHED);
            assertThat(revision.author()).isEqualTo("system");
            assertThat(revision.bySystem()).isTrue();
            assertThat(revision.reviewer()).isEqualTo("system");
            assertThat(revision.reviewComment()).contains("Clinical rules version 2 safety update");
            assertThat(revision.basedOn()).isEqualTo(1);
            assertThat(revision.live()).isTrue();
            assertThat((String) row.get("CAUTIONS")).as(slug).contains(NEW_CAUTION)
                    .isEqualTo(editing.revisionDetail(slug, 2).content().cautions());
            assertThat(editing.overview()).filteredOn(state -> state.slug().equals(slug))
                    .singleElement().satisfies(state -> assertThat(state.isWaitingForReview()).isFalse());
        }
        assertThat(jdbc.queryForList("select action from audit_event where actor = 'system' and target = 'heat-and-cold'",
                String.class)).containsExactly("PUBLISH");

        // staff edit published: patients keep it, the new wording waits as a draft on top of it
        assertThat(patientContent("massage")).isEqualTo(patientsSawMassage);
        assertThat(treatmentRow("massage")).containsEntry("HEAD_REVISION", 3).containsEntry("PUBLISHED_REVISION", 2);
        RevisionSummary massageDraft = editing.history("massage").revisions().get(0);
        assertThat(massageDraft.number()).isEqualTo(3);
        assertThat(massageDraft.status()).isEqualTo(RevisionStatus.DRAFT);
        assertThat(massageDraft.author()).isEqualTo("system");
        assertThat(massageDraft.basedOn()).isEqualTo(2);
        assertThat(massageDraft.reviewer()).isNull();
        assertThat(editing.revisionDetail("massage", 2).revision().status()).isEqualTo(RevisionStatus.PUBLISHED);
        assertThat(editing.revisionDetail("massage", 2).content()).isEqualTo(afterV9("massage", massageByStaff));
        ContentEditing.Review review = editing.review("massage");
        assertThat(review.state().isWaitingForReview()).isTrue();
        assertThat(review.mayBePublishedBy("bob", true)).isTrue();
        assertThat(review.published().summary()).isEqualTo("Our clinic's own words about massage.");
        assertThat(review.draft().cautions()).contains(NEW_CAUTION);
        assertThat(review.draft().name()).isEqualTo(massageByStaff.name());
        assertThat(jdbc.queryForList("select action from audit_event where actor = 'system' and target = 'massage'",
                String.class)).containsExactly("SAVE_DRAFT");

        // staff draft waiting: replaced for review (kept in the history), patients keep what they saw
        assertThat(patientContent("nsaids")).isEqualTo(patientsSawNsaids);
        assertThat(editing.revisionDetail("nsaids", 2).revision().status()).isEqualTo(RevisionStatus.SUPERSEDED);
        assertThat(editing.revisionDetail("nsaids", 2).content()).isEqualTo(afterV9("nsaids", nsaidsDraft));
        assertThat(editing.history("nsaids").revisions().get(0))
                .satisfies(r -> assertThat(r.number()).isEqualTo(3))
                .satisfies(r -> assertThat(r.status()).isEqualTo(RevisionStatus.DRAFT))
                .satisfies(r -> assertThat(r.author()).isEqualTo("system"))
                .satisfies(r -> assertThat(r.basedOn()).isEqualTo(2));
        // carol, who opened revision 2, is told what changed meanwhile; nothing of hers is saved over it
        SaveOutcome carol = editing.saveDraft("nsaids", "carol", carolOpened,
                withSummary(afterV9("nsaids", nsaidsDraft), "Carol's text."));
        assertThat(carol).isInstanceOf(SaveOutcome.ChangedMeanwhile.class);
        SaveOutcome.ChangedMeanwhile meanwhile = (SaveOutcome.ChangedMeanwhile) carol;
        assertThat(meanwhile.head().number()).isEqualTo(3);
        assertThat(meanwhile.head().author()).isEqualTo("system");
        assertThat(meanwhile.changes()).isNotEmpty();
        assertThat(editing.editor("nsaids").state().head().number()).isEqualTo(3);
        // published like any draft, by a member of staff
        assertThat(editing.publish("nsaids", "bob", 3)).isEqualTo(ContentEditing.ReviewOutcome.PUBLISHED);
        assertThat((String) patientContent("nsaids").get("CAUTIONS")).contains(NEW_CAUTION).contains("lithium");

        // a draft sent back: replaced too; patients keep the published staff wording
        assertThat(patientContent("spinal-manipulation")).isEqualTo(patientsSawSpinal);
        assertThat(editing.revisionDetail("spinal-manipulation", 3).revision().status())
                .isEqualTo(RevisionStatus.SUPERSEDED);
        assertThat(treatmentRow("spinal-manipulation")).containsEntry("HEAD_REVISION", 4)
                .containsEntry("PUBLISHED_REVISION", 2);
        assertThat(editing.editor("spinal-manipulation").state().isWaitingForReview()).isTrue();

        // exactly one system revision each, and only one open draft per treatment
        assertThat(jdbc.queryForObject("select count(*) from treatment_revision where author = 'system'", Integer.class))
                .isEqualTo(7);
        assertThat(jdbc.queryForList("select treatment_id from treatment_revision where status in ('DRAFT', 'SENT_BACK')"
                + " group by treatment_id having count(*) > 1", Long.class)).isEmpty();
    }

    /** The columns V9 adds, as nullable placeholders, so that the entities can read and write a V6 database. */
    private void addV9ColumnsForTheEntities() {
        for (String table : List.of("treatment", "treatment_revision")) {
            jdbc.execute("alter table " + table + " add column evidence_level varchar(300) default 'placeholder'");
            jdbc.execute("alter table " + table + " add column cost varchar(300) default 'placeholder'");
            jdbc.execute("alter table " + table + " add column sources varchar(2000) default 'placeholder'");
            jdbc.execute("alter table " + table + " add column reviewed_by varchar(120) default 'placeholder'");
            jdbc.execute("alter table " + table + " add column reviewed_on date default date '2020-01-01'");
            jdbc.execute("alter table " + table + " add column review_due date default date '2020-01-02'");
        }
    }

    private void dropV9Columns() {
        for (String table : List.of("treatment", "treatment_revision")) {
            for (String column : List.of("evidence_level", "cost", "sources", "reviewed_by", "reviewed_on", "review_due")) {
                jdbc.execute("alter table " + table + " drop column " + column);
            }
        }
        for (String column : List.of("totp_secret", "totp_last_step", "recovery_code_hash")) {
            jdbc.execute("alter table account drop column " + column);
        }
    }

    /** Content saved before V9, as it reads after V9: every revision carries its treatment's review and sources. */
    private TreatmentContent afterV9(String slug, TreatmentContent before) {
        Map<String, Object> row = jdbc.queryForMap("select evidence_level, cost, sources, reviewed_by, reviewed_on,"
                + " review_due from treatment where slug = ?", slug);
        assertThat(row.get("REVIEWED_BY")).isEqualTo("SpasmCare clinical team");
        assertThat(row.get("SOURCES").toString()).contains("ACP");
        return before.withReview((String) row.get("EVIDENCE_LEVEL"), (String) row.get("COST"), (String) row.get("SOURCES"),
                (String) row.get("REVIEWED_BY"), java.time.LocalDate.of(2026, 11, 30), java.time.LocalDate.of(2027, 11, 30));
    }

    private Map<String, Object> treatmentRow(String slug) {
        return jdbc.queryForMap("select head_revision, published_revision, version, cautions from treatment where slug = ?",
                slug);
    }

    private Map<String, Object> patientContent(String slug) {
        return jdbc.queryForMap("select name, summary, how_to, cautions, evidence, complexity, resources, expected_outcome,"
                + " ideal_use, key_advantages, display_order from treatment where slug = ?", slug);
    }

    private static TreatmentContent withSummary(TreatmentContent c, String summary) {
        return c.withSummary(summary);
    }
}
