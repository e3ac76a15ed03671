package org.spasmcare.assessment;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.spasmcare.triage.Assessment;

/**
 * The form's rules that read more than one answer, as class-level constraints. Each question shows one
 * message, the first that applies (missing, then contradicting, then out of range), on its own field; so a
 * question whose range depends on another answer (how long ago, the age) is checked here whole rather than
 * with @Min/@Max, which would add a second message. Text that could not be read at all is reported by
 * binding, and Spring then leaves that field's rule unreported.
 */
final class AssessmentFormRules {

    private AssessmentFormRules() {
    }

    /** Step 1: each red-flag question answered, and "none of these" not given together with a sign. */
    @Target(TYPE)
    @Retention(RUNTIME)
    @Constraint(validatedBy = RedFlagsAnswered.Check.class)
    @interface RedFlagsAnswered {

        String message() default "{assessment.error.redFlags.required}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Check implements ConstraintValidator<RedFlagsAnswered, AssessmentForm> {
            @Override
            public boolean isValid(AssessmentForm form, ConstraintValidatorContext context) {
                boolean anyYes = !form.getRedFlags().isEmpty() || form.isFallOrKnock();
                if (!anyYes && !form.isNoRedFlags()) {
                    return reject(context, "redFlags", "{assessment.error.redFlags.required}");
                }
                if (anyYes && form.isNoRedFlags()) {
                    return reject(context, "redFlags", "{assessment.error.redFlags.conflict}");
                }
                return true;
            }
        }
    }

    /** Step 2: how long ago or the date it started, one of them, within the last 10 years and not later than today. */
    @Target(TYPE)
    @Retention(RUNTIME)
    @Constraint(validatedBy = OnsetAnswered.Check.class)
    @interface OnsetAnswered {

        String message() default "{assessment.error.onset.required}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Check implements ConstraintValidator<OnsetAnswered, AssessmentForm> {
            @Override
            public boolean isValid(AssessmentForm form, ConstraintValidatorContext context) {
                Integer ago = form.getAgoAmount();
                LocalDate onset = form.getOnsetDate();
                if (ago == null && onset == null) {
                    return reject(context, "agoAmount", "{assessment.error.onset.required}");
                }
                if (ago != null && onset != null) {
                    return reject(context, "agoAmount", "{assessment.error.onset.both}");
                }
                if (ago != null) {
                    if (!form.hasKnownAgoUnit()) {
                        return reject(context, "agoUnit", "{assessment.error.agoUnit.invalid}");
                    }
                    if (ago < Assessment.MIN_DURATION_DAYS
                            || (long) ago * form.agoUnitDays() > Assessment.MAX_DURATION_DAYS) {
                        return reject(context, "agoAmount", "{assessment.error.agoAmount.range}");
                    }
                    return true;
                }
                // today from the app's Clock, through Bean Validation's ClockProvider
                long days = ChronoUnit.DAYS.between(onset, LocalDate.now(context.getClockProvider().getClock()));
                if (days < Assessment.MIN_DURATION_DAYS) {
                    return reject(context, "onsetDate", "{assessment.error.onsetDate.future}");
                }
                if (days > Assessment.MAX_DURATION_DAYS) {
                    return reject(context, "onsetDate", "{assessment.error.onsetDate.range}");
                }
                return true;
            }
        }
    }

    /** Step 3: an age from 1 to 120, or "I would rather not say", not both. */
    @Target(TYPE)
    @Retention(RUNTIME)
    @Constraint(validatedBy = AgeAnswered.Check.class)
    @interface AgeAnswered {

        String message() default "{assessment.error.age.required}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Check implements ConstraintValidator<AgeAnswered, AssessmentForm> {
            @Override
            public boolean isValid(AssessmentForm form, ConstraintValidatorContext context) {
                Integer age = form.getAge();
                if (age == null && !form.isAgeNotGiven()) {
                    return reject(context, "age", "{assessment.error.age.required}");
                }
                if (age != null && form.isAgeNotGiven()) {
                    return reject(context, "age", "{assessment.error.age.conflict}");
                }
                if (age != null && (age < Assessment.MIN_AGE || age > Assessment.MAX_AGE)) {
                    return reject(context, "age", "{assessment.error.age.range}");
                }
                return true;
            }
        }
    }

    /** One message on the question's own field, so it shows next to the question and in the summary. */
    private static boolean reject(ConstraintValidatorContext context, String field, String messageKey) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(messageKey).addPropertyNode(field).addConstraintViolation();
        return false;
    }
}
