package org.spasmcare.recovery;

import java.time.LocalDate;
import java.util.Set;

import org.spasmcare.recovery.internal.LogEntry;
import org.spasmcare.triage.RedFlag;
import org.spasmcare.triage.TreatmentCode;

/** A day's entry that passed {@link EntryValidator}: a real date within the episode, two scores, short notes. */
public record ValidEntry(LocalDate date, int pain, int interference, Set<TreatmentCode> treatments,
        Set<RedFlag> redFlags, String notes) {

    void applyTo(LogEntry entry) {
        entry.record(date, pain, interference, treatments, redFlags, notes);
    }
}
