package com.aidloop.award.web;

import com.aidloop.award.AwardsChangedMeanwhile;
import com.aidloop.award.ConfirmationRefused;
import com.aidloop.award.NothingToConfirm;
import com.aidloop.award.RevocationRefused;
import com.aidloop.shared.InvalidInput;
import com.aidloop.school.SchoolNotFound;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The confirmation API's refusals in Chinese: 400 for bad input, 404 outside the scope, 409 when a
 * paying rule would be broken ({@code breaches}), nothing is left to confirm or to revoke, awards
 * are in a payout batch, or awards changed meanwhile.
 */
@RestControllerAdvice(assignableTypes = ConfirmationApi.class)
class ConfirmationApiErrors {

    private final ConfirmationTexts texts;

    ConfirmationApiErrors(ConfirmationTexts texts) {
        this.texts = texts;
    }

    @ExceptionHandler(InvalidInput.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    Map<String, Object> invalid(InvalidInput invalid) {
        List<Map<String, String>> errors = invalid.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", texts.text(p.code(), p.args())))
                .toList();
        return body(errors.getFirst().get("message"), "errors", errors);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    Map<String, Object> unreadable() {
        return body(texts.text("confirmation.invalid"), "errors", List.of());
    }

    @ExceptionHandler(SchoolNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    Map<String, Object> notFound() {
        return body(texts.text("confirmation.schoolNotFound"), "errors", List.of());
    }

    @ExceptionHandler(ConfirmationRefused.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    Map<String, Object> refused(ConfirmationRefused refused) {
        return body(texts.refusal(refused), "breaches", texts.breaches(refused));
    }

    @ExceptionHandler(NothingToConfirm.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    Map<String, Object> nothing() {
        return body(texts.text("confirmation.nothing"), "breaches", List.of());
    }

    @ExceptionHandler(RevocationRefused.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    Map<String, Object> notRevoked(RevocationRefused refused) {
        return body(texts.text(refused.messageCode(), refused.arguments()), "breaches", List.of());
    }

    @ExceptionHandler(AwardsChangedMeanwhile.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    Map<String, Object> changed() {
        return body(texts.text("confirmation.changedMeanwhile"), "breaches", List.of());
    }

    private static Map<String, Object> body(String message, String listName, Object list) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", message);
        body.put(listName, list);
        return body;
    }
}
