package com.aidloop.award.web;

import com.aidloop.award.ImportNotCommittable;
import com.aidloop.award.RosterImportNotFound;
import com.aidloop.shared.FieldProblem;
import com.aidloop.shared.InvalidInput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * The API's answers when a request is refused, in the registry's shape {@code {"message",
 * "errors": [{"field", "message"}]}}: 400 for a missing or invalid parameter, 404 outside the
 * scope, 409 for a 确认导入 that is not possible.
 */
@RestControllerAdvice(assignableTypes = RosterImportApi.class)
class RosterImportApiErrors {

    private final MessageSource messages;

    RosterImportApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInput.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    Map<String, Object> invalid(InvalidInput invalid) {
        List<Map<String, String>> errors = invalid.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", text(p)))
                .toList();
        return body(errors.getFirst().get("message"), errors);
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    Map<String, Object> missingFile() {
        String message = text(new FieldProblem("file", "award.import.fileRequired", null));
        return body(message, List.of(Map.of("field", "file", "message", message)));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    Map<String, Object> missingParameter(MissingServletRequestParameterException missing) {
        String message = text(new FieldProblem(missing.getParameterName(),
                missing.getParameterName().equals("term") ? "award.import.termRequired" : "award.import.fileRequired", null));
        return body(message, List.of(Map.of("field", missing.getParameterName(), "message", message)));
    }

    @ExceptionHandler(RosterImportNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    Map<String, Object> notFound() {
        return body(text(new FieldProblem("id", "award.import.notFound", null)), List.of());
    }

    @ExceptionHandler(ImportNotCommittable.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    Map<String, Object> notCommittable() {
        return body(text(new FieldProblem("id", "award.import.notCommittable", null)), List.of());
    }

    private String text(FieldProblem problem) {
        return messages.getMessage(problem.code(), problem.args(), problem.code(), Locale.SIMPLIFIED_CHINESE);
    }

    private static Map<String, Object> body(String message, List<Map<String, String>> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", message);
        body.put("errors", errors);
        return body;
    }
}
