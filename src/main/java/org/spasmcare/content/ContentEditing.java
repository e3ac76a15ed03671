package org.spasmcare.content;

import java.util.List;

import org.spasmcare.catalog.TreatmentContent;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.resilience.annotation.Retryable;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Staff editing of the treatments' content: drafts, review by a second person, history and revert.
 * Patients read only the catalog, which changes only when a reviewer publishes.
 *
 * <p>Each call is one transaction of {@link Revisions}. A change that lost a race with another (the treatment's
 * version column moved under it) is answered here, outside that transaction: retried in a fresh one where
 * running it again is right, otherwise told to the user.
 */
@Service
public class ContentEditing {

    public static final int MAX_COMMENT = 1000;

    private final Revisions revisions;
    private final ContentProperties properties;

    ContentEditing(Revisions revisions, ContentProperties properties) {
        this.revisions = revisions;
        this.properties = properties;
    }

    /** Every treatment in display order, with its newest revision. */
    public List<TreatmentState> overview() {
        return revisions.overview();
    }

    /** What an editor opens on: the newest revision, whether published, waiting or sent back. */
    public Editor editor(String slug) {
        return revisions.editor(slug);
    }

    /** A treatment, the revision an editor starts from, and its content. */
    public record Editor(TreatmentState state, String code, TreatmentContent content) {
    }

    /** Saves the editor's text as a new draft on top of the revision it was opened on. */
    // Retried: the fresh attempt checks the opened revision again, so a save that won is reported, never overwritten.
    @Retryable(includes = OptimisticLockingFailureException.class, maxRetries = 2, delay = 0)
    public SaveOutcome saveDraft(String slug, String author, int openedRevision, TreatmentContent content) {
        return revisions.saveDraft(slug, author, openedRevision, content);
    }

    /** Starts a new draft from an earlier revision's content; the history keeps everything in between. */
    // Retried: a revert asks for no particular head, so it goes on top of the save that won; the history keeps both.
    @Retryable(includes = OptimisticLockingFailureException.class, maxRetries = 2, delay = 0)
    public int revert(String slug, String author, int toRevision) {
        return revisions.revert(slug, author, toRevision);
    }

    /** The draft waiting for review, against what patients see now. */
    public Review review(String slug) {
        return revisions.review(slug);
    }

    public record Review(TreatmentState state, String code, TreatmentContent published, TreatmentContent draft,
            List<ContentDiff.FieldChange> changes) {

        /** With a second reviewer required, the draft's author may not publish it. */
        public boolean mayBePublishedBy(String username, boolean secondReviewer) {
            return state.isWaitingForReview() && (!secondReviewer || !username.equals(state.head().author()));
        }
    }

    public enum ReviewOutcome {
        PUBLISHED,
        SENT_BACK,
        /** Refused: the reviewer wrote this draft and a second reviewer is required. */
        OWN_CHANGE,
        /** Refused: the revision reviewed is no longer the one waiting (saved over, reviewed, reverted). */
        NOT_WAITING,
        /** Refused: sending back needs a comment saying why. */
        COMMENT_NEEDED
    }

    // Not retried: the reviewer approved one revision; if anything moved under it, they must look again.
    public ReviewOutcome publish(String slug, String reviewer, int revision) {
        try {
            return revisions.publish(slug, reviewer, revision);
        } catch (OptimisticLockingFailureException changedAtTheSameMoment) {
            return ReviewOutcome.NOT_WAITING;
        }
    }

    // Not retried, for the same reason as publishing: the comment was about the revision the reviewer saw.
    public ReviewOutcome sendBack(String slug, String reviewer, int revision, String comment) {
        try {
            return revisions.sendBack(slug, reviewer, revision, comment);
        } catch (OptimisticLockingFailureException changedAtTheSameMoment) {
            return ReviewOutcome.NOT_WAITING;
        }
    }

    /** Newest first. */
    public History history(String slug) {
        return revisions.history(slug);
    }

    public record History(String slug, String name, List<RevisionSummary> revisions) {
    }

    /** One revision, with what it changed from the one before it. */
    public RevisionDetail revisionDetail(String slug, int number) {
        return revisions.revisionDetail(slug, number);
    }

    public record RevisionDetail(String slug, String treatmentName, String code, RevisionSummary revision,
            TreatmentContent content, List<ContentDiff.FieldChange> changes) {
    }

    public boolean secondReviewerRequired() {
        return properties.secondReviewer();
    }

    /** No such treatment or revision: the 404 page. */
    @ResponseStatus(HttpStatus.NOT_FOUND)
    public static final class ContentNotFound extends RuntimeException {
        ContentNotFound() {
            super("no such treatment or revision");
        }
    }
}
