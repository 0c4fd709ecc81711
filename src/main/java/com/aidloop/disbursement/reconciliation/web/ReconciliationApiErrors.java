package com.aidloop.disbursement.reconciliation.web;

import com.aidloop.disbursement.ReconciliationNotFound;
import com.aidloop.disbursement.ReconciliationRefused;
import com.aidloop.disbursement.ReturnFileRefused;
import com.aidloop.shared.InvalidValue;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The API's refusals as {@code {"message": "..."}} in Chinese: 404 outside the scope, 422 a
 * return file refused as a whole or a missing reason, 409 a decision or reissue a rule refuses,
 * 400 a malformed value (a card number).
 */
@RestControllerAdvice(assignableTypes = ReconciliationApi.class)
class ReconciliationApiErrors {

    private final MessageSource messages;

    ReconciliationApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ReconciliationNotFound.class)
    ResponseEntity<Map<String, String>> notFound(ReconciliationNotFound e) {
        return answer(HttpStatus.NOT_FOUND, e.getLocalizedMessage());
    }

    @ExceptionHandler(ReturnFileRefused.class)
    ResponseEntity<Map<String, String>> refusedFile(ReturnFileRefused e) {
        return answer(HttpStatus.UNPROCESSABLE_CONTENT, e.getLocalizedMessage());
    }

    @ExceptionHandler(ReconciliationRefused.class)
    ResponseEntity<Map<String, String>> refused(ReconciliationRefused e) {
        return answer(e.isMissingInput() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.CONFLICT, e.getLocalizedMessage());
    }

    @ExceptionHandler(InvalidValue.class)
    ResponseEntity<Map<String, String>> invalid(InvalidValue e) {
        return answer(HttpStatus.BAD_REQUEST, messages.getMessage(e.code(), e.args(), e.code(), LocaleContextHolder.getLocale()));
    }

    private static ResponseEntity<Map<String, String>> answer(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("message", message));
    }
}
