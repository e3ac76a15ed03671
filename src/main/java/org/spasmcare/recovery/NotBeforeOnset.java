package org.spasmcare.recovery;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.format.DateTimeFormatter;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * An entry's date is not before its episode's onset. Reported on the date question, naming the onset as a
 * page shows dates ({onset} in the message).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NotBeforeOnset.Check.class)
@interface NotBeforeOnset {

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<NotBeforeOnset, EntryForm> {

        /** Dates on a page read "18 November 2026", never ISO (docs/ux.md). */
        private static final DateTimeFormatter ON_A_PAGE = DateTimeFormatter.ofPattern("d MMMM yyyy");

        @Override
        public boolean isValid(EntryForm form, ConstraintValidatorContext context) {
            if (form.getDate() == null || form.getOnsetDate() == null || !form.getDate().isBefore(form.getOnsetDate())) {
                return true; // no date is its own error
            }
            context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("onset",
                    ON_A_PAGE.withLocale(LocaleContextHolder.getLocale()).format(form.getOnsetDate()));
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("date").addConstraintViolation();
            return false;
        }
    }
}
