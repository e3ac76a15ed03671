package org.spasmcare.content;

import java.util.List;

import org.spasmcare.catalog.TreatmentContent;

/** What became of an editor's save. Only {@link Saved} wrote anything. */
public sealed interface SaveOutcome {

    record Saved(int revision) implements SaveOutcome {
    }

    /**
     * The form is the same as the revision it was opened on.
     *
     * @param editor the editor as it stands, to show again
     */
    record NothingChanged(ContentEditing.Editor editor) implements SaveOutcome {
    }

    /**
     * Someone saved (or reverted) after this editor was opened. Their changes since then are listed; the
     * editor's text is not saved until its author has seen them and saves again.
     *
     * @param editor the editor as it stands now, on their revision, to show again
     */
    record ChangedMeanwhile(ContentEditing.Editor editor, RevisionSummary head, TreatmentContent headContent,
            List<ContentDiff.FieldChange> changes) implements SaveOutcome {
    }
}
