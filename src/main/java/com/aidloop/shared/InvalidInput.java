package com.aidloop.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A form, request or import row was refused; it lists every field problem at once, so that a
 * person can correct them all in one go.
 */
public class InvalidInput extends Refusal {

    private final transient List<FieldProblem> problems;

    public InvalidInput(List<FieldProblem> problems) {
        super(Kind.INVALID, "input.invalid");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid input needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public static InvalidInput of(String field, String code, Object... args) {
        return new InvalidInput(List.of(new FieldProblem(field, code, args)));
    }

    /** Builds one value of a request, or refuses the request naming the field and why. */
    public static <T> T field(String field, Supplier<T> value) {
        try {
            return value.get();
        } catch (InvalidValue invalid) {
            throw new InvalidInput(List.of(FieldProblem.of(field, invalid)));
        }
    }

    @Override
    public List<FieldProblem> problems() {
        return problems;
    }

    public boolean concerns(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    /** One sentence per field, several problems of a field joined, in the order of the problems. */
    public Map<String, String> sentencesByField() {
        Map<String, String> sentences = new LinkedHashMap<>();
        for (FieldProblem problem : problems) {
            sentences.merge(problem.field(), problem.text(), (a, b) -> a + "；" + b);
        }
        return sentences;
    }

    /** Every problem's sentence, in order, joined as one. */
    @Override
    public String getLocalizedMessage() {
        return problems.stream().map(FieldProblem::text).distinct().collect(Collectors.joining("；"));
    }

    @Override
    public String getMessage() {
        return problems.toString();
    }
}
