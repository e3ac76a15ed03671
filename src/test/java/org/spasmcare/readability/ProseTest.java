package org.spasmcare.readability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class ProseTest {

    @Test
    void shouldCountWordsSentencesAndSyllables() {
        Prose prose = Prose.of("Rest for a day. Then walk a little! Is it better?");

        assertThat(prose).isEqualTo(new Prose(11, 3, 13));
    }

    @Test
    void shouldEndASentenceAtTheEndOfEveryBlockEvenWithoutAFullStop() {
        Prose prose = Prose.of(List.of("Heavy lifting", "Sitting for a long time", "Twisting."));

        assertThat(prose.sentences()).isEqualTo(3);
        assertThat(prose.words()).isEqualTo(8);
    }

    @Test
    void shouldNotCountDashesAsWords() {
        Prose prose = Prose.of("Use heat \u2013 not ice \u2014 after 48 hours (2 days).");

        assertThat(prose.words()).isEqualTo(9); // Use heat not ice after 48 hours (2 days)
        assertThat(prose.sentences()).isEqualTo(1);
    }

    @Test
    void shouldNotEndASentenceInsideANumberOrAtADotWithoutASpace() {
        assertThat(Prose.of("It rose 2.5 points in a day.").sentences()).isEqualTo(1);
    }

    /** Flesch-Kincaid's formula on counts worked out by hand. */
    @Test
    void shouldComputeTheFleschKincaidGrade() {
        // 0.39 × 10/2 + 11.8 × 15/10 − 15.59 = 1.95 + 17.7 − 15.59
        assertThat(new Prose(10, 2, 15).grade()).isCloseTo(4.06, within(1e-9));
        // "The cat sat on the mat.": 6 words, 1 sentence, 6 syllables
        assertThat(Prose.of("The cat sat on the mat.").grade()).isCloseTo(0.39 * 6 + 11.8 - 15.59, within(1e-9));
        assertThat(Prose.NOTHING.grade()).isZero();
    }

    @Test
    void shouldGradeLongWordsAndLongSentencesHigher() {
        double plain = Prose.of("Keep moving. Walk a bit each day. Use heat if it helps.").grade();
        double dense = Prose.of("Maintaining physical activity, incorporating graduated ambulation and "
                + "thermotherapy where beneficial, facilitates recovery.").grade();

        assertThat(plain).isLessThan(3);
        assertThat(dense).isGreaterThan(15);
    }
}
