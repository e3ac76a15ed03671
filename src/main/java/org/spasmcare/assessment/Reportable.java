package org.spasmcare.assessment;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Collection;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.spasmcare.triage.SafetyFactor;

/**
 * A safety factor the person can report; the derived ones (age groups, pregnant) are worked out by the
 * planner from other answers and are never taken as input (clinical rules §1). On a code (the API's list) or
 * on a whole set of them (the form's, which reports the set once).
 */
@Target({TYPE_USE, FIELD})
@Retention(RUNTIME)
@Constraint(validatedBy = {Reportable.Check.class, Reportable.EveryOne.class})
@interface Reportable {

    String message() default "{api.error.derivedCode}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<Reportable, SafetyFactor> {
        @Override
        public boolean isValid(SafetyFactor factor, ConstraintValidatorContext context) {
            return factor == null || !factor.isDerived(); // an unreadable code is reported where it was read
        }
    }

    class EveryOne implements ConstraintValidator<Reportable, Collection<SafetyFactor>> {
        @Override
        public boolean isValid(Collection<SafetyFactor> factors, ConstraintValidatorContext context) {
            return factors == null || factors.stream().noneMatch(factor -> factor != null && factor.isDerived());
        }
    }
}
