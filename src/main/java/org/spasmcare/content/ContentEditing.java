package org.spasmcare.content;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.spasmcare.audit.AuditAction;
import org.spasmcare.audit.AuditTrail;
import org.spasmcare.catalog.Treatment;
import org.spasmcare.catalog.TreatmentCatalog;
import org.spasmcare.catalog.TreatmentContent;
import org.spasmcare.catalog.TreatmentRepository;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Staff editing of the treatments' content: drafts, review by a second person, history and revert.
 * Patients read only the treatment table, which changes only when a reviewer publishes.
 *
 * <p>Every save or revert is a new revision and moves the treatment's head; the treatment's version
 * column guards that move, so of two editors who opened the same revision only the first save wins.
 */
@Service
@EnableConfigurationProperties(ContentProperties.class)
public class ContentEditing {

    private static final List<RevisionStatus> OPEN = List.of(RevisionStatus.DRAFT, RevisionStatus.SENT_BACK);

    private final TreatmentRepository treatments;
    private final TreatmentRevisionRepository revisions;
    private final TreatmentCatalog catalog;
    private final AuditTrail audit;
    private final ContentProperties properties;
    private final Clock clock;

    ContentEditing(TreatmentRepository treatments, TreatmentRevisionRepository revisions, TreatmentCatalog catalog,
            AuditTrail audit, ContentProperties properties, Clock clock) {
        this.treatments = treatments;
        this.revisions = revisions;
        this.catalog = catalog;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** Every treatment in display order, with its newest revision: two queries. */
    @Transactional(readOnly = true)
    public List<TreatmentState> overview() {
        Map<Long, TreatmentRevision> heads = revisions.findHeads().stream()
                .collect(Collectors.toMap(TreatmentRevision::getTreatmentId, Function.identity()));
        return treatments.findAllByOrderByDisplayOrderAsc().stream()
                .map(t -> state(t, heads.get(t.getId())))
                .toList();
    }

    /** What an editor opens on: the newest revision, whether published, waiting or sent back. */
    @Transactional(readOnly = true)
    public Editor editor(String slug) {
        Treatment treatment = treatment(slug);
        TreatmentRevision head = revision(treatment, treatment.getHeadRevision());
        return new Editor(state(treatment, head), treatment.getCode(), head.content());
    }

    /** A treatment, the revision an editor starts from, and its content. */
    public record Editor(TreatmentState state, String code, TreatmentContent content) {
    }

    @Transactional
    public SaveOutcome saveDraft(String slug, String author, int openedRevision, TreatmentContent content) {
        Treatment treatment = treatment(slug);
        TreatmentRevision head = revision(treatment, treatment.getHeadRevision());
        if (head.getNumber() != openedRevision) {
            TreatmentContent opened = revisions.findByTreatmentIdAndNumber(treatment.getId(), openedRevision)
                    .map(TreatmentRevision::content).orElse(treatment.content());
            return new SaveOutcome.ChangedMeanwhile(RevisionSummary.of(head, treatment.getPublishedRevision()),
                    head.content(), ContentDiff.between(opened, head.content()));
        }
        if (head.content().equals(content)) {
            return new SaveOutcome.NothingChanged();
        }
        TreatmentRevision saved = addRevision(treatment, content, null, author);
        audit.record(author, AuditAction.SAVE_DRAFT, slug, "revision " + saved.getNumber());
        return new SaveOutcome.Saved(saved.getNumber());
    }

    /** Starts a new draft from an earlier revision's content; the history keeps everything in between. */
    @Transactional
    public int revert(String slug, String author, int toRevision) {
        Treatment treatment = treatment(slug);
        TreatmentRevision earlier = revision(treatment, toRevision);
        TreatmentRevision saved = addRevision(treatment, earlier.content(), toRevision, author);
        audit.record(author, AuditAction.REVERT, slug, "revision " + saved.getNumber() + " from revision " + toRevision);
        return saved.getNumber();
    }

    /** The draft waiting for review, against what patients see now. */
    @Transactional(readOnly = true)
    public Review review(String slug) {
        Treatment treatment = treatment(slug);
        TreatmentRevision head = revision(treatment, treatment.getHeadRevision());
        TreatmentContent published = treatment.content();
        return new Review(state(treatment, head), treatment.getCode(), published, head.content(),
                ContentDiff.between(published, head.content()));
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

    @Transactional
    public ReviewOutcome publish(String slug, String reviewer, int revision) {
        Treatment treatment = treatment(slug);
        TreatmentRevision head = revision(treatment, treatment.getHeadRevision());
        if (head.getNumber() != revision || head.getStatus() != RevisionStatus.DRAFT) {
            return ReviewOutcome.NOT_WAITING;
        }
        if (properties.secondReviewer() && reviewer.equals(head.getAuthor())) {
            return ReviewOutcome.OWN_CHANGE;
        }
        head.publish(reviewer, clock.instant());
        treatment.publish(head.content(), head.getNumber());
        treatments.flush(); // a save racing this one meets the version column here
        audit.record(reviewer, AuditAction.PUBLISH, slug, "revision " + revision);
        catalog.refreshAfterCommit();
        return ReviewOutcome.PUBLISHED;
    }

    @Transactional
    public ReviewOutcome sendBack(String slug, String reviewer, int revision, String comment) {
        if (comment == null || comment.isBlank()) {
            return ReviewOutcome.COMMENT_NEEDED;
        }
        Treatment treatment = treatment(slug);
        TreatmentRevision head = revision(treatment, treatment.getHeadRevision());
        if (head.getNumber() != revision || head.getStatus() != RevisionStatus.DRAFT) {
            return ReviewOutcome.NOT_WAITING;
        }
        String kept = comment.strip();
        head.sendBack(reviewer, clock.instant(), kept.length() > MAX_COMMENT ? kept.substring(0, MAX_COMMENT) : kept);
        audit.record(reviewer, AuditAction.SEND_BACK, slug, "revision " + revision + ": " + kept);
        return ReviewOutcome.SENT_BACK;
    }

    public static final int MAX_COMMENT = 1000;

    /** Newest first. */
    @Transactional(readOnly = true)
    public History history(String slug) {
        Treatment treatment = treatment(slug);
        List<RevisionSummary> all = revisions.findByTreatmentIdOrderByNumberDesc(treatment.getId()).stream()
                .map(r -> RevisionSummary.of(r, treatment.getPublishedRevision()))
                .toList();
        return new History(treatment.getSlug(), treatment.getName(), all);
    }

    public record History(String slug, String name, List<RevisionSummary> revisions) {
    }

    /** One revision, with what it changed from the one before it. */
    @Transactional(readOnly = true)
    public RevisionDetail revisionDetail(String slug, int number) {
        Treatment treatment = treatment(slug);
        TreatmentRevision revision = revision(treatment, number);
        TreatmentContent before = number > 1 ? revision(treatment, number - 1).content() : revision.content();
        return new RevisionDetail(treatment.getSlug(), treatment.getName(), treatment.getCode(),
                RevisionSummary.of(revision, treatment.getPublishedRevision()), revision.content(),
                ContentDiff.between(before, revision.content()));
    }

    public record RevisionDetail(String slug, String treatmentName, String code, RevisionSummary revision,
            TreatmentContent content, List<ContentDiff.FieldChange> changes) {
    }

    public boolean secondReviewerRequired() {
        return properties.secondReviewer();
    }

    private TreatmentRevision addRevision(Treatment treatment, TreatmentContent content, Integer revertedFrom,
            String author) {
        int number = treatment.getHeadRevision() + 1;
        revisions.findByTreatmentIdAndNumberGreaterThanAndStatusIn(treatment.getId(), treatment.getPublishedRevision(), OPEN)
                .forEach(TreatmentRevision::supersede);
        TreatmentRevision saved = revisions.save(new TreatmentRevision(treatment.getId(), number, content,
                treatment.getHeadRevision(), revertedFrom, author, clock.instant()));
        treatment.moveHeadTo(number);
        treatments.flush(); // the version check happens here, inside this call
        return saved;
    }

    private TreatmentState state(Treatment treatment, TreatmentRevision head) {
        LocalDate due = treatment.content().reviewDue();
        return new TreatmentState(treatment.getSlug(), treatment.getName(), treatment.getPublishedRevision(),
                RevisionSummary.of(head, treatment.getPublishedRevision()), due, !LocalDate.now(clock).isBefore(due));
    }

    private Treatment treatment(String slug) {
        return treatments.findBySlug(slug).orElseThrow(ContentNotFound::new);
    }

    private TreatmentRevision revision(Treatment treatment, int number) {
        return revisions.findByTreatmentIdAndNumber(treatment.getId(), number).orElseThrow(ContentNotFound::new);
    }

    /** No such treatment or revision: the 404 page. */
    @ResponseStatus(HttpStatus.NOT_FOUND)
    public static final class ContentNotFound extends RuntimeException {
        ContentNotFound() {
            super("no such treatment or revision");
        }
    }
}
