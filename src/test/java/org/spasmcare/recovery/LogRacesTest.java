package org.spasmcare.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.Test;
import org.spasmcare.account.AccountService;
import org.spasmcare.account.RegistrationForm;
import org.spasmcare.recovery.internal.EpisodeRepository;
import org.spasmcare.recovery.internal.LogEntryRepository;
import org.spasmcare.support.TestClock;
import org.spasmcare.triage.Assessment;
import org.spasmcare.triage.RedFlag;
import org.spasmcare.triage.TreatmentCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * What RecoveryLog does with a lost race: a save is tried once more in a fresh transaction (the first one
 * rolled back, never reused), and an answer to "Is this the same back pain?" is not retried at all.
 */
@SpringBootTest
@AutoConfigureTestDatabase
@org.springframework.context.annotation.Import({TestClock.Config.class, LogRacesTest.RaceLost.class})
class LogRacesTest {

    @Autowired
    private RecoveryLog log;

    @Autowired
    private AccountService accounts;

    @Autowired
    private LosingChanges changes;

    @Test
    void shouldTryALostSaveOnceMoreInAFreshTransaction() {
        long patient = patient();
        long episode = log.startByHand(patient, log.today().minusDays(3)).id();
        changes.loseTheNextRace();

        EntryChange change = log.saveEntry(patient, episode, new ValidEntry(log.today(), 5, 4,
                Set.of(TreatmentCode.HEAT_COLD), Set.<RedFlag>of(), "after a lost race"));

        assertThat(changes.transactions()).as("two attempts, each in its own transaction").hasSize(2)
                .doesNotContainNull().doesNotHaveDuplicates();
        // the first attempt's entry was rolled back with its transaction: the second adds it, not "day taken"
        assertThat(change).isEqualTo(new EntryChange.Saved(true));
        assertThat(log.view(patient, episode, 0).entries().getContent()).singleElement()
                .extracting(EntryView::notes).isEqualTo("after a lost race");
    }

    @Test
    void shouldAskAgainNotRetryWhenAnAnswerLosesItsRace() {
        long patient = patient();
        log.startFromAssessment(patient, Assessment.of(3, 5));
        SamePainQuestion question = log.samePainQuestion(patient).orElseThrow();
        changes.loseTheNextRace();

        PlanSave outcome = log.addToCurrentEpisode(patient, question.episodeId(), question.episodeVersion(),
                Assessment.of(3, 8));

        assertThat(outcome).isEqualTo(PlanSave.NOT_AS_ASKED);
        assertThat(changes.transactions()).as("one attempt").hasSize(1);
        assertThat(log.samePainQuestion(patient).orElseThrow().episodeVersion()).isEqualTo(question.episodeVersion());
    }

    private long patient() {
        RegistrationForm form = new RegistrationForm();
        form.setUsername("racer" + System.nanoTime());
        form.setPassword("a long and unusual passphrase");
        form.setConfirmPassword("a long and unusual passphrase");
        return accounts.registerPatient(form, new BeanPropertyBindingResult(form, "registration")).orElseThrow().id();
    }

    /** The log's changes, losing the next race after doing their work (so a reused transaction would show it). */
    static class LosingChanges extends LogChanges {

        private final EntityManagerFactory entityManagerFactory;
        private boolean loseNext;
        /** The transaction of each attempt, told apart by its entity manager. */
        private final List<Object> transactions = new ArrayList<>();

        LosingChanges(EpisodeRepository episodes, LogEntryRepository entries, Clock clock,
                EntityManagerFactory entityManagerFactory) {
            super(episodes, entries, clock);
            this.entityManagerFactory = entityManagerFactory;
        }

        // methods, not fields: the test holds the transactional proxy, whose own fields are never set
        public void loseTheNextRace() {
            transactions.clear();
            loseNext = true;
        }

        public List<Object> transactions() {
            return transactions;
        }

        @Override
        @Transactional
        public EntryChange saveEntry(long accountId, long episodeId, ValidEntry entry, long replacesVersion) {
            transactions.add(TransactionSynchronizationManager.getResource(entityManagerFactory));
            EntryChange change = super.saveEntry(accountId, episodeId, entry, replacesVersion);
            if (loseNext) {
                loseNext = false;
                throw new DataIntegrityViolationException("another device saved this day at the same moment");
            }
            return change;
        }

        @Override
        @Transactional
        public PlanSave addToCurrentEpisode(long accountId, long episodeId, long versionAsked, Assessment assessment) {
            transactions.add(TransactionSynchronizationManager.getResource(entityManagerFactory));
            PlanSave outcome = super.addToCurrentEpisode(accountId, episodeId, versionAsked, assessment);
            if (loseNext) {
                loseNext = false;
                throw new OptimisticLockingFailureException("the other answer was saved at the same moment");
            }
            return outcome;
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class RaceLost {
        @Bean
        @Primary
        LosingChanges losingChanges(EpisodeRepository episodes, LogEntryRepository entries, Clock clock,
                EntityManagerFactory entityManagerFactory) {
            return new LosingChanges(episodes, entries, clock, entityManagerFactory);
        }
    }
}
