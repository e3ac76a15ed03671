package org.spasmcare.catalog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The read side of the treatment catalog. Every patient page reads it, and it changes only when staff
 * publish, so the rendered snapshot is cached.
 *
 * <p>Publishing through this instance drops the snapshot as soon as the transaction commits
 * ({@link #refreshAfterCommit()}). Publishing through another instance (several behind a load balancer,
 * on one PostgreSQL database) cannot reach this cache, so reads also compare the snapshot with the
 * table's {@link CatalogVersion}, one small aggregate query at most every
 * {@code spasmcare.catalog.check-seconds}, and reload it when it changed: another instance's content
 * reaches patients here within that time.
 */
@Service
public class TreatmentCatalog {

    static final String CACHE_NAME = "treatment-catalog";
    private static final String KEY = "published";
    private static final Logger log = LoggerFactory.getLogger(TreatmentCatalog.class);

    private final TreatmentRepository treatments;
    private final SafeMarkdown markdown;
    private final CacheManager cacheManager;
    private final Clock clock;
    private final Duration checkEvery;
    /** When a read next compares the snapshot with the database. */
    private final AtomicReference<Instant> nextCheck = new AtomicReference<>(Instant.MIN);

    TreatmentCatalog(TreatmentRepository treatments, SafeMarkdown markdown, CacheManager cacheManager, Clock clock,
            CatalogProperties properties) {
        this.treatments = treatments;
        this.markdown = markdown;
        this.cacheManager = cacheManager;
        this.clock = clock;
        this.checkEvery = properties.checkEvery();
    }

    /** The catalog as patients see it now: the cached snapshot, reloaded when the treatments changed. */
    public PublishedTreatments published() {
        Cache cache = cache();
        reloadIfChangedElsewhere(cache);
        return cache.get(KEY, this::load).treatments();
    }

    /** Drops the cached snapshot; the next read loads and renders the catalog again. */
    public void refresh() {
        cache().clear();
    }

    /**
     * Drops the cached snapshot once the current transaction commits (at once when there is none): evicting
     * before the commit would let a patient's request cache the old content again in between.
     */
    public void refreshAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    refresh();
                }
            });
        } else {
            refresh();
        }
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

    private TreatmentView toView(Treatment t) {
        return render(t.getCode(), t.getSlug(), t.content());
    }

    /**
     * Reads the version first, then the rows: the snapshot is at least as new as the version it carries,
     * so a change can make it reload once too often, never miss.
     */
    private Snapshot load() {
        CatalogVersion version = treatments.catalogVersion();
        List<TreatmentView> views = treatments.findAllByOrderByDisplayOrderAsc().stream()
                .map(this::toView)
                .toList();
        return new Snapshot(version, PublishedTreatments.of(views));
    }

    /**
     * Once the check interval has passed (one reader checks, the others keep reading the snapshot), compares
     * the snapshot's version with the table's and drops the snapshot when they differ. If the database cannot
     * answer, patients keep the content they had: the next check tries again.
     */
    private void reloadIfChangedElsewhere(Cache cache) {
        Instant now = clock.instant();
        Instant due = nextCheck.get();
        if (now.isBefore(due) || !nextCheck.compareAndSet(due, now.plus(checkEvery))) {
            return;
        }
        Snapshot cached = cache.get(KEY, Snapshot.class);
        if (cached == null) {
            return; // loading reads the version anyway
        }
        CatalogVersion current;
        try {
            current = treatments.catalogVersion();
        } catch (DataAccessException e) {
            log.warn("Cannot check whether the treatments changed; serving the cached ones: {}", e.getMessage());
            return;
        }
        if (!current.equals(cached.version())) {
            log.debug("The treatments changed elsewhere ({} -> {}): reloading", cached.version(), current);
            cache.evict(KEY);
        }
    }

    private Cache cache() {
        Cache cache = cacheManager.getCache(CACHE_NAME);
        if (cache == null) {
            throw new IllegalStateException("no cache named " + CACHE_NAME);
        }
        return cache;
    }

    /** The rendered catalog and the version of the table it was read at. */
    private record Snapshot(CatalogVersion version, PublishedTreatments treatments) {
    }
}
