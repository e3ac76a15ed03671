package org.spasmcare.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.spasmcare.catalog.TreatmentCatalog;
import org.spasmcare.catalog.TreatmentContent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;

/** A one-person clinic switches the second reviewer off and may publish its own drafts. */
@SpringBootTest(properties = "spasmcare.content.second-reviewer=false")
@AutoConfigureTestDatabase
class SingleReviewerClinicTest {

    @Autowired
    private ContentEditing editing;

    @Autowired
    private TreatmentCatalog catalog;

    @Test
    void shouldLetTheAuthorPublishTheirOwnDraftWhenNoSecondReviewerIsRequired() {
        String slug = "massage";
        ContentEditing.Editor editor = editing.editor(slug);
        TreatmentContent c = editor.content();
        TreatmentContent changed = c.withSummary("Written and published by one person.");
        SaveOutcome saved = editing.saveDraft(slug, "solo", editor.state().head().number(), changed);
        int revision = ((SaveOutcome.Saved) saved).revision();

        assertThat(editing.secondReviewerRequired()).isFalse();
        assertThat(editing.review(slug).mayBePublishedBy("solo", false)).isTrue();
        assertThat(editing.publish(slug, "solo", revision)).isEqualTo(ContentEditing.ReviewOutcome.PUBLISHED);
        assertThat(catalog.published().findBySlug(slug)).get()
                .extracting(view -> view.summary()).isEqualTo("Written and published by one person.");
    }
}
