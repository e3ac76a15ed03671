package org.spasmcare.content;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.spasmcare.catalog.TreatmentContent;
import org.springframework.validation.Errors;

/** The editor's fields as typed; kept exactly as typed when anything is wrong or the save is refused. */
public class ContentForm {

    private String name = "";
    private String summary = "";
    private String howTo = "";
    private String cautions = "";
    private String evidence = "";
    private String complexity = "";
    private String resources = "";
    private String expectedOutcome = "";
    private String idealUse = "";
    private String keyAdvantages = "";
    private String displayOrder = "";
    private String evidenceLevel = "";
    private String cost = "";
    private String sources = "";
    private String reviewedBy = "";
    /** As a date input sends it: 2026-11-30. */
    private String reviewedOn = "";
    private String reviewDue = "";
    /** The revision this editor was opened on: a save on top of a newer one is refused. */
    private String openedRevision = "";

    static ContentForm of(TreatmentContent content, int openedRevision) {
        ContentForm form = new ContentForm();
        form.name = content.name();
        form.summary = content.summary();
        form.howTo = content.howTo();
        form.cautions = content.cautions();
        form.evidence = content.evidence();
        form.complexity = content.complexity();
        form.resources = content.resources();
        form.expectedOutcome = content.expectedOutcome();
        form.idealUse = content.idealUse();
        form.keyAdvantages = content.keyAdvantages();
        form.displayOrder = String.valueOf(content.displayOrder());
        form.evidenceLevel = content.evidenceLevel();
        form.cost = content.cost();
        form.sources = content.sources();
        form.reviewedBy = content.reviewedBy();
        form.reviewedOn = content.reviewedOn().toString();
        form.reviewDue = content.reviewDue().toString();
        form.openedRevision = String.valueOf(openedRevision);
        return form;
    }

    /** The content, or empty with every problem in {@code errors}. Surrounding spaces are not content. */
    Optional<TreatmentContent> validate(Errors errors) {
        for (ContentField field : ContentField.values()) {
            String value = valueOf(field);
            if (value.isBlank()) {
                errors.rejectValue(field.getProperty(), "staff.error.required");
            } else if (value.length() > field.getMaxLength() && !field.isDate() && field != ContentField.DISPLAY_ORDER) {
                errors.rejectValue(field.getProperty(), "staff.error.tooLong",
                        new Object[] {String.valueOf(field.getMaxLength())}, null);
            }
        }
        Integer order = displayOrder.matches("[0-9]{1,2}") ? Integer.valueOf(displayOrder) : null;
        if (!displayOrder.isBlank() && (order == null || order < 1 || order > TreatmentContent.MAX_DISPLAY_ORDER)) {
            errors.rejectValue("displayOrder", "staff.error.displayOrder",
                    new Object[] {String.valueOf(TreatmentContent.MAX_DISPLAY_ORDER)}, null);
        }
        LocalDate reviewed = date(reviewedOn);
        LocalDate due = date(reviewDue);
        if (!reviewedOn.isBlank() && reviewed == null) {
            errors.rejectValue("reviewedOn", "staff.error.date");
        }
        if (!reviewDue.isBlank() && due == null) {
            errors.rejectValue("reviewDue", "staff.error.date");
        } else if (reviewed != null && due != null && !due.isAfter(reviewed)) {
            errors.rejectValue("reviewDue", "staff.error.reviewDue");
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new TreatmentContent(name.strip(), summary.strip(), howTo.strip(), cautions.strip(),
                evidence.strip(), complexity.strip(), resources.strip(), expectedOutcome.strip(), idealUse.strip(),
                keyAdvantages.strip(), order, evidenceLevel.strip(), cost.strip(), sourceLines(), reviewedBy.strip(),
                reviewed, due));
    }

    /** One source per line, each without surrounding spaces, no blank lines. */
    private String sourceLines() {
        return String.join("\n", sources.lines().map(String::strip).filter(line -> !line.isEmpty()).toList());
    }

