package com.aidloop.registry.web;

import com.aidloop.shared.FieldProblem;
import com.aidloop.shared.InvalidInput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Turns field problems into the Chinese sentences shown under form fields and in API errors. */
@Component
class StudentMessages {

    private static final Pattern MEMBER = Pattern.compile("household\\[(\\d+)]\\.(.+)");

    private final MessageSource messages;

    StudentMessages(MessageSource messages) {
        this.messages = messages;
    }

    String text(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }

    String text(FieldProblem problem) {
        return text(problem.code(), problem.args());
    }

    /** The API form: {@code [{"field": "...", "message": "..."}]} in the registry's field names. */
    List<Map<String, String>> list(InvalidInput invalid) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldProblem problem : invalid.problems()) {
            errors.add(Map.of("field", problem.field(), "message", text(problem)));
        }
        return errors;
    }

    /**
     * One sentence per form field, named as the form names its inputs: household rows by their
     * row on the page ({@code members[3].phone}), the card as {@code cardBank}/{@code cardNumber}.
     */
    Map<String, String> byFormField(InvalidInput invalid, List<Integer> memberRows) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem problem : invalid.problems()) {
            errors.merge(formField(problem.field(), memberRows), text(problem), (a, b) -> a + "；" + b);
        }
        return errors;
    }

    private static String formField(String field, List<Integer> memberRows) {
        Matcher member = MEMBER.matcher(field);
        if (member.matches()) {
            int k = Integer.parseInt(member.group(1));
            int row = k < memberRows.size() ? memberRows.get(k) : k;
            return "members[" + row + "]." + member.group(2);
        }
        return switch (field) {
            case "household" -> "members";
            case "aidCard.bank" -> "cardBank";
            case "aidCard.cardNumber" -> "cardNumber";
            default -> field;
        };
    }
}
