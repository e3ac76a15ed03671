package org.spasmcare.content;

import java.time.LocalDate;

import org.spasmcare.catalog.TreatmentContent;

/**
 * One line of the staff list: a treatment and where its content stands.
 *
 * @param reviewDue when the published content's next review is due
 * @param reviewOverdue that date is today or has passed (by the app's clock)
 */
public record TreatmentState(String slug, String name, int publishedRevision, RevisionSummary head, LocalDate reviewDue,
        boolean reviewOverdue) {

    /** A saved change that nobody has reviewed yet. */
    public boolean isWaitingForReview() {
        return head.status() == RevisionStatus.DRAFT;
    }

    public boolean isSentBack() {
        return head.status() == RevisionStatus.SENT_BACK;
    }

    /** "30 November 2027". */
    public String reviewDueText() {
        return TreatmentContent.PAGE_DATE.format(reviewDue);
    }
}
