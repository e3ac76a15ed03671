package org.spasmcare.catalog;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Everything about a treatment that clinic staff may change. Its code and slug are not here: the rules
 * and links depend on them, so they never change. Long fields are CommonMark. The same columns hold the
 * published content (the catalog's treatment row) and every revision of it (the staff editor's history).
 *
 * <p>The trust signals (who reviewed the content and when, when the next review is due, the sources behind
 * the evidence, one per line) are content too: they change through the same review workflow.
 */
@Embeddable
public record TreatmentContent(
        @Column(nullable = false) String name,
        @Column(nullable = false) String summary,
        @Column(name = "how_to", nullable = false) String howTo,
        @Column(nullable = false) String cautions,
        @Column(nullable = false) String evidence,
        @Column(nullable = false) String complexity,
        @Column(nullable = false) String resources,
        @Column(name = "expected_outcome", nullable = false) String expectedOutcome,
        @Column(name = "ideal_use", nullable = false) String idealUse,
        @Column(name = "key_advantages", nullable = false) String keyAdvantages,
        @Column(name = "display_order", nullable = false) int displayOrder,
        @Column(name = "evidence_level", nullable = false) String evidenceLevel,
        @Column(nullable = false) String cost,
        @Column(nullable = false) String sources,
        @Column(name = "reviewed_by", nullable = false) String reviewedBy,
        @Column(name = "reviewed_on", nullable = false) LocalDate reviewedOn,
        @Column(name = "review_due", nullable = false) LocalDate reviewDue) {

    public static final int MAX_NAME = 120;
    public static final int MAX_SUMMARY = 1000;
    public static final int MAX_LONG = 8000;
    public static final int MAX_ATTRIBUTE = 300;
    public static final int MAX_SOURCES = 2000;
    public static final int MAX_DISPLAY_ORDER = 99;

    /** Dates as every page shows them: "18 November 2026". */
    public static final DateTimeFormatter PAGE_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    /** The sources, one per line, without blank lines. */
    public List<String> sourceList() {
        return sources == null ? List.of() : sources.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** The same content with other trust signals: for tests and for callers that change only those. */
    public TreatmentContent withReview(String evidenceLevel, String cost, String sources, String reviewedBy,
            LocalDate reviewedOn, LocalDate reviewDue) {
        return new TreatmentContent(name, summary, howTo, cautions, evidence, complexity, resources, expectedOutcome,
                idealUse, keyAdvantages, displayOrder, evidenceLevel, cost, sources, reviewedBy, reviewedOn, reviewDue);
    }

    /** The same content with another summary. */
    public TreatmentContent withSummary(String summary) {
        return new TreatmentContent(name, summary, howTo, cautions, evidence, complexity, resources, expectedOutcome,
                idealUse, keyAdvantages, displayOrder, evidenceLevel, cost, sources, reviewedBy, reviewedOn, reviewDue);
    }
}
