package org.spasmcare.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every message key a care plan can carry has its words in the message bundle. */
class PlanMessagesTest {

    /** Relative to the project root, Maven's working directory for tests. */
    private static final Path MESSAGES = Path.of("src/main/resources/messages.properties");

    /** Each phase, both sides of every boundary and the first 48 hours. */
    private static final int[] DURATIONS = {0, 1, 2, 27, 28, 84, 85, 400};
    private static final Integer[] AGES = {null, 12, 17, 30, 70};
    private static final Boolean[] FLARE_UPS = {true, false};

    private static Properties messages;

    @BeforeAll
    static void loadMessages() throws IOException {
        messages = new Properties();
        try (Reader reader = Files.newBufferedReader(MESSAGES, StandardCharsets.UTF_8)) {
            messages.load(reader);
        }
    }

    @ParameterizedTest(name = "messages.properties should have {0}")
    @MethodSource("planKeys")
    void shouldHaveWordsForEveryKeyAPlanCanCarry(String key) {
        assertThat(messages.getProperty(key)).as(key).isNotBlank();
    }

    @Test
    void theGridShouldReachReasonEvidenceAndProfessionalKeysOfEveryTreatment() {
        SortedSet<String> keys = planKeys();

        for (TreatmentCode treatment : TreatmentCode.values()) {
            assertThat(keys).as("keys for %s", treatment)
                    .anyMatch(key -> key.startsWith("plan.reason.") && key.contains(treatment.name()))
                    .anyMatch(key -> key.startsWith("plan.evidence.") && key.contains(treatment.name()));
        }
        assertThat(keys).filteredOn(key -> key.startsWith("plan.professional.")).isNotEmpty();
    }

    @Test
    void everyCodeAPlanCanNameShouldHaveItsWords() {
        SortedSet<String> keys = new TreeSet<>();
        for (RedFlag flag : RedFlag.values()) {
            keys.add("redFlag." + flag);
        }
        for (UrgentReason reason : UrgentReason.values()) {
            keys.add("urgentReason." + reason);
        }
        for (RoutineReason reason : RoutineReason.values()) {
            keys.add("routineReason." + reason);
        }
        for (NotRecommended item : NotRecommended.values()) {
            keys.add("notRecommended." + item);
        }
        for (SafetyFactor factor : SafetyFactor.values()) {
            if (!factor.isDerived()) {
                keys.add("safetyFactor." + factor); // the form's wording
            }
            boolean avoidsSomething = Stream.of(TreatmentCode.values()).anyMatch(factor::avoids);
            boolean cautionsSomething = Stream.of(TreatmentCode.values()).anyMatch(factor::cautions);
            if (avoidsSomething) {
                keys.add("safetyFactor." + factor + ".because"); // "not for you because ..."
            }
            if (cautionsSomething) {
                keys.add("plan.caution." + factor); // "ask a pharmacist first, because ..."
            }
        }

        assertThat(keys).hasSizeGreaterThan(RedFlag.values().length + SafetyFactor.values().length);
        assertThat(keys).allSatisfy(key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
    }

    /** The reason, evidence and professional-note keys of every plan in the grid, sorted. */
    static SortedSet<String> planKeys() {
        CarePlanner planner = new CarePlanner();
        SortedSet<String> keys = new TreeSet<>();
        grid().map(planner::plan)
                .flatMap(plan -> plan.recommendations().stream())
                .forEach(step -> {
                    keys.add(step.reasonKey());
                    keys.add(step.evidenceKey());
                    if (step.professionalNoteKey() != null) {
                        keys.add(step.professionalNoteKey());
                    }
                });
        return keys;
    }

    /** Every duration, pain score, flare-up answer and age of the grid; no red flags, no safety factors. */
    private static Stream<Assessment> grid() {
        return Arrays.stream(DURATIONS).boxed()
                .flatMap(days -> IntStream.rangeClosed(0, Assessment.MAX_PAIN_SCORE)
                        .mapToObj(pain -> Assessment.of(days, pain)))
                .flatMap(assessment -> Stream.of(FLARE_UPS).map(assessment::withFlareUp))
                .flatMap(assessment -> Stream.of(AGES).map(assessment::withAge));
    }
}
