package com.aidloop.spreadsheet.reading;

import com.aidloop.spreadsheet.ReadLimits;
import com.aidloop.spreadsheet.SheetRow;
import com.aidloop.spreadsheet.SpreadsheetFormat;
import com.aidloop.spreadsheet.SpreadsheetRefused;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Rows of a comma- or tab-separated text file, quoted as RFC 4180 says: a field in double quotes
 * may hold separators, line breaks and doubled quotes. Line ends may be CRLF, LF or CR. Row
 * numbers count records, as a spreadsheet shows them when it opens the file.
 */
public final class CsvRows extends StreamedRows {

    private static final int SNIFF_CHARS = 16 * 1024;

    private final Reader in;
    private final char separator;
    private final String sheetName;
    private final RowCells cells;
    private final StringBuilder field = new StringBuilder();
    /** The reader's text in blocks: a character at a time from a BufferedReader takes its lock each time. */
    private final char[] buffer = new char[1 << 16];

    private int position;
    private int limit;
    private int recordNumber;
    private boolean ended;

    private CsvRows(Reader in, char separator, String sheetName, ReadLimits limits, String fileName) {
        super(limits, fileName);
        this.in = in;
        this.separator = separator;
        this.sheetName = sheetName;
        this.cells = new RowCells(limits);
    }

    public static CsvRows open(Path file, String fileName, ReadLimits limits) {
        Reader reader = null;
        try {
            TextEncoding encoding = TextEncoding.of(file);
            InputStream bytes = Files.newInputStream(file);
            bytes.skipNBytes(encoding.bomLength());
            reader = new BufferedReader(new InputStreamReader(bytes, encoding.charset()), 1 << 16);
            reader.mark(SNIFF_CHARS);
            char[] head = new char[SNIFF_CHARS];
            int n = Math.max(reader.read(head), 0);
            reader.reset();
            FileSniffer.refuseMarkup(new String(head, 0, n), fileName);
            return new CsvRows(reader, separator(head, n), baseName(fileName), limits, fileName);
        } catch (IOException | RuntimeException e) {
            closeQuietly(reader);
            throw e instanceof SpreadsheetRefused refused
                    ? refused
                    : new SpreadsheetRefused("spreadsheet.corrupt", fileName).withCause(e);
        }
    }

    /** Tab when the first lines hold more tabs than commas outside quotes, otherwise comma. */
    static char separator(char[] head, int length) {
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < length; i++) {
            char c = head[i];
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == '\t') {
                tabs++;
            }
        }
        return tabs > commas ? '\t' : ',';
    }

    private static String baseName(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll("^.*[/\\\\]", "");
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    @Override
    protected SheetRow readRow() throws IOException {
        while (!ended) {
            recordNumber++;
            cells.start(recordNumber);
            readRecord();
            SheetRow row = cells.finish();
            if (row != null) {
                return row;
            }
        }
        return null;
    }

    /** Reads one record up to its line end (or the end of the file) into {@link #cells}. */
    private void readRecord() throws IOException {
        int column = 0;
        field.setLength(0);
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            int c = read();
            if (c < 0) {
                ended = true;
                put(column);
                return;
            }
            if (quoted) {
                if (c == '"') {
                    if (peek() == '"') {
                        position++;
                        append('"', column);
                    } else {
                        quoted = false;
                    }
                } else {
                    append((char) c, column);
                }
            } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == separator) {
                put(column++);
                wasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && peek() == '\n') {
                    position++;
                }
                put(column);
                return;
            } else {
                append((char) c, column);
            }
        }
    }

    /** The next character, or -1 at the end of the text. */
    private int read() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++];
    }

    /** The next character without taking it, or -1 at the end of the text. */
    private int peek() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position];
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        position = 0;
        limit = Math.max(n, 0);
        return n > 0;
    }

    private void append(char c, int column) {
        field.append(c);
        if (field.length() > limits.maxCellChars()) {
            cells.checkLength(column, field.length());
        }
    }

    private void put(int column) {
        cells.put(column, field.toString());
        field.setLength(0);
    }

    @Override
    protected List<CellRange> mergedRegions() {
        return List.of();
    }

    @Override
    public SpreadsheetFormat format() {
        return SpreadsheetFormat.CSV;
    }

    @Override
    public String sheetName() {
        return sheetName;
    }

    @Override
    public void close() {
        closeQuietly(in);
    }

    private static void closeQuietly(Reader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException ignored) {
                // read-only
            }
        }
    }
}
