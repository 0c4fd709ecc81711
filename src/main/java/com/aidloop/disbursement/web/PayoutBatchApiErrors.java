package com.aidloop.disbursement.web;

import com.aidloop.disbursement.BatchNotFound;
import com.aidloop.disbursement.BatchRefused;
import com.aidloop.disbursement.RemovalNeedsReason;
import com.aidloop.disbursement.TownshipNotInScope;
import com.aidloop.disbursement.UnknownBankTemplate;
import com.aidloop.shared.InvalidInput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The batch API's refusals as {@code {"message", "errors"}}: 404 outside the scope, 400 for a bad
 * parameter, 409 for a step the batch's state or the rules do not allow.
 */
@RestControllerAdvice(assignableTypes = PayoutBatchApi.class)
class PayoutBatchApiErrors {

    private final MessageSource messages;

    PayoutBatchApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(BatchNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    Map<String, Object> notFound() {
        return body(text("batch.notFound"), List.of());
    }

    @ExceptionHandler(InvalidInput.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    Map<String, Object> invalid(InvalidInput invalid) {
        List<Map<String, String>> errors = invalid.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", text(p.code(), p.args())))
                .toList();
        return body(errors.getFirst().get("message"), errors);
    }

    @ExceptionHandler(BatchRefused.class)
    ResponseEntity<Map<String, Object>> refused(BatchRefused refused) {
        boolean badRequest = refused instanceof TownshipNotInScope || refused instanceof UnknownBankTemplate
                || refused instanceof RemovalNeedsReason;
        return ResponseEntity.status(badRequest ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT)
                .body(body(text(refused.code(), refused.args()), List.of()));
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, code, Locale.SIMPLIFIED_CHINESE);
    }

    private static Map<String, Object> body(String message, List<Map<String, String>> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", message);
        body.put("errors", errors);
        return body;
    }
}
