package org.spasmcare.content;

import java.util.function.Function;

import org.spasmcare.catalog.TreatmentContent;

/** The fields staff edit, in the editor's order; {@link #property} is the form field and message key. */
public enum ContentField {
    NAME("name", TreatmentContent::name, TreatmentContent.MAX_NAME),
    SUMMARY("summary", TreatmentContent::summary, TreatmentContent.MAX_SUMMARY),
    HOW_TO("howTo", TreatmentContent::howTo, TreatmentContent.MAX_LONG),
    CAUTIONS("cautions", TreatmentContent::cautions, TreatmentContent.MAX_LONG),
    EVIDENCE("evidence", TreatmentContent::evidence, TreatmentContent.MAX_LONG),
    COMPLEXITY("complexity", TreatmentContent::complexity, TreatmentContent.MAX_ATTRIBUTE),
    RESOURCES("resources", TreatmentContent::resources, TreatmentContent.MAX_ATTRIBUTE),
    EXPECTED_OUTCOME("expectedOutcome", TreatmentContent::expectedOutcome, TreatmentContent.MAX_ATTRIBUTE),
    IDEAL_USE("idealUse", TreatmentContent::idealUse, TreatmentContent.MAX_ATTRIBUTE),
    KEY_ADVANTAGES("keyAdvantages", TreatmentContent::keyAdvantages, TreatmentContent.MAX_ATTRIBUTE),
    DISPLAY_ORDER("displayOrder", content -> String.valueOf(content.displayOrder()), 2);

    private final String property;
    private final Function<TreatmentContent, String> value;
    private final int maxLength;

    ContentField(String property, Function<TreatmentContent, String> value, int maxLength) {
        this.property = property;
        this.value = value;
        this.maxLength = maxLength;
    }

    public String getProperty() {
        return property;
    }

    public int getMaxLength() {
        return maxLength;
    }

    /** Markdown fields: shown as several lines and rendered for patients. */
    public boolean isMarkdown() {
        return this == HOW_TO || this == CAUTIONS || this == EVIDENCE;
    }

    String valueOf(TreatmentContent content) {
        return value.apply(content);
    }
}
