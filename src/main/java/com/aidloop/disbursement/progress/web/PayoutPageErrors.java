package com.aidloop.disbursement.progress.web;

import com.aidloop.disbursement.progress.PayoutNotFound;
import com.aidloop.shared.InvalidValue;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The payout pages' refusals in Chinese: 404 for a division outside the scope, 400 for a bad term or input. */
@ControllerAdvice(assignableTypes = PayoutPage.class)
class PayoutPageErrors {

    private final MessageSource messages;

    PayoutPageErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(PayoutNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        model.addAttribute("message", PayoutApiErrors.text(messages, "progress.notFound"));
        return "disbursement/problem";
    }

    @ExceptionHandler(InvalidValue.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalid(InvalidValue problem, Model model) {
        model.addAttribute("message", PayoutApiErrors.text(messages, problem.code(), problem.args()));
        return "disbursement/problem";
    }
}
