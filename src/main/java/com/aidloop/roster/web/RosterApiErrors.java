package com.aidloop.roster.web;

import com.aidloop.roster.RosterNotFound;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.InvalidValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The API's refusals in Chinese: {@code {"message": "...", "errors": []}}; 404 outside the scope, 400 for a bad term or filter. */
@RestControllerAdvice(assignableTypes = RosterApi.class)
class RosterApiErrors {

    private final RosterMessages messages;

    RosterApiErrors(RosterMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(RosterNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    Map<String, Object> notFound() {
        return body(messages.text("roster.notFound"));
    }

    @ExceptionHandler({InvalidValue.class, InvalidInput.class})
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    Map<String, Object> invalid(RuntimeException problem) {
        return body(messages.text(problem));
    }

    private static Map<String, Object> body(String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", message);
        body.put("errors", List.of());
        return body;
    }
}
