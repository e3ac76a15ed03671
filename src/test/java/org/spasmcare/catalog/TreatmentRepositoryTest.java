package org.spasmcare.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.spasmcare.catalog.internal.CatalogVersion;
import org.spasmcare.catalog.internal.Treatment;
import org.spasmcare.catalog.internal.TreatmentRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

/** Flyway's migrations on a fresh database, read back through JPA. */
@DataJpaTest(showSql = false)
class TreatmentRepositoryTest {

    @Autowired
    private TreatmentRepository treatments;

    @Value("${spring.jpa.hibernate.ddl-auto}")
    private String schemaCheck;

    /** The app skips it at start-up (application.yml): the tests are where a mapping that drifted fails. */
    @Test
    void shouldCheckTheEntitiesAgainstTheMigratedSchemaInEveryTest() {
        assertThat(schemaCheck).isEqualTo("validate");
    }

    @Test
    void shouldSeedExactlyTheSevenTreatmentsInDisplayOrder() {
        List<Treatment> all = treatments.findAllByOrderByDisplayOrderAsc();

        assertThat(all).extracting(Treatment::getCode).containsExactly(
                "REST_ACTIVITY", "HEAT_COLD", "NSAIDS", "MUSCLE_RELAXANTS",
                "PHYSICAL_THERAPY", "MASSAGE", "SPINAL_MANIPULATION");
        assertThat(all).extracting(Treatment::getDisplayOrder).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(treatments.count()).isEqualTo(7);
    }

    @Test
    void shouldFillEveryContentFieldOfEveryTreatment() {
        List<Function<Treatment, String>> fields = List.of(Treatment::getSlug, Treatment::getName,
                Treatment::getSummary, Treatment::getHowTo, Treatment::getCautions, Treatment::getEvidence,
                Treatment::getComplexity, Treatment::getResources, Treatment::getExpectedOutcome,
                Treatment::getIdealUse, Treatment::getKeyAdvantages);

        for (Treatment treatment : treatments.findAll()) {
            for (Function<Treatment, String> field : fields) {
                assertThat(field.apply(treatment)).as("a field of %s", treatment.getCode()).isNotBlank();
            }
            // published once since the shipped wording: the clinical rules version 2 revision (V7)
            assertThat(treatment.getVersion()).isEqualTo(1);
        }
    }

    @Test
    void shouldChangeTheCatalogVersionWhenATreatmentIsSaved() {
        assertThat(treatments.catalogVersion()).isEqualTo(new CatalogVersion(7, 7));

        Treatment massage = treatments.findBySlug("massage").orElseThrow();
        massage.publish(massage.content().withSummary("Published again."));
        treatments.saveAndFlush(massage);

        assertThat(treatments.catalogVersion()).isEqualTo(new CatalogVersion(8, 7));
    }

    @Test
    void shouldGiveEveryTreatmentAUrlSafeSlug() {
        assertThat(treatments.findAll()).extracting(Treatment::getSlug)
                .allMatch(slug -> slug.matches("[a-z]+(-[a-z]+)*"))
                .doesNotHaveDuplicates()
                .doesNotContain("compare");
    }

    @Test
    void shouldWriteStepsAsANumberedListAndCautionsAsBullets() {
        for (Treatment treatment : treatments.findAll()) {
            assertThat(treatment.getHowTo()).as("steps of %s", treatment.getCode()).containsPattern("(?m)^1\\. ");
            assertThat(treatment.getCautions()).as("cautions of %s", treatment.getCode()).containsPattern("(?m)^- ");
        }
    }

    @Test
    void shouldNeverStateAMedicineDose() {
        // Doses come from the label or a pharmacist, never from us (docs/ux.md).
        assertThat(treatments.findAll())
                .allSatisfy(t -> assertThat(String.join(" ", t.getSummary(), t.getHowTo(), t.getCautions(), t.getEvidence()))
                        .as("content of %s", t.getCode())
                        .doesNotContainPattern("(?i)\\d+\\s*(mg|milligram)"));
    }
}
