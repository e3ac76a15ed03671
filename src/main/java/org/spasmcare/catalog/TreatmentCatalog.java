package org.spasmcare.catalog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spasmcare.catalog.internal.CatalogVersion;
import org.spasmcare.catalog.internal.Treatment;
import org.spasmcare.catalog.internal.TreatmentRepository;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The read side of the treatment catalog. Every patient page reads it, and it changes only when staff
 * publish, so the rendered snapshot is cached.
 *
 * <p>Publishing through this instance drops the snapshot as soon as the transaction commits (on
 * {@link TreatmentPublished}). Publishing through another instance (several behind a load balancer, on one
 * PostgreSQL database) cannot reach this cache, so the snapshot is refreshed after write: once
 * {@code spasmcare.catalog.check-seconds} have passed, the next read compares it with the table's
 * {@link CatalogVersion} (one small aggregate query) and reloads it only when it changed. Another
 * instance's content reaches patients here within that time.
 */
@Service
public class TreatmentCatalog {

    private static final String KEY = "published";
    private static final Logger log = LoggerFactory.getLogger(TreatmentCatalog.class);

    private final TreatmentRepository treatments;
    private final SafeMarkdown markdown;
    private final LoadingCache<String, Snapshot> snapshot;

    TreatmentCatalog(TreatmentRepository treatments, SafeMarkdown markdown, Clock clock, CatalogProperties properties) {
        this.treatments = treatments;
        this.markdown = markdown;
        this.snapshot = Caffeine.newBuilder()
                .refreshAfterWrite(refreshAfter(properties.checkEvery()))
                .ticker(ticking(clock))
                // the reader that finds the interval over checks at once (one small query) and sees the result;
                // the others keep reading the snapshot meanwhile
                .executor(Runnable::run)
                .build(new SnapshotLoader());
    }

    /** The catalog as patients see it now: the cached snapshot, reloaded when the treatments changed. */
    public PublishedTreatments published() {
        return snapshot.get(KEY).treatments();
    }

    /**
     * Drops the snapshot once the publishing transaction commits (at once when there is none): evicting before
     * the commit would let a patient's request cache the old content again in between.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void refreshOn(TreatmentPublished published) {
        refresh();
    }

    /** Drops the cached snapshot; the next read loads and renders the catalog again. */
    void refresh() {
        snapshot.invalidate(KEY);
    }

    /** A treatment exactly as patients would see it with this content: the same rendering and sanitizing. */
    public TreatmentView render(String code, String slug, TreatmentContent c) {
        return new TreatmentView(code, slug, c.name(), c.summary(),
                markdown.toHtml(c.howTo()), markdown.toHtml(c.cautions()), markdown.toHtml(c.evidence()),
                new TreatmentView.ComparisonRow(c.complexity(), c.resources(), c.expectedOutcome(), c.idealUse(),
                        c.keyAdvantages()),
                new TreatmentView.Glance(CareRoute.of(code), c.evidenceLevel(), c.cost()),
                new TreatmentView.Review(c.reviewedBy(), TreatmentContent.PAGE_DATE.format(c.reviewedOn()),
                        TreatmentContent.PAGE_DATE.format(c.reviewDue()), c.sourceList()));
    }

    /** Caffeine refreshes once strictly more than its duration has passed; the setting means "at least this long". */
    private static Duration refreshAfter(Duration checkEvery) {
        return checkEvery.isZero() ? Duration.ofNanos(1) : checkEvery.minusNanos(1);
    }

    /** The app's clock as Caffeine's ticker, so that tests can move time. */
    private static Ticker ticking(Clock clock) {
        return () -> {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        };
    }

    private TreatmentView toView(Treatment t) {
        return render(t.getCode(), t.getSlug(), t.content());
    }

    /** The rendered catalog and the version of the table it was read at. */
    private record Snapshot(CatalogVersion version, PublishedTreatments treatments) {
    }

    private final class SnapshotLoader implements CacheLoader<String, Snapshot> {

        /**
         * Reads the version first, then the rows: the snapshot is at least as new as the version it carries,
         * so a change can make it reload once too often, never miss.
         */
        @Override
        public Snapshot load(String key) {
            CatalogVersion version = treatments.catalogVersion();
            List<TreatmentView> views = treatments.findAllByOrderByDisplayOrderAsc().stream()
                    .map(TreatmentCatalog.this::toView)
                    .toList();
            return new Snapshot(version, PublishedTreatments.of(views));
        }

        /**
         * Reloads only when the table's version moved. If the database cannot answer, patients keep the content
         * they had: the next interval tries again.
         */
        @Override
        public Snapshot reload(String key, Snapshot cached) {
            CatalogVersion current;
            try {
                current = treatments.catalogVersion();
            } catch (DataAccessException e) {
                log.warn("Cannot check whether the treatments changed; serving the cached ones: {}", e.getMessage());
                return new Snapshot(cached.version(), cached.treatments());
            }
            if (current.equals(cached.version())) {
                // a new holder of the same treatments, so that the interval starts again from now
                return new Snapshot(current, cached.treatments());
            }
            log.debug("The treatments changed elsewhere ({} -> {}): reloading", cached.version(), current);
            return load(key);
        }
    }
}
