package org.spasmcare.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceUnitUtil;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spasmcare.recovery.internal.Episode;
import org.spasmcare.recovery.internal.EpisodeRepository;
import org.spasmcare.recovery.internal.LogEntry;
import org.spasmcare.recovery.internal.LogEntryRepository;
import org.spasmcare.triage.RedFlag;
import org.spasmcare.triage.TreatmentCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The log's queries on the real schema: scoped to the owner, one entry a day, aggregates in SQL. */
@DataJpaTest(showSql = false)
class RecoveryRepositoryTest {

    /** When each episode was started: no query here reads it, so one fixed instant for all. */
    private static final Instant STARTED = Instant.parse("2026-11-22T10:00:00Z");

    @Autowired
    private EpisodeRepository episodes;

    @Autowired
    private LogEntryRepository entries;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private EntityManager entityManager;

    private long ann;
    private long bob;

    @BeforeEach
    void twoAccounts() {
        ann = account("ann");
        bob = account("bob");
    }

    @Test
    void shouldFindEpisodesAndEntriesOnlyForTheirOwner() {
        Episode annsEpisode = episodes.save(new Episode(ann, LocalDate.of(2026, 11, 1), STARTED));
        LogEntry annsEntry = entries.save(entry(annsEpisode, LocalDate.of(2026, 11, 2), 5, Set.of()));

        assertThat(episodes.findByIdAndAccountId(annsEpisode.getId(), ann)).isPresent();
        assertThat(episodes.findByIdAndAccountId(annsEpisode.getId(), bob)).isEmpty();
        assertThat(entries.findByIdAndEpisodeAccountId(annsEntry.getId(), ann)).isPresent();
        assertThat(entries.findByIdAndEpisodeAccountId(annsEntry.getId(), bob)).isEmpty();
        assertThat(episodes.findFirstByAccountIdAndCurrentTrue(bob)).isEmpty();
    }

    @Test
    void shouldKeepOneEntryADayPerEpisode() {
        Episode episode = episodes.save(new Episode(ann, LocalDate.of(2026, 11, 1), STARTED));
        entries.saveAndFlush(entry(episode, LocalDate.of(2026, 11, 2), 5, Set.of()));

        assertThatThrownBy(() -> entries.saveAndFlush(entry(episode, LocalDate.of(2026, 11, 2), 6, Set.of())))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void shouldMoveTheCurrentEpisodeAndLeaveOtherAccountsAlone() {
        Episode first = episodes.save(new Episode(ann, LocalDate.of(2026, 1, 1), STARTED));
        Episode bobs = episodes.save(new Episode(bob, LocalDate.of(2026, 1, 1), STARTED));
        episodes.clearCurrent(ann);
        Episode second = episodes.save(new Episode(ann, LocalDate.of(2026, 6, 1), STARTED));

        assertThat(episodes.findFirstByAccountIdAndCurrentTrue(ann)).get().extracting(Episode::getId).isEqualTo(second.getId());
        assertThat(episodes.findById(first.getId())).get().extracting(Episode::isCurrent).isEqualTo(false);
        assertThat(episodes.findById(bobs.getId())).get().extracting(Episode::isCurrent).isEqualTo(true);
    }

    @Test
    void shouldAggregateTheTrendByDayWeekAndMonthInTheDatabase() {
        Episode episode = episodes.save(new Episode(ann, LocalDate.of(2026, 1, 1), STARTED));
        // 2026-01-05 is a Monday: two full ISO weeks, pain 8 in the first and 4 in the second
        for (int day = 0; day < 14; day++) {
            entries.save(entry(episode, LocalDate.of(2026, 1, 5).plusDays(day), day < 7 ? 8 : 4, Set.of()));
        }
        entries.save(entry(episode, LocalDate.of(2026, 2, 10), 2, Set.of()));
        entries.flush();

        assertThat(entries.dailyTrend(episode.getId())).hasSize(15);
        assertThat(entries.weeklyTrend(episode.getId())).extracting(TrendPoint::pain).containsExactly(8.0, 4.0, 2.0);
        assertThat(entries.weeklyTrend(episode.getId())).extracting(TrendPoint::date)
                .containsExactly(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 12), LocalDate.of(2026, 2, 10));
        assertThat(entries.monthlyTrend(episode.getId())).extracting(TrendPoint::pain).containsExactly(6.0, 2.0);
    }

