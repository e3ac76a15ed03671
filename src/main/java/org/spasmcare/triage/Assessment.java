package org.spasmcare.triage;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the person told us (clinical rules §1). The web form and the JSON API validate their input and
 * give a clear message first; these checks are the last line, so an impossible assessment can never
 * reach {@link CarePlanner}.
 *
 * @param durationDays days since this episode began, 0 = today (0 to 3650)
 * @param painScore worst pain in the last 24 hours (0 to 10)
 * @param redFlags red-flag symptoms, possibly none
 * @param safetyFactors reported conditions and medicines, possibly none; never a derived factor
 * @param age years (1 to 120), or null when not given
 * @param pregnant null when not given
 * @param flareUp a flare of a long-standing problem; null when not given
 */
public record Assessment(int durationDays, int painScore, Set<RedFlag> redFlags, Set<SafetyFactor> safetyFactors,
        Integer age, Boolean pregnant, Boolean flareUp) implements java.io.Serializable {

    public static final int MIN_DURATION_DAYS = 0;
    public static final int MAX_DURATION_DAYS = 3650;
    public static final int MIN_PAIN_SCORE = 0;
    public static final int MAX_PAIN_SCORE = 10;
    public static final int MIN_AGE = 1;
    public static final int MAX_AGE = 120;

    public Assessment {
        requireInRange("durationDays", durationDays, MIN_DURATION_DAYS, MAX_DURATION_DAYS);
        requireInRange("painScore", painScore, MIN_PAIN_SCORE, MAX_PAIN_SCORE);
        if (age != null) {
            requireInRange("age", age, MIN_AGE, MAX_AGE);
        }
        redFlags = immutableEnumSet(RedFlag.class, redFlags);
        safetyFactors = immutableEnumSet(SafetyFactor.class, safetyFactors);
        for (SafetyFactor factor : safetyFactors) {
            if (factor.isDerived()) {
                throw new IllegalArgumentException("safetyFactors: " + factor + " is derived, not an input");
            }
        }
    }

    /** An assessment with no red flags, safety factors, age, pregnancy or flare-up answer. */
    public static Assessment of(int durationDays, int painScore) {
        return new Assessment(durationDays, painScore, Set.of(), Set.of(), null, null, null);
    }

    public Assessment withRedFlags(RedFlag... flags) {
        return new Assessment(durationDays, painScore, Set.of(flags), safetyFactors, age, pregnant, flareUp);
    }

    public Assessment withSafetyFactors(SafetyFactor... factors) {
        return new Assessment(durationDays, painScore, redFlags, Set.copyOf(Arrays.asList(factors)), age, pregnant,
                flareUp);
    }

    public Assessment withAge(Integer years) {
        return new Assessment(durationDays, painScore, redFlags, safetyFactors, years, pregnant, flareUp);
    }

    public Assessment withPregnant(Boolean isPregnant) {
        return new Assessment(durationDays, painScore, redFlags, safetyFactors, age, isPregnant, flareUp);
    }

    public Assessment withFlareUp(Boolean isFlareUp) {
        return new Assessment(durationDays, painScore, redFlags, safetyFactors, age, pregnant, isFlareUp);
    }

    public boolean isPregnant() {
        return Boolean.TRUE.equals(pregnant);
    }

    public boolean isFlareUp() {
        return Boolean.TRUE.equals(flareUp);
    }

    private static void requireInRange(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " must be between " + min + " and " + max + " but was " + value);
        }
    }

    private static <E extends Enum<E>> Set<E> immutableEnumSet(Class<E> type, Collection<E> values) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (values != null) {
            for (E value : values) {
                if (value == null) {
                    throw new IllegalArgumentException(type.getSimpleName() + " codes may not be null");
                }
                set.add(value);
            }
        }
        return Collections.unmodifiableSet(set);
    }
}
