package com.aidloop.comparison.importing;

import com.aidloop.comparison.persistence.ListStore;
import com.aidloop.platform.PostgresCopy;
import com.aidloop.shared.ImportProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * The calling thread's side of a list load: sends each chunk's lines through the open COPY, in
 * file order, and counts. Problems wait in batches; a batch is written between two COPYs (a
 * connection runs nothing else while a COPY is open). Closing without {@link #finish} cancels
 * the COPY under way, so the caller's transaction rolls back with nothing half-sent.
 */
final class ListTally implements AutoCloseable {

    private static final int PROBLEMS_PER_BATCH = 1_000;
    private static final int FIRST_PROBLEMS = 20;

    private final long listId;
    private final ListStore lists;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<ImportProblem> first = new ArrayList<>();
    private PostgresCopy.Stream copy;
    private int read;
    private int skipped;
    private int persons;
    private int problemSeq;

    ListTally(long listId, ListStore lists) {
        this.listId = listId;
        this.lists = lists;
    }

    void add(ListChunks.Chunk chunk) {
        read += chunk.rows();
        skipped += chunk.skipped();
        persons += chunk.persons();
        if (chunk.lines().length > 0) {
            if (copy == null) {
                copy = lists.openPersonsCopy();
            }
            copy.write(chunk.lines(), chunk.lines().length);
        }
        for (ImportProblem problem : chunk.problems()) {
            if (first.size() < FIRST_PROBLEMS) {
                first.add(problem);
            }
        }
        problems.addAll(chunk.problems());
        if (problems.size() >= PROBLEMS_PER_BATCH) {
            writeProblems();
        }
    }

    ListRowsWriter.Counts finish() {
        writeProblems();
        return new ListRowsWriter.Counts(read, skipped, persons, first);
    }

    private void writeProblems() {
        if (copy != null) {
            PostgresCopy.Stream open = copy;
            copy = null;
            open.finish();
        }
        lists.problems().addProblems(listId, problemSeq, problems);
        problemSeq += problems.size();
        problems.clear();
    }

    @Override
    public void close() {
        if (copy != null) {
            copy.close();
            copy = null;
        }
    }
}
