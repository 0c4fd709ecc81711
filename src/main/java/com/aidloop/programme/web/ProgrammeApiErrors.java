package com.aidloop.programme.web;

import com.aidloop.programme.ProgrammeChangedMeanwhile;
import com.aidloop.programme.ProgrammeNotFound;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.InvalidValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The API's answers when a request is refused: {@code {"message": "...", "errors": [{"field",
 * "message"}]}} in Chinese; 400 for invalid input, 404 for an unknown programme, 409 for a stale edit.
 */
@RestControllerAdvice(assignableTypes = {ProgrammeApi.class, PayingRulesApi.class})
class ProgrammeApiErrors {

    private final ProgrammeWebMessages messages;

    ProgrammeApiErrors(ProgrammeWebMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInput.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    Map<String, Object> invalid(InvalidInput invalid) {
        return body(messages.text("programme.invalid"), messages.list(invalid));
    }

    @ExceptionHandler(InvalidValue.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    Map<String, Object> invalidValue(InvalidValue invalid) {
        return body(messages.text(invalid.code(), invalid.args()), List.of());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    Map<String, Object> unreadable() {
        return body(messages.text("programme.unreadable"), List.of());
    }

    @ExceptionHandler(ProgrammeNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    Map<String, Object> notFound() {
        return body(messages.text("programme.notFound"), List.of());
    }

    @ExceptionHandler(com.aidloop.school.SchoolNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    Map<String, Object> schoolNotFound() {
        return body(messages.text("paying.schoolNotFound"), List.of());
    }

    @ExceptionHandler(com.aidloop.programme.QuotaImportRefused.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    Map<String, Object> quotaImportRefused(com.aidloop.programme.QuotaImportRefused refused) {
        return body(refused.problems().getFirst(), refused.problems().stream().map(p -> Map.of("field", "file", "message", p)).toList());
    }

    @ExceptionHandler(ProgrammeChangedMeanwhile.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    Map<String, Object> conflict() {
        return body(messages.text("programme.changedMeanwhile"), List.of());
    }

    private static Map<String, Object> body(String message, List<Map<String, String>> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", message);
        body.put("errors", errors);
        return body;
    }
}
