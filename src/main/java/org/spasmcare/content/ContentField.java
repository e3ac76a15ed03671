package org.spasmcare.content;

import java.time.LocalDate;
import java.util.function.Function;

import org.spasmcare.catalog.TreatmentContent;

/** The fields staff edit, in the editor's order; {@link #property} is the form field and message key. */
public enum ContentField {
    NAME("name", TreatmentContent::name, TreatmentContent.MAX_NAME, Kind.LINE),
    SUMMARY("summary", TreatmentContent::summary, TreatmentContent.MAX_SUMMARY, Kind.TEXT),
    HOW_TO("howTo", TreatmentContent::howTo, TreatmentContent.MAX_LONG, Kind.MARKDOWN),
    CAUTIONS("cautions", TreatmentContent::cautions, TreatmentContent.MAX_LONG, Kind.MARKDOWN),
    EVIDENCE("evidence", TreatmentContent::evidence, TreatmentContent.MAX_LONG, Kind.MARKDOWN),
    EVIDENCE_LEVEL("evidenceLevel", TreatmentContent::evidenceLevel, TreatmentContent.MAX_ATTRIBUTE, Kind.LINE),
    SOURCES("sources", TreatmentContent::sources, TreatmentContent.MAX_SOURCES, Kind.TEXT),
    COST("cost", TreatmentContent::cost, TreatmentContent.MAX_ATTRIBUTE, Kind.LINE),
    COMPLEXITY("complexity", TreatmentContent::complexity, TreatmentContent.MAX_ATTRIBUTE, Kind.TEXT),
    RESOURCES("resources", TreatmentContent::resources, TreatmentContent.MAX_ATTRIBUTE, Kind.TEXT),
    EXPECTED_OUTCOME("expectedOutcome", TreatmentContent::expectedOutcome, TreatmentContent.MAX_ATTRIBUTE, Kind.TEXT),
    IDEAL_USE("idealUse", TreatmentContent::idealUse, TreatmentContent.MAX_ATTRIBUTE, Kind.TEXT),
    KEY_ADVANTAGES("keyAdvantages", TreatmentContent::keyAdvantages, TreatmentContent.MAX_ATTRIBUTE, Kind.TEXT),
    REVIEWED_BY("reviewedBy", TreatmentContent::reviewedBy, TreatmentContent.MAX_NAME, Kind.LINE),
    REVIEWED_ON("reviewedOn", content -> onAPage(content.reviewedOn()), 10, Kind.DATE),
    REVIEW_DUE("reviewDue", content -> onAPage(content.reviewDue()), 10, Kind.DATE),
    DISPLAY_ORDER("displayOrder", content -> String.valueOf(content.displayOrder()), 2, Kind.NUMBER);

    /** How the editor shows a field. */
    public enum Kind {
        /** One line of plain text. */
        LINE,
        /** Plain text over a few lines (a text area). */
        TEXT,
        /** CommonMark over many lines, rendered for patients. */
        MARKDOWN,
        /** A date (a native date input; "30 November 2026" in diffs). */
        DATE,
        /** A whole number. */
        NUMBER
    }

    private final String property;
    private final Function<TreatmentContent, String> value;
    private final int maxLength;
    private final Kind kind;

    ContentField(String property, Function<TreatmentContent, String> value, int maxLength, Kind kind) {
        this.property = property;
        this.value = value;
        this.maxLength = maxLength;
        this.kind = kind;
    }

    public String getProperty() {
        return property;
    }

    public int getMaxLength() {
        return maxLength;
    }

    public Kind getKind() {
        return kind;
    }

    /** Markdown fields: shown as several lines and rendered for patients. */
    public boolean isMarkdown() {
        return kind == Kind.MARKDOWN;
    }

    /** Shown in a text area: Markdown and the longer plain fields. */
    public boolean isMultiline() {
        return kind == Kind.MARKDOWN || kind == Kind.TEXT;
    }

    public boolean isDate() {
        return kind == Kind.DATE;
    }

    /** The rows of its text area. */
    public int getRows() {
        return kind == Kind.MARKDOWN ? 12 : this == SUMMARY || this == SOURCES ? 4 : 3;
    }

    /** The field as a reviewer reads it in a diff: dates as on a page. */
    String valueOf(TreatmentContent content) {
        String text = value.apply(content);
        return text == null ? "" : text;
    }

    private static String onAPage(LocalDate date) {
        return date == null ? "" : TreatmentContent.PAGE_DATE.format(date);
    }
}
