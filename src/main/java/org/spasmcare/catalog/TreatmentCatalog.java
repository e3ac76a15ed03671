package org.spasmcare.catalog;

import java.util.List;

import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of the treatment catalog. Every patient page reads it, and it changes only when
 * staff publish, so the rendered snapshot is cached until {@link #refresh()}.
 */
@Service
public class TreatmentCatalog {

    static final String CACHE_NAME = "treatment-catalog";

    private final TreatmentRepository treatments;
    private final SafeMarkdown markdown;

    TreatmentCatalog(TreatmentRepository treatments, SafeMarkdown markdown) {
        this.treatments = treatments;
        this.markdown = markdown;
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

    private TreatmentView toView(Treatment t) {
        return new TreatmentView(t.getCode(), t.getSlug(), t.getName(), t.getSummary(),
                markdown.toHtml(t.getHowTo()), markdown.toHtml(t.getCautions()), markdown.toHtml(t.getEvidence()),
                new TreatmentView.ComparisonRow(t.getComplexity(), t.getResources(), t.getExpectedOutcome(),
                        t.getIdealUse(), t.getKeyAdvantages()));
    }
}
