package org.spasmcare.assessment;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.spasmcare.assessment.AssessmentJsonReader.FieldProblem;
import org.spasmcare.assessment.AssessmentJsonReader.InvalidAssessmentException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Every API failure as an RFC 9457 problem that names the fields to fix; never a 500 for bad input. */
@RestControllerAdvice(assignableTypes = AssessmentApi.class)
class AssessmentApiErrors {

    private final MessageSource messages;

    AssessmentApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ProblemDetail invalid(InvalidAssessmentException exception, Locale locale) {
        return problem(exception.problems(), locale);
    }

    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException exception, Locale locale) {
        // malformed JSON, or no body at all
        return problem(List.of(new FieldProblem("body", "api.error.body.malformed")), locale);
    }

    @ExceptionHandler
    ProblemDetail unsupported(HttpMediaTypeNotSupportedException exception, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                messages.getMessage("api.error.mediaType", null, locale));
        problem.setTitle(messages.getMessage("api.error.mediaType.title", null, locale));
        return problem;
    }

    private ProblemDetail problem(List<FieldProblem> problems, Locale locale) {
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
