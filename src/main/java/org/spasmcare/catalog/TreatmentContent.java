package org.spasmcare.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Everything about a treatment that clinic staff may change. Its code and slug are not here: the rules
 * and links depend on them, so they never change. Long fields are CommonMark. The same columns hold the
 * published content ({@link Treatment}) and every revision of it (the staff editor's history).
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
        @Column(name = "display_order", nullable = false) int displayOrder) {

    public static final int MAX_NAME = 120;
    public static final int MAX_SUMMARY = 1000;
    public static final int MAX_LONG = 8000;
    public static final int MAX_ATTRIBUTE = 300;
    public static final int MAX_DISPLAY_ORDER = 99;
}
