package org.spasmcare.recovery;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.spasmcare.recovery.internal.Episode;
import org.spasmcare.recovery.internal.EpisodeRepository;
import org.spasmcare.recovery.internal.LogEntry;
import org.spasmcare.recovery.internal.LogEntryRepository;
import org.spasmcare.triage.Assessment;
import org.spasmcare.triage.CarePlanner;
import org.spasmcare.triage.RedFlag;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The log's changes that can meet another request's change of the same rows, one transaction a call.
 * {@link RecoveryLog} calls them from outside any transaction, so that what a race means (try once more,
 * or tell the patient) is decided after this transaction has ended, and a retry gets a fresh one.
 */
@Component
class LogChanges {

    private final EpisodeRepository episodes;
    private final LogEntryRepository entries;
    private final Clock clock;

    LogChanges(EpisodeRepository episodes, LogEntryRepository entries, Clock clock) {
        this.episodes = episodes;
        this.entries = entries;
        this.clock = clock;
    }

    /** See {@link RecoveryLog#saveEntry(long, long, ValidEntry, long)}. */
    @Transactional
    public EntryChange saveEntry(long accountId, long episodeId, ValidEntry entry, long replacesVersion) {
        Episode episode = episodes.findByIdAndAccountId(episodeId, accountId).orElseThrow(RecoveryLog.EntryNotFound::new);
        Optional<LogEntry> sameDay = entries.findByEpisodeIdAndEntryDate(episode.getId(), entry.date());
        if (sameDay.isPresent() && sameDay.get().getVersion() != replacesVersion) {
            return new EntryChange.DayTaken(EntryView.of(sameDay.get()));
        }
        LogEntry target = sameDay.orElseGet(() -> new LogEntry(episode, entry.date()));
        entry.applyTo(target);
        entries.saveAndFlush(target);
        return new EntryChange.Saved(sameDay.isEmpty());
    }

    /** See {@link RecoveryLog#updateEntry(long, long, long, ValidEntry, boolean)}. */
    @Transactional
    public EntryChange updateEntry(long accountId, long entryId, long versionOpened, ValidEntry entry,
            boolean removeRedFlagConfirmed) {
        Optional<LogEntry> found = entries.findByIdAndEpisodeAccountId(entryId, accountId);
        if (found.isEmpty()) {
            return new EntryChange.Gone();
        }
        LogEntry target = found.get();
        // §8: the alert goes with the flag, so ask first
        Set<RedFlag> removedShowing = EnumSet.noneOf(RedFlag.class);
        target.getShowingRedFlags().stream().filter(flag -> !entry.redFlags().contains(flag))
                .forEach(removedShowing::add);
        if (!removedShowing.isEmpty() && !removeRedFlagConfirmed) {
            return new EntryChange.RemovesShowingRedFlags(removedShowing, EntryView.of(target));
        }
        if (target.getVersion() != versionOpened) {
            return new EntryChange.ChangedMeanwhile(EntryView.of(target));
        }
        Optional<LogEntry> other = entries.findByEpisodeIdAndEntryDate(target.getEpisode().getId(), entry.date());
        if (other.isPresent() && !other.get().getId().equals(target.getId())) {
            return new EntryChange.DayTaken(EntryView.of(other.get()));
        }
        entry.applyTo(target);
        entries.flush(); // the version check happens here, inside this call, not later at commit
        return new EntryChange.Saved(false);
    }

    /** See {@link RecoveryLog#addToCurrentEpisode}. */
    @Transactional
    public PlanSave addToCurrentEpisode(long accountId, long episodeId, long versionAsked, Assessment assessment) {
        Optional<Episode> asked = stillAsAsked(accountId, episodeId, versionAsked);
        if (asked.isEmpty()) {
            return PlanSave.NOT_AS_ASKED;
        }
        remember(asked.get(), assessment);
        episodes.saveAndFlush(asked.get()); // the version check happens here, inside this call
        return PlanSave.ADDED_TO_CURRENT;
    }

    /** See {@link RecoveryLog#startInsteadOfCurrent}. */
    @Transactional
    public PlanSave startInsteadOfCurrent(long accountId, long episodeId, long versionAsked, Assessment assessment,
            LocalDate onsetDate) {
        Optional<Episode> asked = stillAsAsked(accountId, episodeId, versionAsked);
        if (asked.isEmpty()) {
            return PlanSave.NOT_AS_ASKED;
        }
        asked.get().setCurrent(false);
        episodes.saveAndFlush(asked.get());
        remember(start(accountId, onsetDate), assessment);
        return PlanSave.STARTED_NEW;
    }

    /** A new current episode; the account's other episodes stop being current. Joins the caller's transaction. */
    @Transactional
    public Episode start(long accountId, LocalDate onsetDate) {
        episodes.clearCurrent(accountId);
        return episodes.save(new Episode(accountId, onsetDate, clock.instant()));
    }

    static void remember(Episode episode, Assessment assessment) {
        episode.rememberAssessment(assessment.painScore(), assessment.redFlags(), assessment.safetyFactors(),
                assessment.age(), assessment.pregnant(), assessment.flareUp(), CarePlanner.RULES_VERSION);
    }

    private Optional<Episode> stillAsAsked(long accountId, long episodeId, long versionAsked) {
        return episodes.findByIdAndAccountId(episodeId, accountId)
                .filter(episode -> episode.isCurrent() && episode.getVersion() == versionAsked);
    }
}
