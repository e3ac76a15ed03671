package org.spasmcare.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import org.spasmcare.assessment.StrictAssessmentJson.UnreadableFields;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.SmartValidator;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.databind.exc.MismatchedInputException;

/** Every API failure as an RFC 9457 problem that names the fields to fix; never a 500 for bad input. */
@RestControllerAdvice(assignableTypes = AssessmentApi.class)
class AssessmentApiErrors {

    /** One field to fix: its message key, with the key's arguments. */
    record FieldProblem(String field, String messageKey, Object... arguments) {
    }

    private final MessageSource messages;
    private final SmartValidator validator;

    AssessmentApiErrors(MessageSource messages, SmartValidator validator) {
        this.messages = messages;
        this.validator = validator;
    }

    @ExceptionHandler
    ProblemDetail invalid(MethodArgumentNotValidException exception, Locale locale) {
        return problem(violations(exception.getBindingResult()), locale);
    }

    /** Fields that could not be read; what was read is checked too, so every field to fix is named at once. */
    @ExceptionHandler
    ProblemDetail unreadableFields(UnreadableFields exception, Locale locale) {
        List<FieldProblem> problems = new ArrayList<>(exception.problems());
        if (exception.partlyRead() != null) {
            BindingResult checked = new BeanPropertyBindingResult(exception.partlyRead(), "assessment");
            validator.validate(exception.partlyRead(), checked);
            problems.addAll(violations(checked));
        }
        return problem(problems, locale);
    }

    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException exception, Locale locale) {
        // well-formed JSON of the wrong shape (an array, a number), or malformed JSON or no body at all
        String key = exception.getCause() instanceof MismatchedInputException ? "api.error.body.notObject"
                : "api.error.body.malformed";
        return problem(List.of(new FieldProblem("body", key)), locale);
    }

    @ExceptionHandler
    ProblemDetail unsupported(HttpMediaTypeNotSupportedException exception, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                messages.getMessage("api.error.mediaType", null, locale));
        problem.setTitle(messages.getMessage("api.error.mediaType.title", null, locale));
        return problem;
    }

    /** A constraint's message is a key ({api.error.range}); the arguments come from the field and its value. */
    private static List<FieldProblem> violations(BindingResult result) {
        List<FieldProblem> problems = new ArrayList<>();
        for (FieldError error : result.getFieldErrors()) {
            String template = error.unwrap(ConstraintViolation.class).getMessageTemplate();
            String key = template.substring(1, template.length() - 1);
            Object[] arguments = switch (key) {
                case "api.error.range" -> AssessmentRequest.range(error.getField());
                case "api.error.tooManyCodes" -> new Object[] {String.valueOf(AssessmentRequest.MAX_CODES)};
                case "api.error.derivedCode" -> new Object[] {String.valueOf(error.getRejectedValue())};
                default -> new Object[0];
            };
            problems.add(new FieldProblem(error.getField(), key, arguments));
        }
        return problems;
    }

    private ProblemDetail problem(List<FieldProblem> found, Locale locale) {
        // one problem a field, the first found; an oversized list is named once, not each code in it
        Map<String, FieldProblem> byField = new LinkedHashMap<>();
        for (FieldProblem problem : found) {
            byField.putIfAbsent(problem.field(), problem);
        }
        List<String> oversized = byField.values().stream()
                .filter(p -> p.messageKey().equals("api.error.tooManyCodes")).map(FieldProblem::field).toList();
        byField.values().removeIf(p -> oversized.stream().anyMatch(list -> p.field().startsWith(list + "[")));
        List<FieldProblem> problems = List.copyOf(byField.values());
        List<Map<String, String>> errors = problems.stream()
                .map(p -> Map.of("field", p.field(), "message",
                        messages.getMessage(p.messageKey(), p.arguments(), locale)))
                .toList();
        String fields = String.join(", ", problems.stream().map(FieldProblem::field).toList());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("api.error.detail", new Object[] {fields}, locale));
        problem.setTitle(messages.getMessage("api.error.title", null, locale));
        problem.setProperty("errors", errors);
        return problem;
    }
}
