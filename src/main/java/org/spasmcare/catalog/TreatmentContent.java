package org.spasmcare.catalog;

/**
 * Everything about a treatment that clinic staff may change. Its code and slug are not here: the rules
 * and links depend on them, so they never change. Long fields are CommonMark.
 */
public record TreatmentContent(
        String name,
        String summary,
        String howTo,
        String cautions,
        String evidence,
        String complexity,
        String resources,
        String expectedOutcome,
        String idealUse,
        String keyAdvantages,
        int displayOrder) {

    public static final int MAX_NAME = 120;
    public static final int MAX_SUMMARY = 1000;
    public static final int MAX_LONG = 8000;
    public static final int MAX_ATTRIBUTE = 300;
    public static final int MAX_DISPLAY_ORDER = 99;
}
