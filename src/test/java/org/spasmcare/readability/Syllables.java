package org.spasmcare.readability;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Counts the syllables of an English word the way Flesch-Kincaid needs: spoken syllables, from the
 * spelling alone. A rule-based counter (vowel groups, then the common exceptions of English spelling:
 * silent final e, -es, -ed, -ing, -le, two-vowel pairs spoken as two syllables, silent e before -ly,
 * -ful, -ment...), plus a short list of words that the rules miss and that occur in SpasmCare's texts.
 * Numbers count as they are read aloud, as Flesch himself counted figures ("48" is "forty-eight", three
 * syllables; the year 1918 "nineteen eighteen", four; a date 2026-11-20 as the pages write it, "20
 * November 2026"); acronyms as their letters ("HIV", three), except those spoken as a word ("TENS",
 * "NSAIDs").
 *
 * <p>It is right for the great majority of everyday words and within one syllable for nearly all the
 * rest (see {@code SyllablesTest}, checked against dictionary counts). That is enough for a grade level,
 * which is an average over many words.
 */
final class Syllables {

    /** Words the rules get wrong, with their dictionary count. Lower case. */
    private static final Map<String, Integer> EXCEPTIONS = Map.ofEntries(
            Map.entry("anyone", 3), Map.entry("everyone", 3), Map.entry("someone", 2), Map.entry("something", 2),
            Map.entry("sometimes", 2), Map.entry("somewhere", 2), Map.entry("somewhat", 2), Map.entry("whenever", 3),
            Map.entry("maybe", 2), Map.entry("recipe", 3), Map.entry("people", 2), Map.entry("area", 3),
            Map.entry("areas", 3), Map.entry("idea", 3), Map.entry("ideas", 3), Map.entry("create", 2),
            Map.entry("science", 2), Map.entry("client", 2), Map.entry("quiet", 2), Map.entry("diet", 2),
            Map.entry("diabetes", 4), Map.entry("being", 2), Map.entry("every", 2), Map.entry("everything", 3),
            Map.entry("everyday", 3), Map.entry("business", 2), Map.entry("evening", 2), Map.entry("lifestyle", 2),
            Map.entry("homework", 2), Map.entry("themselves", 2), Map.entry("yourself", 2),
            Map.entry("yourselves", 2), Map.entry("via", 2), Map.entry("cooperate", 4), Map.entry("coordinate", 4),
            Map.entry("react", 2), Map.entry("reuse", 2), Map.entry("toward", 2), Map.entry("towards", 2),
            Map.entry("whereas", 2), Map.entry("therefore", 2), Map.entry("hour", 1), Map.entry("hours", 1),
            Map.entry("our", 1), Map.entry("fire", 1), Map.entry("tired", 1), Map.entry("nsaid", 2),
            Map.entry("nsaids", 2), Map.entry("tens", 1), Map.entry("ok", 2), Map.entry("okay", 2),
            Map.entry("spasmcare", 3), Map.entry("naproxen", 3), Map.entry("theory", 3), Map.entry("period", 3),
            Map.entry("periods", 3), Map.entry("poem", 2), Map.entry("museum", 3), Map.entry("brochure", 2),
            Map.entry("cocaine", 2), Map.entry("likewise", 2), Map.entry("wherever", 3), Map.entry("however", 3),
            Map.entry("pharmacy", 3), Map.entry("hospital", 3), Map.entry("worries", 2), Map.entry("ruin", 2),
            Map.entry("fluid", 2), Map.entry("fluids", 2), Map.entry("usual", 3), Map.entry("gradual", 3),
            Map.entry("squeezing", 2), Map.entry("whole", 1), Map.entry("else", 1),
            Map.entry("done", 1), Map.entry("gone", 1), Map.entry("none", 1), Map.entry("once", 1),
            Map.entry("since", 1), Map.entry("doesn't", 2), Map.entry("isn't", 2), Map.entry("wasn't", 2),
            Map.entry("didn't", 2), Map.entry("couldn't", 2), Map.entry("shouldn't", 2), Map.entry("wouldn't", 2),
            Map.entry("aren't", 1), Map.entry("won't", 1), Map.entry("don't", 1), Map.entry("can't", 1),
            Map.entry("guidelines", 2), Map.entry("guideline", 2), Map.entry("ageing", 2), Map.entry("aged", 1),
            Map.entry("agreed", 2), Map.entry("unwell", 2), Map.entry("ibuprofen", 4), Map.entry("codeine", 2),
            Map.entry("naive", 2), Map.entry("chemotherapy", 5), Map.entry("physiotherapy", 6),
            Map.entry("physiotherapist", 6), Map.entry("physiotherapists", 6), Map.entry("epidural", 4),
            Map.entry("vertebrae", 3), Map.entry("sciatica", 4), Map.entry("antibiotics", 5),
            Map.entry("antidepressants", 5), Map.entry("antidepressant", 5), Map.entry("anti", 2),
            Map.entry("orthopaedic", 4), Map.entry("bowel", 2), Map.entry("bowels", 2), Map.entry("towel", 2),
            Map.entry("towels", 2), Map.entry("flower", 2), Map.entry("power", 2), Map.entry("shower", 2),
            Map.entry("showers", 2), Map.entry("lower", 2), Map.entry("higher", 2), Map.entry("prior", 2),
            Map.entry("triage", 2), Map.entry("qualified", 3), Map.entry("registered", 3), Map.entry("licensed", 2),
            Map.entry("bruised", 1), Map.entry("raised", 1), Map.entry("supervised", 3), Map.entry("revised", 2),
            Map.entry("advised", 2), Map.entry("surprised", 2), Map.entry("realised", 3), Map.entry("realized", 3),
            Map.entry("minimum", 3), Map.entry("premium", 3));

