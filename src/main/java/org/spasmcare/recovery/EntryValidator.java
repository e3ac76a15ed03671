package org.spasmcare.recovery;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/** Checks a day's entry: a real date within the episode and not in the future, two scores, short notes. */
@Component
class EntryValidator {

    static final int MAX_NOTES = 1000;
    /** Dates on a page read "18 November 2026", never ISO (docs/ux.md). */
    static final DateTimeFormatter ON_A_PAGE = DateTimeFormatter.ofPattern("d MMMM yyyy");

    Optional<ValidEntry> validate(EntryForm form, LocalDate onsetDate, LocalDate today, Errors errors) {
        LocalDate date = null;
        try {
            date = LocalDate.parse(form.getDate());
            if (date.isAfter(today)) {
                errors.rejectValue("date", "log.error.date.future");
            } else if (date.isBefore(onsetDate)) {
                errors.rejectValue("date", "log.error.date.beforeOnset", new Object[] {ON_A_PAGE
                        .withLocale(LocaleContextHolder.getLocale()).format(onsetDate)}, null);
            }
        } catch (DateTimeParseException e) {
            errors.rejectValue("date", "log.error.date.invalid");
        }
        Integer pain = score(form.getPain());
        if (pain == null) {
            errors.rejectValue("pain", "log.error.pain");
        }
        Integer interference = score(form.getInterference());
        if (interference == null) {
            errors.rejectValue("interference", "log.error.interference");
        }
        if (form.getNotes().length() > MAX_NOTES) {
            errors.rejectValue("notes", "log.error.notes", new Object[] {String.valueOf(MAX_NOTES)}, null);
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new ValidEntry(date, pain, interference, form.getTreatments(), form.getRedFlags(),
                form.getNotes()));
    }

    private static Integer score(String text) {
        if (!text.matches("[0-9]{1,2}")) {
            return null;
        }
        int value = Integer.parseInt(text);
        return value <= 10 ? value : null;
    }
}
