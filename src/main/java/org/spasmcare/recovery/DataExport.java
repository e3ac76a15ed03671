package org.spasmcare.recovery;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.spasmcare.recovery.internal.Episode;
import org.spasmcare.recovery.internal.EpisodeRepository;
import org.spasmcare.recovery.internal.LogEntry;
import org.spasmcare.recovery.internal.LogEntryRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes every episode and entry of one account as CSV (RFC 4180, by Commons CSV): one row per entry, with its episode's
 * details; an episode with no entries still gets a row. Cells that a spreadsheet would run as a formula
 * are prefixed with an apostrophe.
 */
@Service
class DataExport {

    static final List<String> COLUMNS = List.of("episode_id", "episode_onset_date", "episode_started_at",
            "episode_current", "assessment_pain_score", "assessment_red_flags", "assessment_safety_factors",
            "assessment_age", "assessment_pregnant", "assessment_flare_up", "rules_version", "entry_date", "pain",
            "interference", "treatments", "red_flags", "notes");

    private final EpisodeRepository episodes;
    private final LogEntryRepository entries;

    DataExport(EpisodeRepository episodes, LogEntryRepository entries) {
        this.episodes = episodes;
        this.entries = entries;
    }

    @Transactional(readOnly = true)
    void writeCsv(long accountId, Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180);
        csv.printRecord(COLUMNS);
        for (Episode episode : episodes.findByAccountIdOrderByStartedAtDesc(accountId)) {
            List<LogEntry> episodeEntries = entries.findByEpisodeIdOrderByEntryDateAsc(episode.getId());
            if (episodeEntries.isEmpty()) {
                csv.printRecord(safe(episodeCells(episode, null)));
            }
            for (LogEntry entry : episodeEntries) {
                csv.printRecord(safe(episodeCells(episode, entry)));
            }
        }
        csv.flush();
    }

    private static List<String> episodeCells(Episode episode, LogEntry entry) {
        return List.of(String.valueOf(episode.getId()), episode.getOnsetDate().toString(),
                episode.getStartedAt().toString(), String.valueOf(episode.isCurrent()), text(episode.getPainScore()),
                codes(episode.getRedFlags()), codes(episode.getSafetyFactors()), text(episode.getAge()),
                text(episode.getPregnant()), text(episode.getFlareUp()), text(episode.getRulesVersion()),
                entry == null ? "" : entry.getEntryDate().toString(),
                entry == null ? "" : String.valueOf(entry.getPain()),
                entry == null ? "" : String.valueOf(entry.getInterference()),
                entry == null ? "" : codes(entry.getTreatments()),
                entry == null ? "" : codes(entry.getRedFlags()),
                entry == null ? "" : text(entry.getNotes()));
    }

    private static String codes(Set<? extends Enum<?>> codes) {
        return codes.stream().map(Enum::name).sorted().collect(Collectors.joining(";"));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** A note starting with = + - or @ would run as a formula in a spreadsheet: make it plain text. */
    static List<String> safe(List<String> cells) {
        return cells.stream()
                .map(value -> !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value)
                .toList();
    }
}
