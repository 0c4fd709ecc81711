package com.aidloop.school.web;

import com.aidloop.shared.FieldProblem;
import com.aidloop.shared.InvalidInput;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Turns field problems into the Chinese sentences shown under form fields and in API errors. */
@Component
class SchoolMessages {

    private final MessageSource messages;

    SchoolMessages(MessageSource messages) {
        this.messages = messages;
    }

    String text(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }

    String text(FieldProblem problem) {
        return text(problem.code(), problem.args());
    }

    /** One sentence per field, several problems of a field joined. */
    Map<String, String> byField(InvalidInput invalid) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem problem : invalid.problems()) {
            errors.merge(problem.field(), text(problem), (a, b) -> a + "；" + b);
        }
        return errors;
    }
}
