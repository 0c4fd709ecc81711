package com.aidloop.registry.web;

import com.aidloop.registry.IdNumberAlreadyRegistered;
import com.aidloop.registry.StudentChangedMeanwhile;
import com.aidloop.registry.StudentNotFound;
import com.aidloop.shared.InvalidInput;
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
 * "message"}]}} in Chinese; 400 for invalid input, 404 outside the scope, 409 for a stale edit.
 */
@RestControllerAdvice(assignableTypes = StudentApi.class)
class StudentApiErrors {

    private final StudentMessages messages;

    StudentApiErrors(StudentMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInput.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    Map<String, Object> invalid(InvalidInput invalid) {
        Map<String, Object> body = body(messages.text("student.invalid"), messages.list(invalid));
        if (invalid instanceof IdNumberAlreadyRegistered registered) {
            registered.existingStudentId().ifPresent(id -> body.put("existingStudentId", id));
        }
        return body;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    Map<String, Object> unreadable() {
        return body(messages.text("student.unreadable"), List.of());
    }

    @ExceptionHandler(StudentNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    Map<String, Object> notFound() {
        return body(messages.text("student.notFound"), List.of());
    }

    @ExceptionHandler(StudentChangedMeanwhile.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    Map<String, Object> conflict() {
        return body(messages.text("student.changedMeanwhile"), List.of());
    }

    private static Map<String, Object> body(String message, List<Map<String, String>> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", message);
        body.put("errors", errors);
        return body;
    }
}