    /** A date input's value (2026-11-30), or null when it is not a real date. */
    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The revision number this form was opened on, or -1 when missing or garbled (never matches). */
    int openedRevisionNumber() {
        return openedRevision.matches("[0-9]{1,9}") ? Integer.parseInt(openedRevision) : -1;
    }

    private String valueOf(ContentField field) {
        return switch (field) {
            case NAME -> name;
            case SUMMARY -> summary;
            case HOW_TO -> howTo;
            case CAUTIONS -> cautions;
            case EVIDENCE -> evidence;
            case COMPLEXITY -> complexity;
            case RESOURCES -> resources;
            case EXPECTED_OUTCOME -> expectedOutcome;
            case IDEAL_USE -> idealUse;
            case KEY_ADVANTAGES -> keyAdvantages;
            case DISPLAY_ORDER -> displayOrder;
            case EVIDENCE_LEVEL -> evidenceLevel;
            case COST -> cost;
            case SOURCES -> sources;
            case REVIEWED_BY -> reviewedBy;
            case REVIEWED_ON -> reviewedOn;
            case REVIEW_DUE -> reviewDue;
        };
    }

    private static String clean(String value) {
        // browsers send CR LF in text areas; store plain LF so diffs show only real changes
        return value == null ? "" : value.replace("\r\n", "\n");
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = clean(name);
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = clean(summary);
    }

    public String getHowTo() {
        return howTo;
    }

    public void setHowTo(String howTo) {
        this.howTo = clean(howTo);
    }

    public String getCautions() {
        return cautions;
    }

    public void setCautions(String cautions) {
        this.cautions = clean(cautions);
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = clean(evidence);
    }

    public String getComplexity() {
        return complexity;
    }

    public void setComplexity(String complexity) {
        this.complexity = clean(complexity);
    }

    public String getResources() {
        return resources;
    }

    public void setResources(String resources) {
        this.resources = clean(resources);
    }

    public String getExpectedOutcome() {
        return expectedOutcome;
    }

    public void setExpectedOutcome(String expectedOutcome) {
        this.expectedOutcome = clean(expectedOutcome);
    }

    public String getIdealUse() {
        return idealUse;
    }

    public void setIdealUse(String idealUse) {
        this.idealUse = clean(idealUse);
    }

    public String getKeyAdvantages() {
        return keyAdvantages;
    }

    public void setKeyAdvantages(String keyAdvantages) {
        this.keyAdvantages = clean(keyAdvantages);
    }

    public String getDisplayOrder() {
        return displayOrder;
    }

    public void setDisplayOrder(String displayOrder) {
        this.displayOrder = displayOrder == null ? "" : displayOrder.strip();
    }

    public String getOpenedRevision() {
        return openedRevision;
    }

    public void setOpenedRevision(String openedRevision) {
        this.openedRevision = openedRevision == null ? "" : openedRevision.strip();
    }

    public String getEvidenceLevel() {
        return evidenceLevel;
    }

    public void setEvidenceLevel(String evidenceLevel) {
        this.evidenceLevel = clean(evidenceLevel);
    }

    public String getCost() {
        return cost;
    }

    public void setCost(String cost) {
        this.cost = clean(cost);
    }

    public String getSources() {
        return sources;
    }

    public void setSources(String sources) {
        this.sources = clean(sources);
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public void setReviewedBy(String reviewedBy) {
        this.reviewedBy = clean(reviewedBy);
    }

    public String getReviewedOn() {
        return reviewedOn;
    }

    public void setReviewedOn(String reviewedOn) {
        this.reviewedOn = reviewedOn == null ? "" : reviewedOn.strip();
    }

    public String getReviewDue() {
        return reviewDue;
    }

    public void setReviewDue(String reviewDue) {
        this.reviewDue = reviewDue == null ? "" : reviewDue.strip();
    }
}
