package org.spasmcare.content;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.spasmcare.content.internal.TreatmentRevision;

/** A revision as the history and review pages list it. */
public record RevisionSummary(int number, RevisionStatus status, String author, Instant createdAt, String reviewer,
        Instant reviewedAt, String reviewComment, Integer basedOn, Integer revertedFrom, boolean live) {

    /**
     * The author (and reviewer) of revisions that SpasmCare itself wrote in a migration, such as the clinical
     * rules version 2 wording (V7). No account can have this username.
     */
    public static final String SYSTEM = "system";

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    public String savedAt() {
        return MINUTES.format(createdAt);
    }

    public String reviewedAtText() {
        return reviewedAt == null ? "" : MINUTES.format(reviewedAt);
    }

    /** Written by SpasmCare itself, in a migration, not by a member of staff. */
    public boolean bySystem() {
        return SYSTEM.equals(author);
    }

    static RevisionSummary of(TreatmentRevision revision, int publishedRevision) {
        return new RevisionSummary(revision.getNumber(), revision.getStatus(), revision.getAuthor(),
                revision.getCreatedAt(), revision.getReviewer(), revision.getReviewedAt(), revision.getReviewComment(),
                revision.getBasedOn(), revision.getRevertedFrom(), revision.getNumber() == publishedRevision);
    }
}
