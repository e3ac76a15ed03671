package org.spasmcare.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import org.junit.jupiter.api.Test;
import org.spasmcare.audit.AuditAction;
import org.spasmcare.audit.AuditTrail;
import org.spasmcare.catalog.TreatmentCatalog;
import org.spasmcare.catalog.TreatmentContent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A change that loses a race (the treatment's version moved under it) through the real beans and database.
 * The audit record, the last step of each change inside its transaction, is where the race is staged: it
 * fails once, as a flush meeting a moved version would.
 */
@SpringBootTest
@AutoConfigureTestDatabase
class ContentEditingRetryTest {

    @Autowired
    private ContentEditing editing;

    @Autowired
    private TreatmentCatalog catalog;

    @Autowired
    private PlatformTransactionManager transactions;

    @MockitoSpyBean
    private AuditTrail audit;

    @Test
    void shouldRetryALostSaveInAFreshTransaction() {
        String slug = "massage";
        ContentEditing.Editor opened = editing.editor(slug);
        int revisions = editing.history(slug).revisions().size();
        doThrow(new OptimisticLockingFailureException("lost the race")).doCallRealMethod()
                .when(audit).record(any(), eq(AuditAction.SAVE_DRAFT), eq(slug), any());

        SaveOutcome outcome = editing.saveDraft(slug, "alice", opened.state().head().number(),
                opened.content().withSummary("Alice's summary."));

        // retried inside the first transaction, the second attempt would find the first one's revision and head
        assertThat(outcome).isEqualTo(new SaveOutcome.Saved(opened.state().head().number() + 1));
        assertThat(editing.history(slug).revisions()).hasSize(revisions + 1);
        assertThat(editing.editor(slug).content().summary()).isEqualTo("Alice's summary.");
        verify(audit, times(2)).record(any(), eq(AuditAction.SAVE_DRAFT), eq(slug), any());
    }

    @Test
    void shouldTellTheEditorWhoSavedFirstInsteadOfSavingOverThem() {
        String slug = "heat-and-cold";
        ContentEditing.Editor opened = editing.editor(slug);
        int openedRevision = opened.state().head().number();
        int revisions = editing.history(slug).revisions().size();
        TreatmentContent bobs = opened.content().withSummary("Bob's summary, saved first.");
        doAnswer(invocation -> {
            // Bob's save commits the moment Alice's attempt has rolled back, before her retry
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionTemplate separately = new TransactionTemplate(transactions);
                    separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
                    separately.executeWithoutResult(tx -> editing.saveDraft(slug, "bob", openedRevision, bobs));
                }
            });
            throw new OptimisticLockingFailureException("bob saved at the same moment");
        }).doCallRealMethod().when(audit).record(eq("alice"), eq(AuditAction.SAVE_DRAFT), eq(slug), any());

        SaveOutcome outcome = editing.saveDraft(slug, "alice", openedRevision,
                opened.content().withSummary("Alice's summary."));

        assertThat(outcome).isInstanceOf(SaveOutcome.ChangedMeanwhile.class);
        SaveOutcome.ChangedMeanwhile changed = (SaveOutcome.ChangedMeanwhile) outcome;
        assertThat(changed.head().author()).isEqualTo("bob");
        assertThat(changed.editor().content().summary()).isEqualTo("Bob's summary, saved first.");
        assertThat(editing.editor(slug).content().summary()).isEqualTo("Bob's summary, saved first.");
        assertThat(editing.history(slug).revisions()).as("Bob's revision only").hasSize(revisions + 1);
    }

    @Test
    void shouldNotRetryALostPublishButSayTheDraftIsNoLongerWaiting() {
        String slug = "nsaids";
        ContentEditing.Editor opened = editing.editor(slug);
        String before = catalog.published().findBySlug(slug).orElseThrow().summary();
        SaveOutcome saved = editing.saveDraft(slug, "alice", opened.state().head().number(),
                opened.content().withSummary("A draft about NSAIDs."));
        int draft = ((SaveOutcome.Saved) saved).revision();
        doThrow(new OptimisticLockingFailureException("changed at the same moment"))
                .when(audit).record(any(), eq(AuditAction.PUBLISH), eq(slug), any());

        assertThat(editing.publish(slug, "bob", draft)).isEqualTo(ContentEditing.ReviewOutcome.NOT_WAITING);

        verify(audit, times(1)).record(any(), eq(AuditAction.PUBLISH), eq(slug), any());
        assertThat(editing.review(slug).state().isWaitingForReview()).as("rolled back").isTrue();
        assertThat(catalog.published().findBySlug(slug).orElseThrow().summary()).isEqualTo(before);
    }
}