    private static final Map<Character, Integer> SPELLED_LETTER = Map.of('w', 3);

    private static final Pattern ACRONYM = Pattern.compile("[A-Z]{2,5}s?");
    private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern NUMBER = Pattern.compile("[0-9][0-9,]*(\\.[0-9]+)?%?");

    private static final String[] SUFFIXES_AFTER_SILENT_E = {"fully", "ments", "ment", "ness", "less", "ful", "ly"};
    private static final int[] SUFFIX_SYLLABLES = {2, 1, 1, 1, 1, 1, 1};

    private Syllables() {
    }

    /**
     * The spoken syllables of one token as it stands in a text: a word ("don't", "ibuprofen"), a
     * hyphenated or CamelCase compound (each part counted), an acronym or a number. At least 1 for any
     * token with a letter or digit; 0 for a token with neither.
     */
    static int count(String token) {
        String cleaned = token.replace('\u2019', '\'').replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}%]+$", "");
        if (cleaned.isEmpty()) {
            return 0;
        }
        if (ISO_DATE.matcher(cleaned).matches()) {
            return isoDate(cleaned);
        }
        if (cleaned.contains("-") || cleaned.contains("/")) {
            int total = 0;
            for (String part : cleaned.split("[-/]+")) {
                total += count(part);
            }
            return total;
        }
        if (NUMBER.matcher(cleaned).matches()) {
            return number(cleaned);
        }
        String lower = cleaned.toLowerCase(Locale.ROOT);
        if (EXCEPTIONS.containsKey(lower)) {
            return EXCEPTIONS.get(lower);
        }
        if (ACRONYM.matcher(cleaned).matches()) {
            String letters = cleaned.endsWith("s") ? cleaned.substring(0, cleaned.length() - 1) : cleaned;
            int total = 0;
            for (char letter : letters.toLowerCase(Locale.ROOT).toCharArray()) {
                total += SPELLED_LETTER.getOrDefault(letter, 1);
            }
            return total;
        }
        // a CamelCase name is two words written together
        if (cleaned.matches("[A-Z][a-z]+[A-Z][a-z]+")) {
            int split = 1;
            while (!Character.isUpperCase(cleaned.charAt(split))) {
                split++;
            }
            return count(cleaned.substring(0, split)) + count(cleaned.substring(split));
        }
        String word = lower.replaceAll("[^a-z]", "");
        if (word.isEmpty()) {
            return 1; // letters outside a-z: one syllable is the honest guess
        }
        return Math.max(1, word(word));
    }

    /** A lower-case word of a to z only. */
    private static int word(String word) {
        if (EXCEPTIONS.containsKey(word)) {
            return EXCEPTIONS.get(word);
        }
        int length = word.length();
        if (length <= 2) {
            return 1;
        }
        // silent e before a suffix: safely, movement, careful, carefully
        for (int i = 0; i < SUFFIXES_AFTER_SILENT_E.length; i++) {
            String suffix = SUFFIXES_AFTER_SILENT_E[i];
            if (word.endsWith(suffix) && length > suffix.length() + 2) {
                String stem = word.substring(0, length - suffix.length());
                if (stem.endsWith("e") && !stem.endsWith("ee") && isConsonant(stem, stem.length() - 2)
                        && hasVowel(stem.substring(0, stem.length() - 1))) {
                    return Math.max(1, word(stem)) + SUFFIX_SYLLABLES[i];
                }
            }
        }
        if (word.endsWith("ing") && length > 4) {
            String stem = word.substring(0, length - 3);
            int stemCount = hasVowel(stem) ? word(stem) : 0;
            if (stem.length() >= 2 && stem.endsWith("l") && isConsonant(stem, stem.length() - 2)
                    && stem.charAt(stem.length() - 2) != 'l' && hasVowel(stem)) {
                stemCount++; // handling, tingling, cycling: the -le of the stem is spoken
            }
            return stemCount + 1;
        }
        if (word.endsWith("es") && length > 3) {
            String stem = word.substring(0, length - 2);
            if (stem.endsWith("s") || stem.endsWith("x") || stem.endsWith("z") || stem.endsWith("ch")
                    || stem.endsWith("sh") || stem.endsWith("c") || stem.endsWith("g")) {
                return Math.max(1, word(stem + "e")) + 1; // uses, boxes, changes, places, stretches
            }
            if (!stem.endsWith("e")) {
                return Math.max(1, word(stem + "e")); // makes, muscles, goes, bodies
            }
        }
        if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")
                && !word.endsWith("ys") && length > 3) {
            return Math.max(1, word(word.substring(0, length - 1)));
        }
        if (word.endsWith("ed") && length > 3 && !word.endsWith("eed")) {
            String stem = word.substring(0, length - 2);
            if (stem.endsWith("t") || stem.endsWith("d")) {
                return Math.max(1, word(stem)) + 1; // started, needed
            }
            if (hasVowel(stem)) {
                int stemCount = plain(stem);
                if (stem.endsWith("l") && isConsonant(stem, stem.length() - 2) && stem.charAt(stem.length() - 2) != 'l') {
                    stemCount++; // settled, troubled
                }
                return Math.max(1, stemCount); // moved, helped, stayed
            }
        }
        return Math.max(1, plain(word));
    }

    /** Vowel groups, corrected for the silent final e and for vowel pairs spoken as two syllables. */
    private static int plain(String word) {
        String w = word;
        int length = w.length();
        boolean consonantLe = length > 2 && (w.endsWith("le") || w.endsWith("re")) && isConsonant(w, length - 3)
                && !(w.endsWith("re") && w.charAt(length - 3) == 'r');
        if (w.endsWith("e") && !w.endsWith("ee") && !w.endsWith("ie") && !consonantLe && length > 2
                && hasVowel(w.substring(0, length - 1))) {
            w = w.substring(0, length - 1);
        }
        int groups = 0;
        boolean inGroup = false;
        for (int i = 0; i < w.length(); i++) {
            boolean vowel = isVowel(w, i);
            if (vowel && !inGroup) {
                groups++;
            }
            inGroup = vowel;
        }
        groups += twoSyllablePairs(w);
        if (w.endsWith("sm") || w.endsWith("thm")) {
            groups++; // spasm, rhythm
        }
        return groups;
    }

    /** Vowel pairs inside one group that are spoken as two syllables: trial, radio, video, usually, medium. */
    private static int twoSyllablePairs(String w) {
        int extra = 0;
        for (int i = 0; i + 1 < w.length(); i++) {
            String pair = w.substring(i, i + 2);
            char before = i > 0 ? w.charAt(i - 1) : ' ';
            String after = w.substring(i + 2);
            switch (pair) {
                case "ia" -> {
                    if (before != 'c' && before != 't' && !(before == 's' && after.startsWith("n"))) {
                        extra++;
                    }
                }
                case "io" -> {
                    boolean tion = "tscx".indexOf(before) >= 0 && (after.startsWith("n") || after.startsWith("us"));
                    if (!tion) {
                        extra++;
                    }
                }
                case "eo" -> {
                    if (!after.startsWith("u")) {
                        extra++;
                    }
                }
                case "ua" -> {
                    if (before != 'q' && before != 'g') {
                        extra++;
                    }
                }
                case "iu", "uo" -> extra++;
                default -> {
                    // other pairs are one syllable
                }
            }
        }
        return extra;
    }

    /** y is a vowel except at the start of a word or before another vowel (yes, player). */
    private static boolean isVowel(String w, int i) {
        char c = w.charAt(i);
        if ("aeiou".indexOf(c) >= 0) {
            return true;
        }
        if (c != 'y') {
            return false;
        }
        if (i == 0) {
            return false;
        }
        return !(i + 1 < w.length() && "aeiou".indexOf(w.charAt(i + 1)) >= 0);
    }

    private static boolean isConsonant(String w, int i) {
        return i >= 0 && i < w.length() && !isVowel(w, i);
    }

    private static boolean hasVowel(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (isVowel(w, i)) {
                return true;
            }
        }
        return false;
    }

    // --- numbers, as read aloud ---

    private static final int[] ONES = {2, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 3, 1, 2, 2, 2, 2, 3, 2, 2};
    private static final int[] TENS = {0, 0, 2, 2, 2, 2, 2, 3, 2, 2};

    private static int number(String token) {
        int total = 0;
        String digits = token;
        if (digits.endsWith("%")) {
            total += 2; // per-cent
            digits = digits.substring(0, digits.length() - 1);
        }
        String[] parts = digits.replace(",", "").split("\\.");
        total += integer(parts[0]);
        if (parts.length > 1) {
            total += 1; // point
            for (char digit : parts[1].toCharArray()) {
                total += ONES[digit - '0'];
            }
        }
        return Math.max(1, total);
    }

    /** A date such as 2026-11-20, read as the pages write dates: "20 November 2026". */
    private static int isoDate(String date) {
        int month = Integer.parseInt(date.substring(5, 7));
        return integer(date.substring(8)) + (month >= 1 && month <= 12 ? MONTHS[month - 1] : 2)
                + integer(date.substring(0, 4));
    }

    private static final int[] MONTHS = {4, 4, 1, 2, 1, 1, 2, 2, 3, 3, 3, 3};

    private static int integer(String digits) {
        if (digits.isEmpty()) {
            return 0;
        }
        if (digits.length() == 4 && digits.charAt(0) != '0') {
            int value = Integer.parseInt(digits);
            if (value >= 1100 && value < 2000 && value % 100 != 0 || value >= 2010 && value < 2100) {
                // a year, read in pairs: nineteen eighteen, twenty twenty-six
                return below1000(value / 100) + (value % 100 < 10 ? 1 + below1000(value % 100) : below1000(value % 100));
            }
        }
        if (digits.length() > 9) {
            return digits.length(); // read digit by digit
        }
        long value = Long.parseLong(digits);
        if (value == 0) {
            return 2;
        }
        int total = 0;
        if (value >= 1_000_000) {
            total += below1000((int) (value / 1_000_000)) + 2;
            value %= 1_000_000;
        }
        if (value >= 1000) {
            total += below1000((int) (value / 1000)) + 2;
            value %= 1000;
        }
        return total + below1000((int) value);
    }

    private static int below1000(int value) {
        int total = 0;
        if (value >= 100) {
            total += ONES[value / 100] + 2;
            value %= 100;
        }
        if (value >= 20) {
            total += TENS[value / 10];
            value %= 10;
            if (value > 0) {
                total += ONES[value];
            }
        } else if (value > 0) {
            total += ONES[value];
        }
        return total;
    }
}
