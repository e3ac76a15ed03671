package org.spasmcare.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;

import org.spasmcare.triage.Assessment;
import org.spasmcare.triage.RedFlag;
import org.spasmcare.triage.SafetyFactor;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

/**
 * Checks one step of the form, or all of them, and turns valid answers into an {@link Assessment}.
 * Error codes are message keys (assessment.error.*) that say how to fix the answer.
 */
@Component
public class AssessmentFormValidator {

    static final String PREGNANT_YES = "yes";
    static final String PREGNANT_NO = "no";
    /** Not sure counts as pregnant: the cautious reading (see the README's notes on the rules). */
    static final String PREGNANT_UNSURE = "unsure";

    /** A fall or knock at this age or over counts as a fracture risk (rules §3). */
    static final int FRACTURE_RISK_AGE = 65;
    static final int INFLAMMATORY_PATTERN_FROM_DAY = 85;

    private final Clock clock;

    AssessmentFormValidator(Clock clock) {
        this.clock = clock;
    }

    void validateStep(int step, AssessmentForm form, Errors errors) {
        switch (step) {
            case 1 -> validateRedFlags(form, errors);
            case 2 -> validatePain(form, errors);
            case 3 -> validateAboutYou(form, errors);
            default -> throw new IllegalArgumentException("no step " + step);
        }
    }

    /** The first step with an error, or 0 when every step is valid. */
    public int firstInvalidStep(AssessmentForm form, Errors errors) {
        for (int step = 1; step <= AssessmentForm.STEPS; step++) {
            validateStep(step, form, errors);
            if (errors.hasErrors()) {
                return step;
            }
        }
        return 0;
    }

    /** Only call on answers that passed every step. */
    public Assessment toAssessment(AssessmentForm form) {
        int durationDays = durationDays(form);
        Integer age = form.isAgeNotGiven() || form.getAge().isEmpty() ? null : Integer.valueOf(form.getAge());
        Set<SafetyFactor> safetyFactors = form.getSafetyFactors();
        EnumSet<RedFlag> redFlags = EnumSet.noneOf(RedFlag.class);
        redFlags.addAll(form.getRedFlags());
        // rules §3: the form asks "a fall or knock?" and adds the fracture risk itself from the later answers
        if (form.isFallOrKnock() && ((age != null && age >= FRACTURE_RISK_AGE)
                || safetyFactors.contains(SafetyFactor.OSTEOPOROSIS)
                || safetyFactors.contains(SafetyFactor.LONG_TERM_STEROIDS))) {
            redFlags.add(RedFlag.FRACTURE_RISK);
        }
        // asked only of pain that has lasted 85 days or more; an answer left over from a longer duration is dropped
        if (form.isInflammatoryPattern() && asksInflammatoryPattern(durationDays)) {
            redFlags.add(RedFlag.INFLAMMATORY_PATTERN);
        }
        return new Assessment(durationDays, Integer.parseInt(form.getPainScore()), redFlags, safetyFactors, age,
                form.getPregnancy().isEmpty() ? null : !PREGNANT_NO.equals(form.getPregnancy()),
                form.isFlareUp());
    }

    /** Whether step 3 asks about a long-standing inflammatory pattern: pain of 85 days or more (rules §3). */
    public boolean asksInflammatoryPattern(AssessmentForm form) {
        return validPain(form) && asksInflammatoryPattern(durationDays(form));
    }

    private static boolean asksInflammatoryPattern(int durationDays) {
        return durationDays >= INFLAMMATORY_PATTERN_FROM_DAY;
    }

    private boolean validPain(AssessmentForm form) {
        Errors errors = new BeanPropertyBindingResult(form, "form");
        validatePain(form, errors);
        return !errors.hasErrors();
    }

    private void validateRedFlags(AssessmentForm form, Errors errors) {
        if (errors.hasFieldErrors("redFlags")) {
            return; // an unknown code is already reported
        }
        boolean anyTicked = !form.getRedFlags().isEmpty() || form.isFallOrKnock();
        if (!anyTicked && !form.isNoRedFlags()) {
            errors.rejectValue("redFlags", "assessment.error.redFlags.required");
        } else if (anyTicked && form.isNoRedFlags()) {
            errors.rejectValue("redFlags", "assessment.error.redFlags.conflict");
        }
    }

