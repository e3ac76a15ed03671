package org.spasmcare.content.internal;

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
import org.spasmcare.content.RevisionStatus;

/**
 * One saved version of a treatment's content. Its content never changes once saved; only its review
 * (status, reviewer, comment) is added later. History is never rewritten: a revert is a new revision.
 */
@Entity
@Table(name = "treatment_revision")
public class TreatmentRevision {

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

    public TreatmentRevision(long treatmentId, int number, TreatmentContent content, int basedOn, Integer revertedFrom, String author,
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

    public TreatmentContent content() {
        return content;
    }

    public void publish(String by, Instant at) {
        review(RevisionStatus.PUBLISHED, by, at, null);
    }

    public void sendBack(String by, Instant at, String comment) {
        review(RevisionStatus.SENT_BACK, by, at, comment);
    }

    public void supersede() {
        this.status = RevisionStatus.SUPERSEDED;
    }

    private void review(RevisionStatus outcome, String by, Instant at, String comment) {
        this.status = outcome;
        this.reviewer = by;
        this.reviewedAt = at;
        this.reviewComment = comment;
    }

    public long getTreatmentId() {
        return treatmentId;
    }

    public int getNumber() {
        return number;
    }

    public RevisionStatus getStatus() {
        return status;
    }

    public Integer getBasedOn() {
        return basedOn;
    }

    public Integer getRevertedFrom() {
        return revertedFrom;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getReviewer() {
        return reviewer;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getReviewComment() {
        return reviewComment;
    }
}
