package org.spasmcare.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spasmcare.catalog.internal.CatalogVersion;
import org.spasmcare.catalog.internal.Treatment;
import org.spasmcare.catalog.internal.TreatmentRepository;
import org.springframework.beans.BeanUtils;
import org.springframework.context.event.DefaultEventListenerFactory;
import org.springframework.context.event.EventListenerMethodProcessor;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.event.TransactionalEventListenerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The catalog's read side: rendered once, served from the cache, reloaded after a refresh here, and
 * reloaded within the check interval when another instance changed the treatments (a clock the test moves).
 * Plain objects, no Spring context (but for the after-commit test): the catalog builds its cache itself.
 */
class TreatmentCatalogTest {

    private static final CatalogVersion SEEDED = new CatalogVersion(0, 1);
    private static final CatalogVersion PUBLISHED_ELSEWHERE = new CatalogVersion(1, 1);

    private final TreatmentRepository repository = mock(TreatmentRepository.class);
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-22T10:00:00Z"));
    private final TreatmentCatalog catalog = new TreatmentCatalog(repository, new SafeMarkdown(), clock,
            new CatalogProperties(5));

    @BeforeEach
    void setUp() {
        given(repository.catalogVersion()).willReturn(SEEDED);
        given(repository.findAllByOrderByDisplayOrderAsc()).willReturn(
                List.of(treatment("HEAT_COLD", "heat-and-cold", "Heat and cold", "1. Cold\n2. Heat<script>x</script>")));
    }

    @Test
    void shouldReadTheDatabaseOnceAndThenServeFromTheCache() {
        PublishedTreatments first = catalog.published();
        PublishedTreatments second = catalog.published();

        assertThat(second).isSameAs(first);
        verify(repository, times(1)).findAllByOrderByDisplayOrderAsc();
        verify(repository, times(1)).catalogVersion(); // read with the rows; not checked again at once
    }

    @Test
    void shouldReloadWithinTheCheckIntervalWhenAnotherInstancePublished() {
        assertThat(catalog.published().findByCode("HEAT_COLD").orElseThrow().name()).isEqualTo("Heat and cold");
        publishElsewhere("Warmth and cold");

        clock.move(Duration.ofSeconds(4));
        assertThat(catalog.published().findByCode("HEAT_COLD").orElseThrow().name())
                .as("within the interval: the cached snapshot, no query").isEqualTo("Heat and cold");
        verify(repository, times(1)).catalogVersion();

        clock.move(Duration.ofSeconds(1));
        assertThat(catalog.published().findByCode("HEAT_COLD").orElseThrow().name())
                .as("5 s on: checked, changed, reloaded").isEqualTo("Warmth and cold");
        verify(repository, times(2)).findAllByOrderByDisplayOrderAsc();
    }

    @Test
    void shouldKeepTheSnapshotWhenTheVersionIsUnchanged() {
        PublishedTreatments first = catalog.published();
        for (int i = 0; i < 3; i++) {
            clock.move(Duration.ofSeconds(6));
            assertThat(catalog.published()).isSameAs(first);
        }
        verify(repository, times(4)).catalogVersion(); // the load, then one check every interval
        verify(repository, times(1)).findAllByOrderByDisplayOrderAsc();
    }

    @Test
    void shouldCheckAtMostOnceAnIntervalHoweverManyReads() {
        catalog.published();
        clock.move(Duration.ofSeconds(5));
        for (int i = 0; i < 50; i++) {
            catalog.published();
        }
        verify(repository, times(2)).catalogVersion();
    }

    @Test
    void shouldKeepServingTheSnapshotWhenTheCheckFails() {
        PublishedTreatments first = catalog.published();
        given(repository.catalogVersion()).willThrow(new DataAccessResourceFailureException("database down"));
        clock.move(Duration.ofSeconds(5));

        assertThat(catalog.published()).isSameAs(first);
        verify(repository, times(1)).findAllByOrderByDisplayOrderAsc();
    }

    @Test
    void shouldRefreshOnlyOnceTheTransactionCommits() {
        PublishedTreatments before = catalog.published();
        publishElsewhere("Warmth and cold"); // in the publishing transaction, not yet committed
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            // what Spring does with the catalog's listener: the transactional listener factory, the catalog bean
            context.registerBean(TransactionalEventListenerFactory.class);
            context.registerBean(TreatmentCatalog.class, () -> catalog);
            context.registerBean(EventListenerMethodProcessor.class);
            context.registerBean(DefaultEventListenerFactory.class);
            context.refresh();
            TransactionSynchronizationManager.initSynchronization();
            TransactionSynchronizationManager.setActualTransactionActive(true);
            try {
                context.publishEvent(new TreatmentPublished("HEAT_COLD"));
                assertThat(catalog.published()).as("before the commit").isSameAs(before);
                List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
                assertThat(synchronizations).isNotEmpty();
                synchronizations.forEach(TransactionSynchronization::afterCommit);
                synchronizations.forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
            } finally {
                TransactionSynchronizationManager.setActualTransactionActive(false);
                TransactionSynchronizationManager.clearSynchronization();
            }
        }
        assertThat(catalog.published().findByCode("HEAT_COLD").orElseThrow().name()).isEqualTo("Warmth and cold");
    }

    @Test
    void shouldReloadAfterARefresh() {
        catalog.published();
        catalog.refresh();
        catalog.published();

        verify(repository, times(2)).findAllByOrderByDisplayOrderAsc();
    }

    @Test
    void shouldFindByCodeAndSlugAndServeSanitizedHtml() {
        PublishedTreatments published = catalog.published();

        assertThat(published.findBySlug("heat-and-cold")).get().extracting(TreatmentView::code).isEqualTo("HEAT_COLD");
        assertThat(published.findByCode("HEAT_COLD")).isPresent();
        assertThat(published.findBySlug("nope")).isEmpty();
        assertThat(published.findByCode("HEAT_COLD").orElseThrow().howToHtml())
                .contains("<ol>").doesNotContain("<script>");
    }

    private void publishElsewhere(String newName) {
        given(repository.catalogVersion()).willReturn(PUBLISHED_ELSEWHERE);
        given(repository.findAllByOrderByDisplayOrderAsc()).willReturn(
                List.of(treatment("HEAT_COLD", "heat-and-cold", newName, "1. Cold")));
    }

    /** A clock that stands still until the test moves it. */
    static final class MovableClock extends Clock {

        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    static Treatment treatment(String code, String slug, String name, String howTo) {
        Treatment treatment = BeanUtils.instantiateClass(Treatment.class); // the JPA constructor is protected
        ReflectionTestUtils.setField(treatment, "code", code);
        ReflectionTestUtils.setField(treatment, "slug", slug);
        ReflectionTestUtils.setField(treatment, "content", new TreatmentContent(name, name + " summary", howTo,
                "- Careful", "**Some** evidence", "Low", "Towel", "Relief", "Early days", "Cheap", 1, "Moderate", "Free",
                "ACP 2017", "The clinical team", java.time.LocalDate.of(2026, 11, 30), java.time.LocalDate.of(2027, 11, 30)));
        return treatment;
    }
}
