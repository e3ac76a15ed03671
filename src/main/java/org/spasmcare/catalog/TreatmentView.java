package org.spasmcare.catalog;

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
        ComparisonRow comparison) {

    /** The five attributes of the side-by-side comparison table. */
    public record ComparisonRow(
            String complexity,
            String resources,
            String expectedOutcome,
            String idealUse,
            String keyAdvantages) {
    }
}
