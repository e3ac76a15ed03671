package org.spasmcare.content;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.spasmcare.audit.AuditAction;
import org.spasmcare.audit.AuditTrail;
import org.spasmcare.catalog.TreatmentContent;
import org.spasmcare.catalog.TreatmentPublished;
import org.spasmcare.catalog.TreatmentPublishing;
import org.spasmcare.content.internal.EditedTreatment;
import org.spasmcare.content.internal.EditedTreatmentRepository;
import org.spasmcare.content.internal.TreatmentRevision;
import org.spasmcare.content.internal.TreatmentRevisionRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The treatments' revisions as staff read and change them, one transaction a call. {@link ContentEditing} is
 * the face of it: it retries a change that lost a race in a fresh transaction, which it can only do from
 * outside this bean.
 *
 * <p>Every save or revert is a new revision and moves the treatment's head; the treatment's version column
 * guards that move, so of two editors who opened the same revision only the first save wins. What patients see
 * is the published revision's content, copied to the catalog when a reviewer publishes.
 */
@Service
class Revisions {

    private static final List<RevisionStatus> OPEN = List.of(RevisionStatus.DRAFT, RevisionStatus.SENT_BACK);

    private final EditedTreatmentRepository treatments;
    private final TreatmentRevisionRepository revisions;
    private final TreatmentPublishing publishing;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final ContentProperties properties;
    private final Clock clock;

