package com.aidloop.registry.web;

import com.aidloop.shared.FieldProblem;
import com.aidloop.shared.InvalidInput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A refused student as the form shows it: one sentence per form field, named as the form names its
 * inputs (household rows by their row on the page, {@code members[3].phone}; the card as
 * {@code cardBank}/{@code cardNumber}).
 */
final class StudentFormErrors {

    private static final Pattern MEMBER = Pattern.compile("household\\[(\\d+)]\\.(.+)");

    private StudentFormErrors() {}

    static Map<String, String> byFormField(InvalidInput invalid, List<Integer> memberRows) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem problem : invalid.problems()) {
            errors.merge(formField(problem.field(), memberRows), problem.text(), (a, b) -> a + "；" + b);
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