    @Test
    void shouldKeepAWeekThatSpansNewYearTogetherAndApartFromTheSameWeekNumberAYearEarlier() {
        Episode episode = episodes.save(new Episode(ann, LocalDate.of(2025, 1, 1), STARTED));
        entries.save(entry(episode, LocalDate.of(2025, 1, 1), 9, Set.of()));   // ISO week 1 of 2025 (Mon 2024-12-30)
        entries.save(entry(episode, LocalDate.of(2025, 12, 29), 2, Set.of()));  // Monday of ISO week 1 of 2026
        entries.save(entry(episode, LocalDate.of(2026, 1, 2), 4, Set.of()));    // same week, new year
        entries.flush();

        assertThat(entries.weeklyTrend(episode.getId())).extracting(TrendPoint::date, TrendPoint::pain).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 1, 1), 9.0),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 12, 29), 3.0));
    }

    @Test
    void shouldCountMedicineDaysAndFindTheNewestEntriesWithoutLoadingTheRest() {
        Episode episode = episodes.save(new Episode(ann, LocalDate.of(2026, 1, 1), STARTED));
        for (int day = 1; day <= 12; day++) {
            Set<TreatmentCode> tried = day <= 11 ? Set.of(TreatmentCode.NSAIDS, TreatmentCode.MUSCLE_RELAXANTS) : Set.of();
            entries.save(entry(episode, LocalDate.of(2026, 1, day), (day - 1) % 11, tried)); // pains 0..10, 0
        }
        entries.flush();

        assertThat(entries.countMuscleRelaxantDays(episode.getId())).isEqualTo(11);
        assertThat(entries.countNsaidDays(episode.getId(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 12))).isEqualTo(11);
        assertThat(entries.countNsaidDays(episode.getId(), LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 11))).isEqualTo(7);
        assertThat(entries.countNsaidDays(episode.getId(), LocalDate.of(2026, 1, 12), LocalDate.of(2026, 2, 1))).isZero();
        assertThat(entries.findTop3ByEpisodeIdOrderByEntryDateDesc(episode.getId())).extracting(LogEntry::getPain)
                .containsExactly(0, 10, 9);
        assertThat(entries.findByEpisodeIdOrderByEntryDateDesc(episode.getId(), PageRequest.of(1, 5)).getContent())
                .extracting(LogEntry::getPain).containsExactly(6, 5, 4, 3, 2);
        assertThat(entries.countInEpisode(episode.getId())).isEqualTo(12);
    }

    @Test
    void shouldCoverEveryRedFlagSavedSoFarAndShowOnlyFlagsAddedAfterwards() {
        Episode episode = episodes.save(new Episode(ann, LocalDate.of(2026, 1, 1), STARTED));
        LogEntry monday = entry(episode, LocalDate.of(2026, 1, 5), 5, Set.of());
        monday.record(monday.getEntryDate(), 5, 3, Set.of(), Set.of(RedFlag.FEVER), null);
        entries.saveAndFlush(monday);
        entries.saveAndFlush(entry(episode, LocalDate.of(2026, 1, 6), 4, Set.of()));
        assertThat(entries.findWithUncoveredRedFlags(episode.getId())).hasSize(1);

        assertThat(entries.coverRedFlags(episode.getId())).isEqualTo(1);
        assertThat(entries.findWithUncoveredRedFlags(episode.getId())).isEmpty();
        LogEntry covered = entries.findByEpisodeIdAndEntryDate(episode.getId(), LocalDate.of(2026, 1, 5)).orElseThrow();
        assertThat(covered.getShowingRedFlags()).isEmpty();

        // keeping the flag keeps it covered; adding another shows only the new one
        covered.record(covered.getEntryDate(), 6, 3, Set.of(), Set.of(RedFlag.FEVER, RedFlag.SCIATICA), "edited");
        entries.saveAndFlush(covered);
        assertThat(entries.findByEpisodeIdAndEntryDate(episode.getId(), LocalDate.of(2026, 1, 5)).orElseThrow()
                .getShowingRedFlags()).containsExactly(RedFlag.SCIATICA);
        // removing a covered flag and adding it back shows it again
        covered.record(covered.getEntryDate(), 6, 3, Set.of(), Set.of(RedFlag.SCIATICA), null);
        covered.record(covered.getEntryDate(), 6, 3, Set.of(), Set.of(RedFlag.SCIATICA, RedFlag.FEVER), null);
        assertThat(covered.getShowingRedFlags()).containsExactlyInAnyOrder(RedFlag.FEVER, RedFlag.SCIATICA);
    }

    @Test
    void shouldDeleteEpisodesAndEntriesWithTheirAccount() {
        Episode episode = episodes.save(new Episode(ann, LocalDate.of(2026, 1, 1), STARTED));
        entries.saveAndFlush(entry(episode, LocalDate.of(2026, 1, 2), 3, Set.of(TreatmentCode.NSAIDS)));

        jdbc.update("delete from account where id = ?", ann);

        assertThat(jdbc.queryForObject("select count(*) from episode where account_id = ?", Integer.class, ann)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from log_entry", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from log_entry_treatment", Integer.class)).isZero();
    }

    @Test
    void shouldKeepTreatmentsAsRowsOfTheirEntry() {
        Episode episode = episodes.save(new Episode(ann, LocalDate.of(2026, 1, 1), STARTED));
        LogEntry entry = entries.saveAndFlush(entry(episode, LocalDate.of(2026, 1, 2), 3,
                Set.of(TreatmentCode.NSAIDS, TreatmentCode.HEAT_COLD)));
        assertThat(treatmentRows(entry)).containsExactly("HEAT_COLD", "NSAIDS");
        long saved = entry.getVersion();

        entry.record(entry.getEntryDate(), 3, 3, Set.of(TreatmentCode.MASSAGE, TreatmentCode.NSAIDS), Set.of(), null);
        entries.saveAndFlush(entry);
        assertThat(entry.getVersion()).isEqualTo(saved + 1);
        assertThat(treatmentRows(entry)).containsExactly("MASSAGE", "NSAIDS");
        assertThat(entry.getTreatments()).containsExactly(TreatmentCode.NSAIDS, TreatmentCode.MASSAGE);

        entries.delete(entry);
        entries.flush();
        assertThat(jdbc.queryForObject("select count(*) from log_entry_treatment", Integer.class)).isZero();
    }

    @Test
    void shouldFindTheEntriesWithRedFlagsNewestFirstWithTheirTreatments() {
        Episode episode = episodes.save(new Episode(ann, LocalDate.of(2026, 1, 1), STARTED));
        for (int day = 1; day <= 4; day++) {
            LogEntry entry = new LogEntry(episode, LocalDate.of(2026, 1, day));
            entry.record(entry.getEntryDate(), 5, 3, Set.of(TreatmentCode.MASSAGE),
                    day % 2 == 0 ? Set.of(RedFlag.FEVER) : Set.of(), null);
            entries.save(entry);
        }
        entries.flush();
        entityManager.clear();

        PersistenceUnitUtil loaded = entityManager.getEntityManagerFactory().getPersistenceUnitUtil();
        assertThat(entries.findWithRedFlags(episode.getId())).extracting(LogEntry::getEntryDate)
                .containsExactly(LocalDate.of(2026, 1, 4), LocalDate.of(2026, 1, 2));
        assertThat(entries.findWithRedFlags(episode.getId())).allSatisfy(entry -> {
            assertThat(loaded.isLoaded(entry, "treatments")).as("fetched with the entry").isTrue();
            assertThat(entry.getTreatments()).containsExactly(TreatmentCode.MASSAGE);
        });
        entityManager.clear();
        assertThat(entries.findByEpisodeIdOrderByEntryDateAsc(episode.getId())).as("the export's query").hasSize(4)
                .allSatisfy(entry -> assertThat(loaded.isLoaded(entry, "treatments")).isTrue());
    }

    private List<String> treatmentRows(LogEntry entry) {
        return jdbc.queryForList("select treatment from log_entry_treatment where log_entry_id = ? order by treatment",
                String.class, entry.getId());
    }

    private long account(String name) {
        jdbc.update("insert into account (username, password_hash, role, enabled, created_at) values (?, 'x', 'PATIENT', true, CURRENT_TIMESTAMP)",
                name + System.nanoTime());
        return jdbc.queryForObject("select max(id) from account", Long.class);
    }

    private static LogEntry entry(Episode episode, LocalDate date, int pain, Set<TreatmentCode> tried) {
        LogEntry entry = new LogEntry(episode, date);
        entry.record(date, pain, 3, tried, Set.<RedFlag>of(), null);
        return entry;
    }
}
