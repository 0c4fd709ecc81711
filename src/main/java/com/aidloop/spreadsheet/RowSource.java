package com.aidloop.spreadsheet;

import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The rows of one sheet, read one at a time from an opened file. Blank rows are skipped; row
 * numbers stay those of the file. Close it (try-with-resources) to release the file and remove
 * the temporary files the reader made. Any method may throw {@link SpreadsheetRefused} when the
 * file turns out to be broken or over a limit further down; nothing read before that should be
 * kept.
 */
public interface RowSource extends AutoCloseable {

    SpreadsheetFormat format();

    /** The name of the sheet being read; the file name without extension for CSV. */
    String sheetName();

    /**
     * Finds the header row among the first rows (title lines above it are allowed) as the row
     * holding most of the expected headers, compared after {@link Header#normalize}. Rows up to
     * and including the header are consumed: {@link #next()} then gives the first data row.
     * Call it before reading any row, at most once.
     *
     * @throws SpreadsheetRefused when no row holds any expected header, when an expected header
     *     appears twice, or when merged cells overlap the header row
     */
    Header findHeader(Set<String> expectedHeaders);

    /** The next non-blank row, or empty at the end of the sheet. */
    Optional<SheetRow> next();

    /** The remaining rows as a sequential stream; closing the stream does not close the source. */
    default Stream<SheetRow> rows() {
        Spliterator<SheetRow> rows =
                new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
                    @Override
                    public boolean tryAdvance(java.util.function.Consumer<? super SheetRow> action) {
                        Optional<SheetRow> row = next();
                        row.ifPresent(action);
                        return row.isPresent();
                    }
                };
        return StreamSupport.stream(rows, false);
    }

    /** Releases the file and deletes temporary files; safe to call twice. */
    @Override
    void close();
}