    Revisions(EditedTreatmentRepository treatments, TreatmentRevisionRepository revisions, TreatmentPublishing publishing,
            ApplicationEventPublisher events, AuditTrail audit, ContentProperties properties, Clock clock) {
        this.treatments = treatments;
        this.revisions = revisions;
        this.publishing = publishing;
        this.events = events;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** Every treatment in display order, with its newest revision: three queries. */
    @Transactional(readOnly = true)
    List<TreatmentState> overview() {
        Map<Long, EditedTreatment> byId = treatments.findAll().stream()
                .collect(Collectors.toMap(EditedTreatment::getId, Function.identity()));
        Map<Long, TreatmentRevision> heads = revisions.findHeads().stream()
                .collect(Collectors.toMap(TreatmentRevision::getTreatmentId, Function.identity()));
        return revisions.findPublishedInDisplayOrder().stream()
                .map(published -> state(byId.get(published.getTreatmentId()), published.content(),
                        heads.get(published.getTreatmentId())))
                .toList();
    }

    @Transactional(readOnly = true)
    ContentEditing.Editor editor(String slug) {
        return editor(treatment(slug));
    }

    @Transactional
    SaveOutcome saveDraft(String slug, String author, int openedRevision, TreatmentContent content) {
        EditedTreatment treatment = treatment(slug);
        TreatmentRevision head = revision(treatment, treatment.getHeadRevision());
        if (head.getNumber() != openedRevision) {
            TreatmentContent opened = revisions.findByTreatmentIdAndNumber(treatment.getId(), openedRevision)
                    .map(TreatmentRevision::content).orElseGet(() -> published(treatment));
            return new SaveOutcome.ChangedMeanwhile(editor(treatment, head),
                    RevisionSummary.of(head, treatment.getPublishedRevision()), head.content(),
                    ContentDiff.between(opened, head.content()));
        }
        if (head.content().equals(content)) {
            return new SaveOutcome.NothingChanged(editor(treatment, head));
        }
        TreatmentRevision saved = addRevision(treatment, content, null, author);
        audit.record(author, AuditAction.SAVE_DRAFT, slug, "revision " + saved.getNumber());
        return new SaveOutcome.Saved(saved.getNumber());
    }

    @Transactional
    int revert(String slug, String author, int toRevision) {
        EditedTreatment treatment = treatment(slug);
        TreatmentRevision earlier = revision(treatment, toRevision);
        TreatmentRevision saved = addRevision(treatment, earlier.content(), toRevision, author);
        audit.record(author, AuditAction.REVERT, slug, "revision " + saved.getNumber() + " from revision " + toRevision);
        return saved.getNumber();
    }

    @Transactional(readOnly = true)
    ContentEditing.Review review(String slug) {
        EditedTreatment treatment = treatment(slug);
        TreatmentRevision head = revision(treatment, treatment.getHeadRevision());
        TreatmentContent published = published(treatment);
        return new ContentEditing.Review(state(treatment, published, head), treatment.getCode(), published,
                head.content(), ContentDiff.between(published, head.content()));
    }

    @Transactional
    ContentEditing.ReviewOutcome publish(String slug, String reviewer, int revision) {
        EditedTreatment treatment = treatment(slug);
        TreatmentRevision head = revision(treatment, treatment.getHeadRevision());
        if (head.getNumber() != revision || head.getStatus() != RevisionStatus.DRAFT) {
            return ContentEditing.ReviewOutcome.NOT_WAITING;
        }
        if (properties.secondReviewer() && reviewer.equals(head.getAuthor())) {
            return ContentEditing.ReviewOutcome.OWN_CHANGE;
        }
        head.publish(reviewer, clock.instant());
        treatment.publish(head.getNumber());
        // a save racing this one meets the version column here, before the catalog's row is read and written
        treatments.flush();
        publishing.publish(treatment.getCode(), head.content());
        audit.record(reviewer, AuditAction.PUBLISH, slug, "revision " + revision);
        events.publishEvent(new TreatmentPublished(treatment.getCode()));
        return ContentEditing.ReviewOutcome.PUBLISHED;
    }

    @Transactional
    ContentEditing.ReviewOutcome sendBack(String slug, String reviewer, int revision, String comment) {
        if (comment == null || comment.isBlank()) {
            return ContentEditing.ReviewOutcome.COMMENT_NEEDED;
        }
        EditedTreatment treatment = treatment(slug);
        TreatmentRevision head = revision(treatment, treatment.getHeadRevision());
        if (head.getNumber() != revision || head.getStatus() != RevisionStatus.DRAFT) {
            return ContentEditing.ReviewOutcome.NOT_WAITING;
        }
        String kept = comment.strip();
        head.sendBack(reviewer, clock.instant(),
                kept.length() > ContentEditing.MAX_COMMENT ? kept.substring(0, ContentEditing.MAX_COMMENT) : kept);
        audit.record(reviewer, AuditAction.SEND_BACK, slug, "revision " + revision + ": " + kept);
        return ContentEditing.ReviewOutcome.SENT_BACK;
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    ContentEditing.History history(String slug) {
        EditedTreatment treatment = treatment(slug);
        List<RevisionSummary> all = revisions.findByTreatmentIdOrderByNumberDesc(treatment.getId()).stream()
                .map(r -> RevisionSummary.of(r, treatment.getPublishedRevision()))
                .toList();
        return new ContentEditing.History(treatment.getSlug(), published(treatment).name(), all);
    }

    @Transactional(readOnly = true)
    ContentEditing.RevisionDetail revisionDetail(String slug, int number) {
        EditedTreatment treatment = treatment(slug);
        TreatmentRevision revision = revision(treatment, number);
        TreatmentContent before = number > 1 ? revision(treatment, number - 1).content() : revision.content();
        return new ContentEditing.RevisionDetail(treatment.getSlug(), published(treatment).name(), treatment.getCode(),
                RevisionSummary.of(revision, treatment.getPublishedRevision()), revision.content(),
                ContentDiff.between(before, revision.content()));
    }

    private TreatmentRevision addRevision(EditedTreatment treatment, TreatmentContent content, Integer revertedFrom,
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

    private ContentEditing.Editor editor(EditedTreatment treatment) {
        return editor(treatment, revision(treatment, treatment.getHeadRevision()));
    }

    private ContentEditing.Editor editor(EditedTreatment treatment, TreatmentRevision head) {
        return new ContentEditing.Editor(state(treatment, published(treatment), head), treatment.getCode(), head.content());
    }

    private TreatmentState state(EditedTreatment treatment, TreatmentContent published, TreatmentRevision head) {
        LocalDate due = published.reviewDue();
        return new TreatmentState(treatment.getSlug(), published.name(), treatment.getPublishedRevision(),
                RevisionSummary.of(head, treatment.getPublishedRevision()), due, !LocalDate.now(clock).isBefore(due));
    }

    /** What patients see of this treatment: the content of its published revision. */
    private TreatmentContent published(EditedTreatment treatment) {
        return revision(treatment, treatment.getPublishedRevision()).content();
    }

    private EditedTreatment treatment(String slug) {
        return treatments.findBySlug(slug).orElseThrow(ContentEditing.ContentNotFound::new);
    }

    private TreatmentRevision revision(EditedTreatment treatment, int number) {
        return revisions.findByTreatmentIdAndNumber(treatment.getId(), number)
                .orElseThrow(ContentEditing.ContentNotFound::new);
    }
}
