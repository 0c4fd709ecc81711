package com.aidloop.notification.web;

import com.aidloop.notification.SmsNotFound;
import com.aidloop.notification.SmsNotResendable;
import com.aidloop.shared.InvalidValue;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The API's refusals as {@code {"message": "..."}} in Chinese: 400 bad filter, 404 outside scope, 409 not failed. */
@RestControllerAdvice(assignableTypes = SmsApi.class)
class SmsApiErrors {

    private final MessageSource messages;

    SmsApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidValue.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    Map<String, String> invalid(InvalidValue invalid) {
        return body(invalid.code(), invalid.args());
    }

    @ExceptionHandler(SmsNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    Map<String, String> notFound() {
        return body("sms.notFound");
    }

    @ExceptionHandler(SmsNotResendable.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    Map<String, String> notResendable(SmsNotResendable refused) {
        return body("sms.notResendable", refused.status().label());
    }

    private Map<String, String> body(String code, Object... args) {
        return Map.of("message", messages.getMessage(code, args, code, LocaleContextHolder.getLocale()));
    }
}
