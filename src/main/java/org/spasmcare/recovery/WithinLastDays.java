package org.spasmcare.recovery;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A date that is today or at most {@code value} days before it, on Bean Validation's clock (the app's). */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = WithinLastDays.Check.class)
@interface WithinLastDays {

    int value();

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<WithinLastDays, LocalDate> {

        private int days;

        @Override
        public void initialize(WithinLastDays annotation) {
            days = annotation.value();
        }

        @Override
        public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
            if (date == null) {
                return true; // a missing date is @NotNull's to report
            }
            LocalDate today = LocalDate.now(context.getClockProvider().getClock());
            return !date.isAfter(today) && !date.isBefore(today.minusDays(days));
        }
    }
}
