package com.aidloop.school.importing;

import java.util.ArrayList;
import java.util.List;

/** Checks every row of a file in order and counts what they come to; writes nothing. */
public final class SchoolImportPass {

    /** The checked rows, every problem (the file's first, then by row), and the counts. */
    public record Result(List<CheckedRow> rows, List<RowProblem> problems, ImportCounts counts) {

        public Result {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }

        public boolean hasErrors() {
            return counts.errors() > 0;
        }
    }

    private SchoolImportPass() {}

    public static Result run(SchoolRowRules rules, List<ImportedRow> rows, List<RowProblem> fileProblems) {
        List<CheckedRow> checked = new ArrayList<>(rows.size());
        List<RowProblem> problems = new ArrayList<>(fileProblems);
        int errorRows = 0;
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (ImportedRow row : rows) {
            CheckedRow result = rules.check(row);
            checked.add(result);
            problems.addAll(result.problems());
            switch (result.outcome()) {
                case ERROR -> errorRows++;
                case CREATE -> created++;
                case UPDATE -> updated++;
                case UNCHANGED -> unchanged++;
            }
        }
        int errors = (int) problems.stream().filter(RowProblem::error).count();
        ImportCounts counts =
                new ImportCounts(rows.size(), errorRows, errors, problems.size() - errors, created, updated, unchanged);
        return new Result(checked, problems, counts);
    }
}