    private void validatePain(AssessmentForm form, Errors errors) {
        boolean ago = !form.getAgoAmount().isEmpty();
        boolean date = !form.getOnsetDate().isEmpty();
        if (!ago && !date) {
            errors.rejectValue("agoAmount", "assessment.error.onset.required");
        } else if (ago && date) {
            errors.rejectValue("agoAmount", "assessment.error.onset.both");
        } else if (ago) {
            validateAgo(form, errors);
        } else {
            validateOnsetDate(form, errors);
        }
        Integer pain = wholeNumber(form.getPainScore());
        if (pain == null || pain < 0 || pain > Assessment.MAX_PAIN_SCORE) {
            errors.rejectValue("painScore", "assessment.error.painScore.required");
        }
    }

    private void validateAgo(AssessmentForm form, Errors errors) {
        if (!Set.of(AssessmentForm.DAYS, AssessmentForm.WEEKS).contains(form.getAgoUnit())) {
            errors.rejectValue("agoUnit", "assessment.error.agoUnit.invalid");
            return;
        }
        Integer amount = wholeNumber(form.getAgoAmount());
        if (amount == null) {
            errors.rejectValue("agoAmount", "assessment.error.agoAmount.invalid");
        } else if (amount < 0 || (long) amount * unitDays(form) > Assessment.MAX_DURATION_DAYS) {
            errors.rejectValue("agoAmount", "assessment.error.agoAmount.range");
        }
    }

    private void validateOnsetDate(AssessmentForm form, Errors errors) {
        LocalDate onset;
        try {
            onset = LocalDate.parse(form.getOnsetDate());
        } catch (DateTimeParseException e) {
            errors.rejectValue("onsetDate", "assessment.error.onsetDate.invalid");
            return;
        }
        long days = ChronoUnit.DAYS.between(onset, LocalDate.now(clock));
        if (days < 0) {
            errors.rejectValue("onsetDate", "assessment.error.onsetDate.future");
        } else if (days > Assessment.MAX_DURATION_DAYS) {
            errors.rejectValue("onsetDate", "assessment.error.onsetDate.range");
        }
    }

    private void validateAboutYou(AssessmentForm form, Errors errors) {
        if (form.getAge().isEmpty() && !form.isAgeNotGiven()) {
            errors.rejectValue("age", "assessment.error.age.required");
        } else if (!form.getAge().isEmpty() && form.isAgeNotGiven()) {
            errors.rejectValue("age", "assessment.error.age.conflict");
        } else if (!form.getAge().isEmpty()) {
            Integer age = wholeNumber(form.getAge());
            if (age == null) {
                errors.rejectValue("age", "assessment.error.age.invalid");
            } else if (age < Assessment.MIN_AGE || age > Assessment.MAX_AGE) {
                errors.rejectValue("age", "assessment.error.age.range");
            }
        }
        if (!form.getPregnancy().isEmpty()
                && !Set.of(PREGNANT_YES, PREGNANT_NO, PREGNANT_UNSURE).contains(form.getPregnancy())) {
            errors.rejectValue("pregnancy", "assessment.error.pregnancy.invalid");
        }
        if (!errors.hasFieldErrors("safetyFactors") && form.getSafetyFactors().stream().anyMatch(SafetyFactor::isDerived)) {
            errors.rejectValue("safetyFactors", "typeMismatch.safetyFactors");
        }
    }

    private int durationDays(AssessmentForm form) {
        if (!form.getAgoAmount().isEmpty()) {
            return Integer.parseInt(form.getAgoAmount()) * unitDays(form);
        }
        return (int) ChronoUnit.DAYS.between(LocalDate.parse(form.getOnsetDate()), LocalDate.now(clock));
    }

    private static int unitDays(AssessmentForm form) {
        return AssessmentForm.WEEKS.equals(form.getAgoUnit()) ? 7 : 1;
    }

    /** A plain whole number (digits, optional minus), or null; no "1e3", "3.5" or "٣". */
    private static Integer wholeNumber(String text) {
        if (!text.matches("-?[0-9]{1,6}")) {
            return null;
        }
        return Integer.valueOf(text);
    }
}
