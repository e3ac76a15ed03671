package org.spasmcare.recovery;

import java.time.LocalDate;
import java.util.Set;

import org.spasmcare.recovery.internal.LogEntry;
import org.spasmcare.triage.RedFlag;
import org.spasmcare.triage.TreatmentCode;

/**
 * A log entry as pages show it, with its episode's onset date for checking edits and its version, which an
 * edit sends back so a change made meanwhile on another device is noticed instead of overwritten.
 */
public record EntryView(long id, LocalDate entryDate, int pain, int interference, Set<TreatmentCode> treatments,
        Set<RedFlag> redFlags, Set<RedFlag> showingRedFlags, String notes, LocalDate episodeOnsetDate, long version) {

    static EntryView of(LogEntry entry) {
        return new EntryView(entry.getId(), entry.getEntryDate(), entry.getPain(), entry.getInterference(),
                entry.getTreatments(), entry.getRedFlags(), entry.getShowingRedFlags(), entry.getNotes(),
                entry.getEpisode().getOnsetDate(), entry.getVersion());
    }
}
