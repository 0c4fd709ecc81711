package com.aidloop.spreadsheet.reading;

import com.aidloop.spreadsheet.Header;
import com.aidloop.spreadsheet.ReadLimits;
import com.aidloop.spreadsheet.RowSource;
import com.aidloop.spreadsheet.SheetRow;
import com.aidloop.spreadsheet.SpreadsheetRefused;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What every format shares: skipping blank rows, counting rows against the limit, a look-ahead
 * buffer for finding the header, and refusing a file whose reading fails half-way.
 */
public abstract class StreamedRows implements RowSource {

    protected final ReadLimits limits;
    protected final String fileName;
    private final ArrayDeque<SheetRow> lookahead = new ArrayDeque<>();
    private int rowsRead;
    private boolean started;
    private boolean exhausted;
    /** Title and header rows do not count against the row limit. */
    private boolean searchingHeader;

    protected StreamedRows(ReadLimits limits, String fileName) {
        this.limits = limits;
        this.fileName = fileName;
    }

    /** The next row of the sheet, blank or not, or null at its end. */
    protected abstract SheetRow readRow() throws IOException;

    /** Merged cells of the sheet, as far as they are known before the rows are read. */
    protected abstract List<CellRange> mergedRegions();

    @Override
    public final Optional<SheetRow> next() {
        started = true;
        if (!lookahead.isEmpty()) {
            return Optional.of(lookahead.poll());
        }
        return Optional.ofNullable(pull());
    }

    @Override
    public final Header findHeader(Set<String> expectedHeaders) {
        if (started) {
            throw new IllegalStateException("findHeader must come before the first row is read");
        }
        started = true;
        searchingHeader = true;
        while (lookahead.size() < limits.headerSearchRows()) {
            SheetRow row = pull();
            if (row == null) {
                break;
            }
            lookahead.add(row);
        }
        Header header = HeaderLocator.locate(List.copyOf(lookahead), expectedHeaders, limits.headerSearchRows());
        HeaderLocator.refuseMergedCells(header.rowNumber(), mergedRegions());
        while (!lookahead.isEmpty() && lookahead.peek().rowNumber() <= header.rowNumber()) {
            lookahead.poll();
            rowsRead--;
        }
        searchingHeader = false;
        if (rowsRead > limits.maxRows()) {
            throw new SpreadsheetRefused("spreadsheet.tooManyRows", limits.maxRows());
        }
        return header;
    }

    private SheetRow pull() {
        if (exhausted) {
            return null;
        }
        try {
            SheetRow row;
            do {
                row = readRow();
            } while (row != null && row.isBlank());
            if (row == null) {
                exhausted = true;
                return null;
            }
            if (++rowsRead > limits.maxRows() + (searchingHeader ? limits.headerSearchRows() : 0)) {
                throw new SpreadsheetRefused("spreadsheet.tooManyRows", limits.maxRows());
            }
            return row;
        } catch (IOException e) {
            throw new SpreadsheetRefused("spreadsheet.corrupt", fileName).withCause(e);
        } catch (UncheckedIOException e) {
            throw new SpreadsheetRefused("spreadsheet.corrupt", fileName).withCause(e.getCause());
        }
    }
}
