package org.spasmcare.assessment;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.spasmcare.triage.Assessment;
import org.spasmcare.triage.RedFlag;
import org.spasmcare.triage.SafetyFactor;
import tools.jackson.databind.JsonNode;

/**
 * Reads the API's JSON into an {@link Assessment}, checking every field and collecting every problem
 * (clinical rules §1), so one 400 answer names all the fields to fix rather than only the first.
 */
final class AssessmentJsonReader {

    static final List<String> FIELDS = AssessmentRequestSchema.FIELDS;

    /** More than every code twice over is not a real assessment. */
    static final int MAX_CODES = 2 * Math.max(RedFlag.values().length, SafetyFactor.values().length);

    /** field → message key with its arguments; insertion order is the order the problems were found. */
    private final Map<String, FieldProblem> problems = new LinkedHashMap<>();

    record FieldProblem(String field, String messageKey, Object... arguments) {
    }

    static final class InvalidAssessmentException extends RuntimeException {
        private final List<FieldProblem> problems;

        InvalidAssessmentException(List<FieldProblem> problems) {
            super("invalid assessment: " + problems.stream().map(FieldProblem::field).toList());
            this.problems = List.copyOf(problems);
        }

        List<FieldProblem> problems() {
            return problems;
        }
    }

    static Assessment read(JsonNode body) {
        return new AssessmentJsonReader().readObject(body);
    }

    private Assessment readObject(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidAssessmentException(List.of(new FieldProblem("body", "api.error.body.notObject")));
        }
        for (String name : body.propertyNames()) {
            if (!FIELDS.contains(name)) {
                problem(name, "api.error.unknownField", String.join(", ", FIELDS));
            }
        }
        Integer durationDays = wholeNumber(body, "durationDays", true, Assessment.MIN_DURATION_DAYS,
                Assessment.MAX_DURATION_DAYS);
        Integer painScore = wholeNumber(body, "painScore", true, Assessment.MIN_PAIN_SCORE, Assessment.MAX_PAIN_SCORE);
        Set<RedFlag> redFlags = codes(body, "redFlags", RedFlag.class, RedFlag::valueOf, flag -> true);
        Set<SafetyFactor> safetyFactors = codes(body, "safetyFactors", SafetyFactor.class, SafetyFactor::valueOf,
                factor -> !factor.isDerived());
        Integer age = wholeNumber(body, "age", false, Assessment.MIN_AGE, Assessment.MAX_AGE);
        Boolean pregnant = bool(body, "pregnant");
        Boolean flareUp = bool(body, "flareUp");
        if (!problems.isEmpty()) {
            throw new InvalidAssessmentException(new ArrayList<>(problems.values()));
        }
        return new Assessment(durationDays, painScore, redFlags, safetyFactors, age, pregnant, flareUp);
    }

    private Integer wholeNumber(JsonNode body, String field, boolean required, int min, int max) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                problem(field, "api.error.required");
            }
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            problem(field, "api.error.wholeNumber", String.valueOf(min), String.valueOf(max));
            return null;
        }
        int value = node.intValue();
        if (value < min || value > max) {
            problem(field, "api.error.range", String.valueOf(min), String.valueOf(max));
            return null;
        }
        return value;
    }

    private <E extends Enum<E>> Set<E> codes(JsonNode body, String field, Class<E> type, Function<String, E> parse,
            Predicate<E> accepted) {
        Set<E> codes = EnumSet.noneOf(type);
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return codes;
        }
        if (!node.isArray()) {
            problem(field, "api.error.codeArray");
            return codes;
        }
        if (node.size() > MAX_CODES) {
            problem(field, "api.error.tooManyCodes", String.valueOf(MAX_CODES));
            return codes; // no point reading thousands of entries one by one
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            String where = field + "[" + i + "]";
            if (!item.isString()) {
                problem(where, "api.error.code");
                continue;
            }
            try {
                E code = parse.apply(item.stringValue());
                if (accepted.test(code)) {
                    codes.add(code);
                } else {
                    problem(where, "api.error.derivedCode", item.stringValue());
                }
            } catch (IllegalArgumentException unknown) {
                problem(where, "api.error.unknownCode", item.stringValue());
            }
        }
        return codes;
    }

    private Boolean bool(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isBoolean()) {
            problem(field, "api.error.boolean");
            return null;
        }
        return node.booleanValue();
    }

    private void problem(String field, String messageKey, Object... arguments) {
        problems.putIfAbsent(field, new FieldProblem(field, messageKey, arguments));
    }
}
