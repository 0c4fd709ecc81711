package com.aidloop.comparison.importing;

import com.aidloop.comparison.domain.ListRowReader;
import com.aidloop.comparison.domain.ListType;
import com.aidloop.comparison.persistence.ListStore;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.shared.ImportProblem;
import com.aidloop.spreadsheet.RowSource;
import com.aidloop.spreadsheet.SheetRow;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Streams a list's rows into its tables: each person's ID number becomes the registry's blind
 * index and is then forgotten; sensitive attributes (残疾等级) are sealed. The calling thread reads
 * the file in chunks of rows; worker threads check and index each chunk into COPY lines; the
 * calling thread sends the chunks, in file order, through one COPY kept open on the caller's
 * transaction, so the database stores rows while the next are being read. Problems go in batches
 * between COPYs. Anything thrown cancels the COPY and leaves the transaction to roll back.
 */
@Component
public class ListRowsWriter {

    /** How many rows were read, skipped and how many persons were written. */
    public record Counts(int rowsRead, int rowsSkipped, int persons, List<ImportProblem> firstProblems) {}

    static final int ROWS_PER_CHUNK = 4_096;

    private final ListStore lists;
    private final SensitiveData sensitive;
    private final int threads;

    ListRowsWriter(
            ListStore lists, SensitiveData sensitive, @Value("${aidloop.comparison.load-threads:0}") int threads) {
        this.lists = lists;
        this.sensitive = sensitive;
        this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    public Counts write(long listId, ListType type, RowSource source, ListRowReader reader) {
        return write(listId, type, source, reader, PersonKeys.idNumbers(sensitive));
    }

    /** Writes the rows, each person's key made the registry's blind index by {@code keys}. */
    public Counts write(long listId, ListType type, RowSource source, ListRowReader reader, PersonKeys keys) {
        ListChunks chunks = new ListChunks(listId, type, reader, keys, sensitive);
        ExecutorService workers = Executors.newFixedThreadPool(
                threads,
                Thread.ofPlatform()
                        .name("list-load-" + listId + "-", 1)
                        .daemon()
                        .factory());
        ArrayDeque<Future<ListChunks.Chunk>> inFlight = new ArrayDeque<>();
        try (ListTally tally = new ListTally(listId, lists)) {
            List<SheetRow> rows = new ArrayList<>(ROWS_PER_CHUNK);
            for (Optional<SheetRow> next = source.next(); next.isPresent(); next = source.next()) {
                rows.add(next.get());
                if (rows.size() == ROWS_PER_CHUNK) {
                    List<SheetRow> chunk = rows;
                    inFlight.add(workers.submit(() -> chunks.make(chunk)));
                    rows = new ArrayList<>(ROWS_PER_CHUNK);
                    sendDone(inFlight, tally, 2 * threads + 2);
                }
            }
            if (!rows.isEmpty()) {
                List<SheetRow> chunk = rows;
                inFlight.add(workers.submit(() -> chunks.make(chunk)));
            }
            sendDone(inFlight, tally, 0);
            return tally.finish();
        } finally {
            workers.shutdownNow();
        }
    }

    /** Sends finished chunks in order, waiting for the oldest while more than {@code keep} are out. */
    private static void sendDone(ArrayDeque<Future<ListChunks.Chunk>> inFlight, ListTally tally, int keep) {
        while (!inFlight.isEmpty() && (inFlight.size() > keep || inFlight.peek().isDone())) {
            tally.add(result(inFlight.poll()));
        }
    }

    private static ListChunks.Chunk result(Future<ListChunks.Chunk> chunk) {
        try {
            return chunk.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("list load interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("list load failed", e.getCause());
        }
    }
}
