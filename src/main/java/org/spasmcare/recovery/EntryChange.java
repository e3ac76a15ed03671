package org.spasmcare.recovery;

import java.util.Set;

import org.spasmcare.triage.RedFlag;

/**
 * What became of a save. Only {@link Saved} wrote anything: every other outcome leaves the stored entry as
 * it was, so a patient on two devices never silently overwrites what they saved on the other one.
 */
public sealed interface EntryChange {

    /** Written: a new day, an edit, or a replacement the patient chose after seeing what was there. */
    record Saved(boolean added) implements EntryChange {
    }

    /** The day already has this entry, which the patient has not seen yet. */
    record DayTaken(EntryView existing) implements EntryChange {
    }

    /** The entry was changed elsewhere after this form was opened; this is how it is now. */
    record ChangedMeanwhile(EntryView current) implements EntryChange {
    }

    /**
     * The edit takes away warning signs that still show, and with them their alert (clinical rules §8): the
     * patient is asked first, and nothing is saved until they agree.
     */
    record RemovesShowingRedFlags(Set<RedFlag> flags, EntryView current) implements EntryChange {
    }

    /** The entry no longer exists for this account (deleted elsewhere, or never theirs). */
    record Gone() implements EntryChange {
    }
}
