package com.aidloop.programme.web;

import com.aidloop.shared.FieldProblem;
import com.aidloop.shared.InvalidInput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Turns field problems into the Chinese sentences shown under form fields and in API errors. */
@Component
class ProgrammeWebMessages {

    private final MessageSource messages;

    ProgrammeWebMessages(MessageSource messages) {
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

    List<Map<String, String>> list(InvalidInput invalid) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldProblem problem : invalid.problems()) {
            errors.add(Map.of("field", problem.field(), "message", text(problem)));
        }
        return errors;
    }
}
