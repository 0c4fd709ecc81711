package com.aidloop.award.running;

import com.aidloop.award.domain.AwardDigest;
import com.aidloop.award.domain.CheckedRow;
import com.aidloop.award.domain.RosterColumn;
import com.aidloop.award.domain.RosterRow;
import com.aidloop.award.domain.RowChecks;
import com.aidloop.award.domain.RowProblem;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.privacy.SensitiveKind;
import com.aidloop.spreadsheet.Header;
import com.aidloop.spreadsheet.RowSource;
import com.aidloop.spreadsheet.SheetRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The reading side of an import, on a thread of its own: reads the rows, runs the row checks,
 * computes the blind indexes, digests and (for a commit) sealed values, and hands chunks of
 * prepared rows to the writing side through a short queue. On two cores the file is read and
 * checked while the database registers and writes the previous chunk.
 */
final class RowReader implements Runnable {

    private static final RosterColumn[] COLUMNS = RosterColumn.values();

    /** A chunk of prepared rows, the end of the file, or why reading stopped. */
    record Chunk(List<PreparedRow> rows, RuntimeException failure, long checkingNanos) {

        static final Chunk END = new Chunk(List.of(), null, 0);

        boolean isEnd() {
            return this == END;
        }
    }

    private final RowSource source;
    private final Header header;
    private final RowChecks checks;
    private final SensitiveData sensitive;
    private final boolean sealing;
    private final int chunkRows;
    private final BlockingQueue<Chunk> queue;
    private volatile boolean cancelled;

    RowReader(RowSource source, Header header, RowChecks checks, SensitiveData sensitive, boolean sealing, int chunkRows,
            BlockingQueue<Chunk> queue) {
        this.source = source;
        this.header = header;
        this.checks = checks;
        this.sensitive = sensitive;
        this.sealing = sealing;
        this.chunkRows = chunkRows;
        this.queue = queue;
    }

    /** Stops reading at the next row; the writing side does not want more. */
    void cancel() {
        cancelled = true;
    }

    @Override
    public void run() {
        try {
            int[] columns = new int[COLUMNS.length];
            for (RosterColumn column : COLUMNS) {
                columns[column.ordinal()] = header.column(column.header()).orElse(-1);
            }
            String[] cells = new String[COLUMNS.length];
            List<PreparedRow> chunk = new ArrayList<>(chunkRows);
            long checking = 0;
            for (Optional<SheetRow> next = source.next(); next.isPresent() && !cancelled; next = source.next()) {
                SheetRow sheetRow = next.get();
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = columns[i] < 0 ? "" : sheetRow.cell(columns[i]);
                }
                RosterRow row = RosterRow.of(sheetRow.rowNumber(), cells);
                if (row.isEmptyApartFromSequence()) {
                    continue;
                }
                long start = System.nanoTime();
                chunk.add(prepare(checks.check(row)));
                checking += System.nanoTime() - start;
                if (chunk.size() == chunkRows) {
                    hand(new Chunk(chunk, null, checking));
                    chunk = new ArrayList<>(chunkRows);
                    checking = 0;
                }
            }
            if (!chunk.isEmpty()) {
                hand(new Chunk(chunk, null, checking));
            }
            hand(Chunk.END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            try {
                hand(new Chunk(List.of(), e, 0));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private PreparedRow prepare(CheckedRow row) {
        String idIndex = usableId(row) ? sensitive.blindIndex(SensitiveKind.ID_NUMBER, row.idNumber()) : null;
        if (row.hasErrors()) {
            return new PreparedRow(row, idIndex, null, null, null, null, null);
        }
        String cardIndex = sensitive.blindIndex(SensitiveKind.BANK_CARD, row.cardNumber());
        String phoneIndex = sensitive.blindIndex(SensitiveKind.PHONE, row.phone());
        return new PreparedRow(row, idIndex, cardIndex, phoneIndex, AwardDigest.of(row, cardIndex, phoneIndex),
                sealing ? sensitive.seal(row.phone()) : null, sealing ? sensitive.seal(row.cardNumber()) : null);
    }

    /** An ID number the registry can look up: present and without an error of its own. */
    static boolean usableId(CheckedRow row) {
        if (row.idNumber() == null || row.idNumber().isEmpty()) {
            return false;
        }
        for (RowProblem p : row.problems()) {
            if (p.column() == RosterColumn.ID_NUMBER && p.isError()) {
                return false;
            }
        }
        return true;
    }

    private void hand(Chunk chunk) throws InterruptedException {
        while (!queue.offer(chunk, 200, TimeUnit.MILLISECONDS)) {
            if (cancelled) {
                return;
            }
        }
    }
}
