package com.aidloop.shared;

import java.util.Arrays;

/**
 * One field of a form, an API request or an import row breaks a rule: the field's path (e.g.
 * {@code household[1].idNumber}), a message code from the {@code messages} bundles and its
 * arguments. Never put a full ID or card number into the arguments.
 */
public record FieldProblem(String field, String code, Object[] args) {

    public FieldProblem {
        args = args == null ? new Object[0] : args.clone();
    }

    public static FieldProblem of(String field, InvalidValue invalid) {
        return new FieldProblem(field, invalid.code(), invalid.args());
    }

    /** The Chinese sentence for this problem. */
    public String text() {
        return Messages.format(code, args);
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FieldProblem p
                && p.field.equals(field)
                && p.code.equals(code)
                && Arrays.equals(p.args, args);
    }

    @Override
    public int hashCode() {
        return field.hashCode() * 31 + code.hashCode();
    }

    @Override
    public String toString() {
        return field + ": " + code + " " + Arrays.toString(args);
    }
}
