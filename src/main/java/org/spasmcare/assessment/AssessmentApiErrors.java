package org.spasmcare.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import org.spasmcare.assessment.StrictAssessmentJson.BodyPastLimits;
import org.spasmcare.assessment.StrictAssessmentJson.BodyTooLarge;
import org.spasmcare.assessment.StrictAssessmentJson.UnreadableFields;
import org.spasmcare.web.RequestBodyLimit;
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

    /** At most this many fields named in one answer. */
    static final int MAX_LISTED = 20;
    /** A field name or code echoed back is cut to this many characters. */
    static final int MAX_ECHOED = 40;
    /** The list of fields the API takes, which the unknown-field message names in full. */
    private static final String KNOWN_FIELDS = String.join(", ", AssessmentRequest.FIELDS);

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
    ProblemDetail tooLarge(BodyTooLarge exception, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                messages.getMessage("api.error.tooLarge", new Object[] {String.valueOf(RequestBodyLimit.API_BYTES)},
                        locale));
        problem.setTitle(messages.getMessage("api.error.tooLarge.title", null, locale));
        return problem;
    }

    @ExceptionHandler
    ProblemDetail pastLimits(BodyPastLimits exception, Locale locale) {
        return problem(List.of(new FieldProblem("body", "api.error.body.limits")), locale);
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

    private static String shortened(String echoed) {
        return echoed.length() <= MAX_ECHOED ? echoed : echoed.substring(0, MAX_ECHOED) + "…";
    }

    private static Object[] shortened(Object[] arguments) {
        Object[] kept = arguments.clone();
        for (int i = 0; i < kept.length; i++) {
            if (kept[i] instanceof String text && !text.equals(KNOWN_FIELDS)) {
                kept[i] = shortened(text);
            }
        }
        return kept;
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
        // a bounded answer whatever was sent: the first problems only, and no echoed name or code at full length
        List<FieldProblem> problems = byField.values().stream().limit(MAX_LISTED).toList();
        List<Map<String, String>> errors = problems.stream()
                .map(p -> Map.of("field", shortened(p.field()), "message",
                        messages.getMessage(p.messageKey(), shortened(p.arguments()), locale)))
                .toList();
        String fields = String.join(", ", problems.stream().map(p -> shortened(p.field())).toList());
        if (byField.size() > MAX_LISTED) {
            fields = messages.getMessage("api.error.andMore", new Object[] {fields}, locale);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("api.error.detail", new Object[] {fields}, locale));
        problem.setTitle(messages.getMessage("api.error.title", null, locale));
        problem.setProperty("errors", errors);
        return problem;
    }
}
