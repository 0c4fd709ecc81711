package com.aidloop.award.running;

import com.aidloop.award.domain.RowProblem;
import com.aidloop.award.persistence.ImportProblems;
import com.aidloop.award.persistence.ImportRecords;
import com.aidloop.shared.ImportProblem;
import java.util.ArrayList;
import java.util.List;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Collects an import's problems and stores them with its progress in a transaction of their own,
 * so that the report survives the rollback of a refused commit and the page can show progress
 * while the import's own transaction is open. Stores at most the configured number; counts all.
 */
final class ProblemSink {

    private final long importId;
    private final ImportRecords records;
    private final ImportProblems problems;
    private final ProblemMessages messages;
    private final TransactionTemplate ownTransaction;
    private final Counters counters;
    private final int storedMax;
    private final List<ImportProblem> pending = new ArrayList<>();

    ProblemSink(
            long importId,
            ImportRecords records,
            ImportProblems problems,
            ProblemMessages messages,
            TransactionTemplate ownTransaction,
            Counters counters,
            int storedMax) {
        this.importId = importId;
        this.records = records;
        this.problems = problems;
        this.messages = messages;
        this.ownTransaction = ownTransaction;
        this.counters = counters;
        this.storedMax = storedMax;
    }

    void add(RowProblem problem) {
        if (problem.isError()) {
            counters.errors++;
        } else {
            counters.warnings++;
        }
        if (counters.problemsStored + pending.size() < storedMax) {
            pending.add(messages.format(problem));
        }
    }

    /** Stores what was collected and the progress so far. */
    void flush() {
        List<ImportProblem> batch = List.copyOf(pending);
        int firstSeq = counters.problemsStored + 1;
        counters.problemsStored += batch.size();
        pending.clear();
        var progress = counters.snapshot();
        ownTransaction.executeWithoutResult(status -> {
            problems.addProblems(importId, firstSeq, batch);
            records.progress(importId, progress);
        });
    }
}
