package org.spasmcare.content.internal;

import java.util.List;
import java.util.Optional;

import org.spasmcare.content.RevisionStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TreatmentRevisionRepository extends JpaRepository<TreatmentRevision, Long> {

    Optional<TreatmentRevision> findByTreatmentIdAndNumber(long treatmentId, int number);

    List<TreatmentRevision> findByTreatmentIdOrderByNumberDesc(long treatmentId);

    /** The drafts not yet reviewed or sent back, newer than the published revision. */
    List<TreatmentRevision> findByTreatmentIdAndNumberGreaterThanAndStatusIn(long treatmentId, int number,
            List<RevisionStatus> statuses);

    /** Every treatment's newest revision, in one query for the staff list. */
    @Query("select r from TreatmentRevision r, EditedTreatment t where r.treatmentId = t.id and r.number = t.headRevision")
    List<TreatmentRevision> findHeads();

    /**
     * Every treatment's published revision, in the order patients see them: its content is the content in the
     * treatment row, which publishing copies from it.
     */
    @Query("select r from TreatmentRevision r, EditedTreatment t where r.treatmentId = t.id"
            + " and r.number = t.publishedRevision order by r.content.displayOrder")
    List<TreatmentRevision> findPublishedInDisplayOrder();
}
