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
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The reading side of an import, on two threads of its own: one reads the rows from the file,
 * the other runs the row checks, computes the blind indexes, digests and (for a commit) sealed
 * values, and hands chunks of prepared rows to the writing side through a short queue. A
 * validation keeps both cores busy; a commit reads and checks while the database writes the
 * previous chunk.
 */
final class RowReader implements Runnable {

    private static final RosterColumn[] COLUMNS = RosterColumn.values();
    private static final int BATCH_ROWS = 500;
    private static final int QUEUED_BATCHES = 8;

    /** Rows as read, the end of the file, or why reading stopped. */
    private record Batch(List<RosterRow> rows, RuntimeException failure) {

        static final Batch END = new Batch(List.of(), null);
    }

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
    private final BlockingQueue<Batch> read = new ArrayBlockingQueue<>(QUEUED_BATCHES);
    private volatile boolean cancelled;

    RowReader(
            RowSource source,
            Header header,
            RowChecks checks,
            SensitiveData sensitive,
            boolean sealing,
            int chunkRows,
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

    /** Reads the file into batches of rows, on the reading thread. */
    @Override
    public void run() {
        try {
            int[] columns = new int[COLUMNS.length];
            for (RosterColumn column : COLUMNS) {
                columns[column.ordinal()] = header.column(column.header()).orElse(-1);
            }
            String[] cells = new String[COLUMNS.length];
            List<RosterRow> batch = new ArrayList<>(BATCH_ROWS);
            for (Optional<SheetRow> next = source.next(); next.isPresent() && !cancelled; next = source.next()) {
                SheetRow sheetRow = next.get();
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = columns[i] < 0 ? "" : sheetRow.cell(columns[i]);
                }
                RosterRow row = RosterRow.of(sheetRow.rowNumber(), cells);
                if (row.isEmptyApartFromSequence()) {
                    continue;
                }
                batch.add(row);
                if (batch.size() == BATCH_ROWS) {
                    offer(read, new Batch(batch, null));
                    batch = new ArrayList<>(BATCH_ROWS);
                }
            }
            if (!batch.isEmpty()) {
                offer(read, new Batch(batch, null));
            }
            offer(read, Batch.END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            try {
                offer(read, new Batch(List.of(), e));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Checks and prepares the rows read, on a thread of its own, and hands them on in chunks. */
    Runnable checker() {
        return () -> {
            try {
                List<PreparedRow> chunk = new ArrayList<>(chunkRows);
                long checking = 0;
                while (!cancelled) {
                    Batch batch = read.poll(200, TimeUnit.MILLISECONDS);
                    if (batch == null) {
                        continue;
                    }
                    if (batch.failure() != null) {
                        offer(queue, new Chunk(List.of(), batch.failure(), 0));
                        return;
                    }
                    if (batch == Batch.END) {
                        break;
                    }
                    long start = System.nanoTime();
                    for (RosterRow row : batch.rows()) {
                        chunk.add(prepare(checks.check(row)));
                        if (chunk.size() == chunkRows) {
                            checking += System.nanoTime() - start;
                            offer(queue, new Chunk(chunk, null, checking));
                            chunk = new ArrayList<>(chunkRows);
                            checking = 0;
                            start = System.nanoTime();
                        }
                    }
                    checking += System.nanoTime() - start;
                }
                if (!chunk.isEmpty()) {
                    offer(queue, new Chunk(chunk, null, checking));
                }
                offer(queue, Chunk.END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                try {
                    offer(queue, new Chunk(List.of(), e, 0));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        };
    }

    private PreparedRow prepare(CheckedRow row) {
        String idIndex = usableId(row) ? sensitive.blindIndex(SensitiveKind.ID_NUMBER, row.idNumber()) : null;
        if (row.hasErrors()) {
            return new PreparedRow(row, idIndex, null, null, null, null, null);
        }
        if (!sealing) {
            // a validation needs the digest only where an award exists: the writing side makes it then
            return new PreparedRow(row, idIndex, null, null, null, null, null);
        }
        String cardIndex = sensitive.blindIndex(SensitiveKind.BANK_CARD, row.cardNumber());
        String phoneIndex = sensitive.blindIndex(SensitiveKind.PHONE, row.phone());
        return new PreparedRow(
                row,
                idIndex,
                cardIndex,
                phoneIndex,
                AwardDigest.of(row, cardIndex, phoneIndex),
                sensitive.seal(row.phone()),
                sensitive.seal(row.cardNumber()));
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

    private <T> void offer(BlockingQueue<T> target, T item) throws InterruptedException {
        while (!target.offer(item, 200, TimeUnit.MILLISECONDS)) {
            if (cancelled) {
                return;
            }
        }
    }
}
