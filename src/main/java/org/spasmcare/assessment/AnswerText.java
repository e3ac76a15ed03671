package org.spasmcare.assessment;

import java.beans.PropertyEditorSupport;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.PropertyEditorRegistry;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * How the form's typed answers are read from the text posted, and written back into the page. A number is
 * plain digits with an optional minus (no "1e3", "3.5", "0x10" or "٣", which Spring's own reading accepts in
 * part), a date is year-month-day; spaces around are ignored and nothing typed is no answer. Other text fails
 * binding, so its typeMismatch.* message is shown and the text is kept as typed.
 */
final class AnswerText {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,6}");

    private AnswerText() {
    }

    static void readStrictly(PropertyEditorRegistry registry) {
        registry.registerCustomEditor(Integer.class, new WholeNumber());
        registry.registerCustomEditor(LocalDate.class, new IsoDate());
    }

    /**
     * A result with no errors for a step shown anew (its errors belonged to the step being left), in which an
     * answer that could not be read is still shown as it was typed: the hidden fields carry it, as before.
     */
    static BindingResult cleanKeepingTypedText(Object form, String name, BindingResult posted) {
        Map<String, Object> asTyped = new HashMap<>();
        for (FieldError error : posted.getFieldErrors()) {
            Class<?> type = posted.getFieldType(error.getField());
            boolean typed = Integer.class.equals(type) || LocalDate.class.equals(type);
            if (typed && error.isBindingFailure() && error.getRejectedValue() != null) {
                Object text = error.getRejectedValue();
                asTyped.put(error.getField(), text instanceof String[] parts ? String.join(",", parts) : text);
            }
        }
        BeanPropertyBindingResult clean = new BeanPropertyBindingResult(form, name) {
            @Override
            protected @Nullable Object getActualFieldValue(String field) {
                return asTyped.containsKey(field) ? asTyped.get(field) : super.getActualFieldValue(field);
            }

            @Override
            protected @Nullable Object formatFieldValue(String field, @Nullable Object value) {
                return asTyped.containsKey(field) ? value : super.formatFieldValue(field, value);
            }
        };
        readStrictly(clean.getPropertyAccessor());
        return clean;
    }

    private static String answer(@Nullable String text) {
        return text == null ? "" : text.strip();
    }

    private static final class WholeNumber extends PropertyEditorSupport {
        @Override
        public void setAsText(@Nullable String text) {
            String answer = answer(text);
            if (!answer.isEmpty() && !WHOLE_NUMBER.matcher(answer).matches()) {
                throw new IllegalArgumentException("not a whole number");
            }
            setValue(answer.isEmpty() ? null : Integer.valueOf(answer));
        }

        @Override
        public String getAsText() {
            return getValue() == null ? "" : getValue().toString();
        }
    }

    private static final class IsoDate extends PropertyEditorSupport {
        @Override
        public void setAsText(@Nullable String text) {
            String answer = answer(text);
            try {
                setValue(answer.isEmpty() ? null : LocalDate.parse(answer));
            } catch (DateTimeParseException notADate) {
                throw new IllegalArgumentException(notADate.getMessage(), notADate);
            }
        }

        @Override
        public String getAsText() {
            return getValue() == null ? "" : getValue().toString();
        }
    }
}
