package org.spasmcare.content;

/** One line of the staff list: a treatment and where its content stands. */
public record TreatmentState(String slug, String name, int publishedRevision, RevisionSummary head) {

    /** A saved change that nobody has reviewed yet. */
    public boolean isWaitingForReview() {
        return head.status() == RevisionStatus.DRAFT;
    }

    public boolean isSentBack() {
        return head.status() == RevisionStatus.SENT_BACK;
    }
}
