package org.spasmcare.recovery;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Checks a day's entry with the constraints on {@link EntryForm}, against its episode's onset, and reports
 * them in the order the form asks its questions (Bean Validation gives them in no order).
 */
@Component
class EntryValidator {

    private static final List<String> QUESTIONS = List.of("date", "pain", "interference", "notes");

    private final SpringValidatorAdapter inFormOrder;

    EntryValidator(Validator validator) {
        this.inFormOrder = new SpringValidatorAdapter(validator) {
            @Override
            protected void processConstraintViolations(Set<ConstraintViolation<Object>> violations, Errors errors) {
                Set<ConstraintViolation<Object>> ordered = new LinkedHashSet<>();
                violations.stream().sorted(Comparator.comparingInt(EntryValidator::question)).forEach(ordered::add);
                super.processConstraintViolations(ordered, errors);
            }
        };
    }

    /** The entry, or empty with the errors in {@code errors} (which may already hold the binding's own). */
    Optional<ValidEntry> validate(EntryForm form, LocalDate onsetDate, Errors errors) {
        form.setOnsetDate(onsetDate);
        inFormOrder.validate(form, errors);
        return errors.hasErrors() ? Optional.empty() : Optional.of(form.toEntry());
    }

    private static int question(ConstraintViolation<?> violation) {
        int index = QUESTIONS.indexOf(violation.getPropertyPath().toString());
        return index < 0 ? QUESTIONS.size() : index;
    }
}
