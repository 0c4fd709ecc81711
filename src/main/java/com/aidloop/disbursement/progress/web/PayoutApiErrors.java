package com.aidloop.disbursement.progress.web;

import com.aidloop.disbursement.progress.PayoutNotFound;
import com.aidloop.shared.InvalidValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The payout API's refusals in Chinese, {@code {"message": "...", "errors": []}}: 404 outside the scope, 400 for a bad term. */
@RestControllerAdvice(assignableTypes = PayoutApi.class)
class PayoutApiErrors {

    private final MessageSource messages;

    PayoutApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(PayoutNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    Map<String, Object> notFound() {
        return body(text(messages, "progress.notFound"));
    }

    @ExceptionHandler(InvalidValue.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    Map<String, Object> invalid(InvalidValue problem) {
        return body(text(messages, problem.code(), problem.args()));
    }

    static String text(MessageSource messages, String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }

    private static Map<String, Object> body(String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", message);
        body.put("errors", List.of());
        return body;
    }
}
