package com.aidloop.roster.web;

import com.aidloop.roster.RosterNotFound;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.InvalidValue;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The document pages' answers when a request is refused: 404 outside the scope, 400 for a bad term or filter, in Chinese. */
@ControllerAdvice(assignableTypes = {RosterPages.class, SummaryPages.class, RosterFiles.class})
class RosterPageErrors {

    private final RosterMessages messages;

    RosterPageErrors(RosterMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(RosterNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        model.addAttribute("message", messages.text("roster.notFound"));
        return "rosters/problem";
    }

    @ExceptionHandler({InvalidValue.class, InvalidInput.class})
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalid(RuntimeException problem, Model model) {
        model.addAttribute("message", messages.text(problem));
        return "rosters/problem";
    }
}
