package org.spasmcare.content;

/** Where a revision of a treatment's content stands. */
public enum RevisionStatus {
    /** Saved, waiting for a second person to review it. */
    DRAFT,
    /** A reviewer sent it back with a comment; patients never see it. */
    SENT_BACK,
    /** Reviewed and published; the newest of these is what patients see. */
    PUBLISHED,
    /** A draft that a newer save or a revert replaced before anyone reviewed it. */
    SUPERSEDED
}
