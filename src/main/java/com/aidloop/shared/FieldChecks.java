package com.aidloop.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects the problems of several fields instead of stopping at the first: each value is built
 * by its validating constructor, an {@link InvalidValue} becomes a {@link FieldProblem} under
 * the field's name, and {@link #throwIfAny()} refuses the whole input at the end.
 */
public final class FieldChecks {

    private final List<FieldProblem> problems = new ArrayList<>();

    /** Builds a value, or records why not and returns null. */
    public <T> T field(String field, Supplier<T> value) {
        try {
            return value.get();
        } catch (InvalidValue invalid) {
            problems.add(FieldProblem.of(field, invalid));
            return null;
        }
    }

    /** Like {@link #field} for optional values: blank input gives null without a problem. */
    public <T> T optional(String field, String raw, Supplier<T> value) {
        return Text.compact(raw).isEmpty() ? null : field(field, value);
    }

    /** Runs a check that throws {@link InvalidValue} when the field breaks a rule. */
    public void check(String field, Runnable rule) {
        try {
            rule.run();
        } catch (InvalidValue invalid) {
            problems.add(FieldProblem.of(field, invalid));
        }
    }

    public void reject(String field, String code, Object... args) {
        problems.add(new FieldProblem(field, code, args));
    }

    public void addAll(List<FieldProblem> more) {
        problems.addAll(more);
    }

    public boolean failed(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
