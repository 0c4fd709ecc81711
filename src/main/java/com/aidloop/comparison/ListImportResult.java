package com.aidloop.comparison;

import com.aidloop.shared.ImportProblem;
import java.util.List;

/** A list imported and matched: the list, the matching run it started, its first skipped rows. */
public record ListImportResult(DepartmentListView list, MatchingRun run, List<ImportProblem> firstProblems) {

    public ListImportResult {
        firstProblems = List.copyOf(firstProblems);
    }
}
