package org.spasmcare.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

import org.spasmcare.catalog.TreatmentContent;

/**
 * Field-by-field, word-by-word differences between two versions of a treatment's content, for a reviewer
 * to see exactly what would change. Pure: no Spring, no database.
 */
public final class ContentDiff {

    private static final Pattern WORDS_AND_SPACES = Pattern.compile("\\s+|[^\\s]+");

    /** A run of text that is in both versions, only in the new one, or only in the old one. */
    public record Segment(Kind kind, String text) {
        public enum Kind { SAME, ADDED, REMOVED }

        public boolean isAdded() {
            return kind == Kind.ADDED;
        }

        public boolean isRemoved() {
            return kind == Kind.REMOVED;
        }
    }

    /** One field that differs, as the old and new text with the changes marked. */
    public record FieldChange(ContentField field, List<Segment> segments) {
    }

    private ContentDiff() {
    }

    /** Only the fields that differ, in the editor's order; empty when nothing changed. */
    public static List<FieldChange> between(TreatmentContent before, TreatmentContent after) {
        List<FieldChange> changes = new ArrayList<>();
        for (ContentField field : ContentField.values()) {
            String old = field.valueOf(before);
            String now = field.valueOf(after);
            if (!old.equals(now)) {
                changes.add(new FieldChange(field, segments(old, now)));
            }
        }
        return changes;
    }

    static List<Segment> segments(String before, String after) {
        List<String> oldWords = tokens(before);
        List<String> newWords = tokens(after);
        List<Segment> segments = new ArrayList<>();
        int position = 0; // in the old words
        for (AbstractDelta<String> delta : DiffUtils.diff(oldWords, newWords).getDeltas()) {
            add(segments, Segment.Kind.SAME, oldWords.subList(position, delta.getSource().getPosition()));
            add(segments, Segment.Kind.REMOVED, delta.getSource().getLines());
            add(segments, Segment.Kind.ADDED, delta.getTarget().getLines());
            position = delta.getSource().getPosition() + delta.getSource().size();
        }
        add(segments, Segment.Kind.SAME, oldWords.subList(position, oldWords.size()));
        return segments;
    }

    private static void add(List<Segment> segments, Segment.Kind kind, List<String> words) {
        if (words.isEmpty()) {
            return;
        }
        String text = String.join("", words);
        int last = segments.size() - 1;
        if (last >= 0 && segments.get(last).kind() == kind) {
            segments.set(last, new Segment(kind, segments.get(last).text() + text));
        } else {
            segments.add(new Segment(kind, text));
        }
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = WORDS_AND_SPACES.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }
}
