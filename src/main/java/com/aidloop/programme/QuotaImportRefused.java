package com.aidloop.programme;

import com.aidloop.shared.FieldProblem;
import com.aidloop.shared.Refusal;
import java.util.List;

/** A quota spreadsheet was refused as a whole; each problem names its row and column in Chinese. Nothing was saved. */
public class QuotaImportRefused extends Refusal {

    private static final String PROBLEM = "paying.import.refused";

    private final transient List<String> problems;

    public QuotaImportRefused(List<String> problems) {
        super(Kind.INVALID, PROBLEM, problems.getFirst());
        this.problems = List.copyOf(problems);
    }

    /** The sentences, one per problem. */
    public List<String> sentences() {
        return problems;
    }

    @Override
    public List<FieldProblem> problems() {
        return problems.stream()
                .map(p -> new FieldProblem("file", PROBLEM, new Object[] {p}))
                .toList();
    }
}
