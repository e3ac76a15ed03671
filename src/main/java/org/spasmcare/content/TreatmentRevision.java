package org.spasmcare.content;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.spasmcare.catalog.TreatmentContent;

/**
 * One saved version of a treatment's content. Its content never changes once saved; only its review
 * (status, reviewer, comment) is added later. History is never rewritten: a revert is a new revision.
 */
@Entity
@Table(name = "treatment_revision")
class TreatmentRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "treatment_id", nullable = false, updatable = false)
    private long treatmentId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RevisionStatus status;

    /** Never changed once saved. */
    @Embedded
    private TreatmentContent content;

    /** The revision the author started from. */
    @Column(name = "based_on", updatable = false)
    private Integer basedOn;

    /** Set when this revision copies an earlier one (a revert). */
    @Column(name = "reverted_from", updatable = false)
    private Integer revertedFrom;

    /** Null only for the content shipped with the app. */
    @Column(updatable = false)
    private String author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    private String reviewer;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "review_comment")
    private String reviewComment;

    protected TreatmentRevision() {
        // for JPA
    }

    TreatmentRevision(long treatmentId, int number, TreatmentContent content, int basedOn, Integer revertedFrom, String author,
            Instant createdAt) {
        this.treatmentId = treatmentId;
        this.number = number;
        this.status = RevisionStatus.DRAFT;
        this.content = content;
        this.basedOn = basedOn;
        this.revertedFrom = revertedFrom;
        this.author = author;
        this.createdAt = createdAt;
    }

    TreatmentContent content() {
        return content;
    }

    void publish(String by, Instant at) {
        review(RevisionStatus.PUBLISHED, by, at, null);
    }

    void sendBack(String by, Instant at, String comment) {
        review(RevisionStatus.SENT_BACK, by, at, comment);
    }

    void supersede() {
        this.status = RevisionStatus.SUPERSEDED;
    }

    private void review(RevisionStatus outcome, String by, Instant at, String comment) {
        this.status = outcome;
        this.reviewer = by;
        this.reviewedAt = at;
        this.reviewComment = comment;
    }

    long getTreatmentId() {
        return treatmentId;
    }

    int getNumber() {
        return number;
    }

    RevisionStatus getStatus() {
        return status;
    }

    Integer getBasedOn() {
        return basedOn;
    }

    Integer getRevertedFrom() {
        return revertedFrom;
    }

    String getAuthor() {
        return author;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    String getReviewer() {
        return reviewer;
    }

    Instant getReviewedAt() {
        return reviewedAt;
    }

    String getReviewComment() {
        return reviewComment;
    }
}
