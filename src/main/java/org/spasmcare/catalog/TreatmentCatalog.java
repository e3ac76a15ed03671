package org.spasmcare.catalog;

import java.util.List;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The read side of the treatment catalog. Every patient page reads it, and it changes only when
 * staff publish, so the rendered snapshot is cached until {@link #refresh()}.
 */
@Service
public class TreatmentCatalog {

    static final String CACHE_NAME = "treatment-catalog";

    private final TreatmentRepository treatments;
    private final SafeMarkdown markdown;
    private final CacheManager cacheManager;

    TreatmentCatalog(TreatmentRepository treatments, SafeMarkdown markdown, CacheManager cacheManager) {
        this.treatments = treatments;
        this.markdown = markdown;
        this.cacheManager = cacheManager;
    }

    @Cacheable(CACHE_NAME)
    @Transactional(readOnly = true)
    public PublishedTreatments published() {
        List<TreatmentView> views = treatments.findAllByOrderByDisplayOrderAsc().stream()
                .map(this::toView)
                .toList();
        return PublishedTreatments.of(views);
    }

    /** Drops the cached snapshot; the next read loads and renders the catalog again. */
    @CacheEvict(cacheNames = CACHE_NAME, allEntries = true)
    public void refresh() {
        // the annotation does the work
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
                    clearCache();
                }
            });
        } else {
            clearCache();
        }
    }

    /** A treatment exactly as patients would see it with this content: the same rendering and sanitizing. */
    public TreatmentView render(String code, String slug, TreatmentContent c) {
        return new TreatmentView(code, slug, c.name(), c.summary(),
                markdown.toHtml(c.howTo()), markdown.toHtml(c.cautions()), markdown.toHtml(c.evidence()),
                new TreatmentView.ComparisonRow(c.complexity(), c.resources(), c.expectedOutcome(), c.idealUse(),
                        c.keyAdvantages()));
    }

    private TreatmentView toView(Treatment t) {
        return render(t.getCode(), t.getSlug(), t.content());
    }

    private void clearCache() {
        Cache cache = cacheManager.getCache(CACHE_NAME);
        if (cache != null) {
            cache.clear();
        }
    }
}
