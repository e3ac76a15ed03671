package org.spasmcare.readability;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The counts behind the Flesch-Kincaid grade of a text given as blocks (paragraphs, list items,
 * headings, table cells, single messages): a block always ends a sentence, even without a full stop,
 * as a list item or a label does on the page; inside a block, a sentence ends at {@code .}, {@code !}
 * or {@code ?} followed by a space. A word is a run of characters between spaces (or dashes used as
 * punctuation) with at least one letter or digit; a hyphenated word is one word.
 */
record Prose(int words, int sentences, int syllables) {

    static final Prose NOTHING = new Prose(0, 0, 0);

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])[\"'\u201d\u2019)\\]]*\\s+");
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\u2013\u2014]+");
    private static final Pattern HAS_LETTER_OR_DIGIT = Pattern.compile(".*[\\p{L}\\p{N}].*");

    static Prose of(List<String> blocks) {
        Prose total = NOTHING;
        for (String block : blocks) {
            total = total.plus(ofBlock(block));
        }
        return total;
    }

    static Prose of(String block) {
        return ofBlock(block);
    }

    private static Prose ofBlock(String block) {
        int words = 0;
        int sentences = 0;
        int syllables = 0;
        for (String sentence : SENTENCE_END.split(block.strip())) {
            int wordsHere = 0;
            for (String token : WORD_BREAK.split(sentence.strip())) {
                if (HAS_LETTER_OR_DIGIT.matcher(token).matches()) {
                    wordsHere++;
                    syllables += Syllables.count(token);
                }
            }
            if (wordsHere > 0) {
                words += wordsHere;
                sentences++;
            }
        }
        return new Prose(words, sentences, syllables);
    }

    Prose plus(Prose other) {
        return new Prose(words + other.words, sentences + other.sentences, syllables + other.syllables);
    }

    /** 0.39 × words/sentences + 11.8 × syllables/words − 15.59; 0 for a text with no words. */
    double grade() {
        if (words == 0) {
            return 0;
        }
        return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
    }

    double wordsPerSentence() {
        return sentences == 0 ? 0 : (double) words / sentences;
    }

    double syllablesPerWord() {
        return words == 0 ? 0 : (double) syllables / words;
    }
}
