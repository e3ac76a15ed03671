package org.spasmcare.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spasmcare.catalog.TreatmentContent;
import org.spasmcare.content.ContentDiff.Segment;
import org.spasmcare.content.ContentDiff.Segment.Kind;

class ContentDiffTest {

    private static final TreatmentContent BEFORE = new TreatmentContent("Heat and cold", "Warmth or cold on the back.",
            "Apply for 20 minutes.\n\nRepeat every few hours.", "Never on numb skin.", "Moderate evidence.", "Low", "A pack",
            "Some relief", "First days", "Cheap", 2, "Moderate", "Low", "ACP 2017\nNICE NG59", "SpasmCare clinical team",
            LocalDate.of(2026, 11, 30), LocalDate.of(2027, 11, 30));

    @Test
    void shouldListOnlyTheFieldsThatChangedInTheEditorsOrder() {
        TreatmentContent after = new TreatmentContent("Heat and cold", "Warmth or cold on the lower back.",
                BEFORE.howTo(), BEFORE.cautions(), "Low-quality evidence.", "Low", "A pack", "Some relief", "First days",
                "Cheap", 3, "Moderate", "Low", "ACP 2017\nNICE NG59", "SpasmCare clinical team",
                LocalDate.of(2026, 11, 30), LocalDate.of(2027, 11, 30));

        assertThat(ContentDiff.between(BEFORE, after)).extracting(ContentDiff.FieldChange::field)
                .containsExactly(ContentField.SUMMARY, ContentField.EVIDENCE, ContentField.DISPLAY_ORDER);
        assertThat(ContentDiff.between(BEFORE, BEFORE)).isEmpty();
    }

    @Test
    void shouldMarkWordsRemovedAndAddedAndKeepTheRestAsIs() {
        assertThat(ContentDiff.segments("Apply for 20 minutes, then rest.", "Apply for 15 minutes, then rest."))
                .containsExactly(new Segment(Kind.SAME, "Apply for "), new Segment(Kind.REMOVED, "20"),
                        new Segment(Kind.ADDED, "15"), new Segment(Kind.SAME, " minutes, then rest."));
        assertThat(ContentDiff.segments("", "New text")).containsExactly(new Segment(Kind.ADDED, "New text"));
        assertThat(ContentDiff.segments("Old text", "")).containsExactly(new Segment(Kind.REMOVED, "Old text"));
    }

    @Test
    void shouldRebuildBothVersionsExactlyFromTheSegments() {
        List<String[]> pairs = List.of(
                new String[] {"a b c", "a x c"},
                new String[] {"- one\n- two\n\nend", "- one\n- two\n- three\n\nend"},
                new String[] {"  spaced  out  ", "spaced out"},
                new String[] {"same", "same"});
        for (String[] pair : pairs) {
            List<Segment> segments = ContentDiff.segments(pair[0], pair[1]);
            assertThat(text(segments, Kind.ADDED)).isEqualTo(pair[0]);
            assertThat(text(segments, Kind.REMOVED)).isEqualTo(pair[1]);
        }
    }

    /** The text with one kind of change left out: without ADDED it is the old version, without REMOVED the new. */
    private static String text(List<Segment> segments, Kind leftOut) {
        StringBuilder text = new StringBuilder();
        segments.stream().filter(s -> s.kind() != leftOut).forEach(s -> text.append(s.text()));
        return text.toString();
    }
}
