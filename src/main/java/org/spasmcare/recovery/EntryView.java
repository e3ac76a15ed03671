package org.spasmcare.recovery;

import java.time.LocalDate;
import java.util.Set;

import org.spasmcare.triage.RedFlag;
import org.spasmcare.triage.TreatmentCode;

/** A log entry as pages show it, with its episode's onset date for checking edits. */
public record EntryView(long id, LocalDate entryDate, int pain, int interference, Set<TreatmentCode> treatments,
        Set<RedFlag> redFlags, String notes, LocalDate episodeOnsetDate) {

    static EntryView of(LogEntry entry) {
        return new EntryView(entry.getId(), entry.getEntryDate(), entry.getPain(), entry.getInterference(),
                entry.getTreatments(), entry.getRedFlags(), entry.getNotes(), entry.getEpisode().getOnsetDate());
    }
}
