package com.aidloop.spreadsheet;

import com.aidloop.shared.Money;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.CharsetEncoder;
import java.util.List;

/**
 * Writes comma-separated text as Excel and banks expect it: CRLF line ends, RFC 4180 quoting
 * (a field with a comma, quote, line break or edge space is quoted, quotes doubled), text made
 * safe by {@link CellText}, amounts as plain decimals. In GBK, a character GBK cannot hold is
 * refused rather than written as "?".
 */
public final class CsvWriter implements AutoCloseable {

    private final Writer out;
    private final CsvEncoding encoding;
    private final CharsetEncoder encoder;
    private long rowNumber;

    private CsvWriter(OutputStream out, CsvEncoding encoding) throws IOException {
        this.encoding = encoding;
        this.encoder = encoding.charset().newEncoder();
        if (encoding == CsvEncoding.UTF8_WITH_BOM) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        this.out = new BufferedWriter(new OutputStreamWriter(out, encoding.charset()), 1 << 16);
    }

    public static CsvWriter open(OutputStream out, CsvEncoding encoding) {
        try {
            return new CsvWriter(out, encoding);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one record, whole or not at all; null values are empty fields. */
    public void writeRow(List<?> values) {
        rowNumber++;
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(field(values.get(i), i));
        }
        try {
            out.append(line).append("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String field(Object value, int column) {
        String text =
                switch (value) {
                    case null -> "";
                    case Money money -> money.yuan().toPlainString();
                    case BigDecimal decimal -> decimal.toPlainString();
                    case Number number -> number.toString();
                    default -> CellText.safe(value.toString());
                };
        if (!encoder.canEncode(text)) {
            throw new SpreadsheetRefused(
                    "spreadsheet.csvUnmappable",
                    rowNumber,
                    column + 1,
                    encoding.charset().name(),
                    firstUnmappable(text));
        }
        return needsQuotes(text) ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private String firstUnmappable(String text) {
        return text.codePoints()
                .mapToObj(Character::toString)
                .filter(c -> !encoder.canEncode(c))
                .findFirst()
                .orElse("?");
    }

    private static boolean needsQuotes(String text) {
        if (text.isEmpty()) {
            return false;
        }
        return text.indexOf(',') >= 0
                || text.indexOf('"') >= 0
                || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0
                || Character.isWhitespace(text.charAt(0))
                || Character.isWhitespace(text.charAt(text.length() - 1));
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
