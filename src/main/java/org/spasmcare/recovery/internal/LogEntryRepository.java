package org.spasmcare.recovery.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.spasmcare.recovery.TrendPoint;
import org.spasmcare.triage.RedFlag;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * Log entries. The log page reads them through small queries (aggregates, a page, the newest few) so
 * that a five-year log is never loaded whole; every query uses the (episode, date) index.
 */
public interface LogEntryRepository extends JpaRepository<LogEntry, Long> {

    /** An entry only if it belongs to one of the account's episodes. */
    Optional<LogEntry> findByIdAndEpisodeAccountId(long id, long accountId);

    Optional<LogEntry> findByEpisodeIdAndEntryDate(long episodeId, LocalDate entryDate);

    Page<LogEntry> findByEpisodeIdOrderByEntryDateDesc(long episodeId, Pageable page);

    Optional<LogEntry> findFirstByEpisodeIdOrderByEntryDateAsc(long episodeId);

    List<LogEntry> findTop3ByEpisodeIdOrderByEntryDateDesc(long episodeId);

    List<LogEntry> findByEpisodeIdAndEntryDateGreaterThanEqual(long episodeId, LocalDate since);

    /** Every entry of an episode, for the data export: the treatments come in the same query. */
    @EntityGraph(attributePaths = "treatments")
    List<LogEntry> findByEpisodeIdOrderByEntryDateAsc(long episodeId);

    @Query("select count(e) from LogEntry e where e.episode.id = :episodeId")
    long countInEpisode(long episodeId);

    @Query("""
            select count(e) from LogEntry e join e.treatments t where e.episode.id = :episodeId
            and t = org.spasmcare.triage.TreatmentCode.MUSCLE_RELAXANTS""")
    long countMuscleRelaxantDays(long episodeId);

    /** §8 NSAIDS_TOO_OFTEN: the days in a window (both ends included) that logged NSAIDs. */
    @Query("""
            select count(e) from LogEntry e join e.treatments t where e.episode.id = :episodeId
            and t = org.spasmcare.triage.TreatmentCode.NSAIDS and e.entryDate >= :from and e.entryDate <= :to""")
    long countNsaidDays(long episodeId, LocalDate from, LocalDate to);

    /** The entries with a red flag that no confirmation covers (the sets are stored sorted: equal sets, equal text). */
    @Query("select e from LogEntry e where e.episode.id = :episodeId and e.redFlags <> e.redFlagsSeen")
    List<LogEntry> findWithUncoveredRedFlags(long episodeId);

    /** A "clinician has seen me" confirmation covers every flag saved so far (the version does not change). */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update LogEntry e set e.redFlagsSeen = e.redFlags where e.episode.id = :episodeId"
            + " and e.redFlags <> e.redFlagsSeen")
    int coverRedFlags(long episodeId);

    /** The entries that carry a red flag, newest first (few, even in a long log), with their treatments. */
    @Query("""
            select e from LogEntry e left join fetch e.treatments where e.episode.id = :episodeId
            and e.redFlags <> :none order by e.entryDate desc""")
    List<LogEntry> findWithRedFlags(long episodeId, Set<RedFlag> none);

    default List<LogEntry> findWithRedFlags(long episodeId) {
        return findWithRedFlags(episodeId, Set.of());
    }

    /** The days logged from a date on, to find the latest day without an entry. */
    @Query("select e.entryDate from LogEntry e where e.episode.id = :episodeId and e.entryDate >= :since")
    List<LocalDate> datesSince(long episodeId, LocalDate since);

    @Query("""
            select new org.spasmcare.recovery.TrendPoint(e.entryDate, avg(e.pain), avg(e.interference))
            from LogEntry e where e.episode.id = :episodeId
            group by e.entryDate order by e.entryDate""")
    List<TrendPoint> dailyTrend(long episodeId);

    @Query("""
            select new org.spasmcare.recovery.TrendPoint(min(e.entryDate), avg(e.pain), avg(e.interference))
            from LogEntry e where e.episode.id = :episodeId
            group by floor((extract(epoch from e.entryDate) / 86400 + 3) / 7)
            order by min(e.entryDate)""")
    List<TrendPoint> weeklyTrend(long episodeId);

    @Query("""
            select new org.spasmcare.recovery.TrendPoint(min(e.entryDate), avg(e.pain), avg(e.interference))
            from LogEntry e where e.episode.id = :episodeId
            group by extract(year from e.entryDate), extract(month from e.entryDate)
            order by min(e.entryDate)""")
    List<TrendPoint> monthlyTrend(long episodeId);
}
