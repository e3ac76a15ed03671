package org.spasmcare.catalog;

import java.util.List;

/**
 * What a patient page shows of a treatment: plain fields escaped by the template, long fields
 * already rendered from Markdown and sanitized. Entities never reach the templates.
 */
public record TreatmentView(
        String code,
        String slug,
        String name,
        String summary,
        String howToHtml,
        String cautionsHtml,
        String evidenceHtml,
        ComparisonRow comparison,
        Glance glance,
        Review review) {

    /** The five attributes of the side-by-side comparison table. */
    public record ComparisonRow(
            String complexity,
            String resources,
            String expectedOutcome,
            String idealUse,
            String keyAdvantages) {
    }

    /**
     * The treatment at a glance: who it is for ({@link CareRoute}, from the clinical rules), how strong the
     * evidence is and what it costs (both kept by staff).
     */
    public record Glance(CareRoute careRoute, String evidenceLevel, String cost) {
    }

    /**
     * The trust signals: who reviewed the content and when, when the next review is due (both dates already
     * in the page format, "18 November 2026"), and the sources behind the evidence, one per item.
     */
    public record Review(String reviewedBy, String reviewedOn, String reviewDue, List<String> sources) {

        public Review {
            sources = List.copyOf(sources);
        }
    }
}
