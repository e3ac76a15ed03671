package org.spasmcare.readability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every text a patient reads is at Flesch-Kincaid grade 8 or below (docs/ux.md: plain English a
 * 12-year-old can read; the aim is grade 7): the seven treatments as patients see them after all the
 * migrations (Markdown reduced to the text of its paragraphs and list items) and the patient-facing
 * messages of messages.properties. The worst 15 are always logged with their grades, and the grade of
 * every treatment field.
 *
 * <p><b>Grade</b>: 0.39 × words/sentences + 11.8 × syllables/words − 15.59 ({@link Prose}), with
 * syllables from {@link Syllables}. A list item, a heading or a message always ends a sentence.
 *
 * <p><b>Short texts.</b> On a text of 1 to 7 words the formula says nothing sound: "Physiotherapy"
 * alone would be grade 44 and "Yes" grade −3. So a text under {@value #SHORT} words is never judged on
 * its own. It is judged together with the texts a person reads it with. For messages: the other short
 * messages of its group, the keys sharing its key's prefix (the key without its last part:
 * {@code catalog.attribute.*} holds the five column headings of the comparison); a group whose short texts
 * together still have fewer than {@value #SHORT} words joins its parent prefix's group
 * ({@code layout.nav.*} into {@code layout.*}), up to the top. For treatments: a name with the summary
 * under it (the page's heading and its first paragraph), and a short comparison cell with the same cell of
 * the other treatments (one column of the comparison table). No word list is counted specially:
 * explained medical terms ("NSAIDs (anti-inflammatory painkillers)") count their real syllables.
 *
 * <p><b>Which messages.</b> Every message except: pages only staff and admins see ({@link #STAFF_ONLY}),
 * the JSON API's errors (for programmers, {@code api.error.*}), and the few keys that are not prose
 * ({@link #NOT_PROSE}). A placeholder counts as one short word.
 *
 * <p><b>Lists.</b> The options of one question and the items of one list ({@link #LISTS}) are read as a
 * list, so each is judged with the rest of its list, one item a sentence.
 *
 * <p><b>Exceptions.</b> None.
 */
class PatientTextReadabilityTest {

    private static final Logger log = LoggerFactory.getLogger(PatientTextReadabilityTest.class);

    static final double MAX_GRADE = 8.0;
    static final int SHORT = 8;
    static final int WORST_SHOWN = 15;

    /** Pages only staff and admins open: the staff area, accounts, audit trail and backups, and their menu links. */
    static final List<String> STAFF_ONLY = List.of("staff.", "staffAccounts.", "audit.", "backups.",
            "layout.nav.staff", "layout.nav.accounts", "layout.nav.audit", "layout.nav.backups", "layout.nav.password",
            "api.error.");

    /**
     * The options of one question and the items of one list, read as a list: each is judged with the rest
     * of its list, one item a sentence, as it stands on the page (the red flags and the safety factors of the
     * form, the emergency and urgent signs, the maternity signs). A key matches when it starts with the
     * prefix and has no further dots, so "safetyFactor.KIDNEY_DISEASE" is an option of the list while its
     * "because" sentence is prose of its own.
     */
    static final List<String> LISTS = List.of("redFlag.", "safetyFactor.", "emergency.sign.", "urgent.sign.",
            "plan.maternity.");

    /** Keys that are not prose: the page title pattern ("{0} | SpasmCare") and a joining word (", and "). */
    static final Set<String> NOT_PROSE = Set.of("layout.title", "plan.avoid.and");


    /** One thing judged: a long text alone, or a group of short texts together. */
    record Judged(String name, Prose prose) {
        double grade() {
            return prose.grade();
        }

        String describe() {
            return String.format(Locale.ROOT, "%5.1f  %s (%d words, %d sentences, %.2f syllables a word)", grade(),
                    name, prose.words(), prose.sentences(), prose.syllablesPerWord());
        }
    }

    @Test
    void everyPatientFacingTextShouldReadAtGrade8OrBelow() {
        List<Judged> judged = new ArrayList<>();
        judged.addAll(treatments());
        judged.addAll(messages());
        judged.sort(Comparator.comparingDouble(Judged::grade).reversed());

        log.info("Flesch-Kincaid grades, worst {} of {} texts judged (limit {}):\n{}", WORST_SHOWN, judged.size(),
                MAX_GRADE, judged.stream().limit(WORST_SHOWN).map(Judged::describe).collect(Collectors.joining("\n")));

        assertThat(judged.stream().filter(j -> j.grade() > MAX_GRADE).map(Judged::describe))
                .as("texts above grade %s (shorten sentences, use shorter words)", MAX_GRADE)
                .isEmpty();
    }

    /**
     * Each treatment field alone, or, when short, with what it is read with: a name with the summary under
     * it (the page's heading and first paragraph), a comparison cell with the same cell of the others (a
     * column of the comparison table).
     */
    static List<Judged> treatments() {
        List<Judged> judged = new ArrayList<>();
        Map<String, Prose> shortByColumn = new LinkedHashMap<>();
        Map<String, Map<String, Double>> table = new LinkedHashMap<>();
        Map<String, Prose> names = new LinkedHashMap<>();
        for (PatientTexts.Field field : PatientTexts.treatmentFields()) {
            Prose prose = Prose.of(field.blocks());
            String name = "treatment " + field.code() + "." + field.column();
            table.computeIfAbsent(field.code(), code -> new LinkedHashMap<>()).put(field.column(), prose.grade());
            if (field.column().equals("name") && prose.words() < SHORT) {
                names.put(field.code(), prose);
            } else if (field.column().equals("summary") && names.containsKey(field.code())) {
                judged.add(new Judged(name + " with its name", prose.plus(names.remove(field.code()))));
            } else if (prose.words() < SHORT) {
                shortByColumn.merge(field.column(), prose, Prose::plus);
            } else {
                judged.add(new Judged(name, prose));
            }
        }
        names.forEach((code, prose) -> shortByColumn.merge("name", prose, Prose::plus));
        shortByColumn.forEach((column, prose) -> judged.add(new Judged("treatment *." + column + " (short texts)", prose)));
        log.info("Flesch-Kincaid grade of every treatment field, each alone (a short field is judged with what it is"
                + " read with, see the class comment):\n{}", table(table));
        return judged;
    }

    private static String table(Map<String, Map<String, Double>> table) {
        List<String> columns = new ArrayList<>(table.values().iterator().next().keySet());
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-20s", "treatment"));
        columns.forEach(column -> out.append(String.format(Locale.ROOT, "%17s", column)));
        table.forEach((code, grades) -> {
            out.append(String.format(Locale.ROOT, "%n%-20s", code));
            columns.forEach(column -> out.append(String.format(Locale.ROOT, "%17.1f", grades.get(column))));
        });
        return out.toString();
    }

    /** Each patient-facing message alone, or, when short, with the other short messages of its group. */
    static List<Judged> messages() {
        List<Judged> judged = new ArrayList<>();
        // prefix -> short texts of that group; deepest prefixes are merged upwards first
        TreeMap<String, Prose> shortByGroup = new TreeMap<>(Comparator.comparingInt(PatientTextReadabilityTest::depth)
                .reversed().thenComparing(Comparator.naturalOrder()));
        Map<String, List<String>> members = new LinkedHashMap<>();
        Map<String, Prose> lists = new LinkedHashMap<>();
        PatientTexts.messages().forEach((key, message) -> {
            if (STAFF_ONLY.stream().anyMatch(key::startsWith) || NOT_PROSE.contains(key)) {
                return;
            }
            Prose prose = Prose.of(PatientTexts.asRead(message));
            String list = LISTS.stream().filter(prefix -> key.startsWith(prefix)
                    && key.indexOf('.', prefix.length()) < 0).findFirst().orElse(null);
            if (list != null) {
                lists.merge(list + "* (a list)", prose, Prose::plus);
            } else if (prose.words() >= SHORT) {
                judged.add(new Judged(key, prose));
            } else {
                shortByGroup.merge(parent(key), prose, Prose::plus);
                members.computeIfAbsent(parent(key), group -> new ArrayList<>()).add(key);
            }
        });
        while (true) {
            String tooSmall = shortByGroup.entrySet().stream()
                    .filter(group -> group.getValue().words() < SHORT && !group.getKey().isEmpty())
                    .map(Map.Entry::getKey).findFirst().orElse(null);
            if (tooSmall == null) {
                break;
            }
            shortByGroup.merge(parent(tooSmall), shortByGroup.remove(tooSmall), Prose::plus);
        }
        shortByGroup.forEach((group, prose) -> judged.add(new Judged((group.isEmpty() ? "" : group + ".") + "* (short texts)",
                prose)));
        lists.forEach((list, prose) -> judged.add(new Judged(list, prose)));
        return judged;
    }

    private static String parent(String key) {
        int dot = key.lastIndexOf('.');
        return dot < 0 ? "" : key.substring(0, dot);
    }

    private static int depth(String prefix) {
        return prefix.isEmpty() ? 0 : prefix.split("\\.").length;
    }
}
