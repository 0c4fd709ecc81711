package com.aidloop.roster.web;

import com.aidloop.roster.verification.Finding;
import com.aidloop.shared.FieldProblem;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.InvalidValue;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The Chinese sentences of the document pages and API: refusals and the check's findings. */
@Component
public class RosterMessages {

    private final MessageSource messages;

    RosterMessages(MessageSource messages) {
        this.messages = messages;
    }

    String text(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }

    /** A finding as one sentence that says where it is and what differs. */
    public String text(Finding finding) {
        return text(finding.rule().messageCode(), finding.arguments());
    }

    String text(RuntimeException problem) {
        if (problem instanceof InvalidValue invalid) {
            return text(invalid.code(), invalid.args());
        }
        if (problem instanceof InvalidInput invalid) {
            return invalid.problems().stream().map(this::text).collect(Collectors.joining("；"));
        }
        return text("roster.invalid");
    }

    private String text(FieldProblem problem) {
        return text(problem.code(), problem.args());
    }
}
