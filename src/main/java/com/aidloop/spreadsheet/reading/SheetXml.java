package com.aidloop.spreadsheet.reading;

import com.aidloop.spreadsheet.ReadLimits;
import com.aidloop.spreadsheet.SheetRow;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/** Streams the rows of one worksheet part, turning each cell into the text it shows. */
final class SheetXml implements AutoCloseable {

    /** Cell types (the t attribute). */
    private static final int NUMBER = 0;

    private static final int SHARED = 1;
    private static final int INLINE = 2;
    private static final int FORMULA_TEXT = 3;
    private static final int BOOLEAN = 4;
    private static final int DATE = 5;
    private static final int OTHER = 6;

    private final XmlScanner xml;
    private final SharedStrings strings;
    private final CellStyles styles;
    private final NumberDisplay numbers;
    private final RowCells cells;
    private int previousRow;
    private int nextColumn;
    private boolean ended;

    SheetXml(
            InputStream part,
            SharedStrings strings,
            CellStyles styles,
            NumberDisplay numbers,
            ReadLimits limits,
            String fileName)
            throws IOException {
        this.xml = new XmlScanner(part, fileName, limits.maxCellChars());
        this.strings = strings;
        this.styles = styles;
        this.numbers = numbers;
        this.cells = new RowCells(limits);
    }

    /** The next non-blank row, or null after the last one. */
    SheetRow nextRow() throws IOException {
        while (!ended) {
            int event = xml.next();
            if (event == XmlScanner.START) {
                if (xml.is("c")) {
                    cell();
                } else if (xml.is("row")) {
                    startRow();
                }
            } else if (event == XmlScanner.END) {
                if (xml.is("row")) {
                    SheetRow row = cells.finish();
                    if (row != null) {
                        return row;
                    }
                } else if (xml.is("sheetData")) {
                    ended = true;
                }
            } else if (event == XmlScanner.EOF) {
                ended = true;
            }
        }
        return null;
    }

    private void startRow() {
        String r = xml.attribute("r");
        int number = r == null ? previousRow + 1 : parsePositive(r, previousRow + 1);
        previousRow = number;
        cells.start(number);
        nextColumn = 0;
    }

    private void cell() throws IOException {
        XmlAttributes attributes = xml.attributes();
        int column = nextColumn;
        int type = NUMBER;
        int style = 0;
        for (int i = 0, n = attributes.count(); i < n; i++) {
            switch (attributes.name(i)) {
                case "r" -> column = attributes.column(i);
                case "t" -> type = type(attributes, i);
                case "s" -> style = attributes.number(i, 0);
                default -> {}
            }
        }
        nextColumn = column + 1;
        String value = null;
        String inline = null;
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XmlScanner.START) {
                boolean isValue = xml.is("v");
                boolean isInline = xml.is("is");
                String text = xml.elementText(isInline);
                if (text == null) {
                    cells.checkLength(column, Integer.MAX_VALUE);
                }
                if (isValue) {
                    value = text;
                } else if (isInline) {
                    inline = XmlText.unescape(text);
                }
            } else if (event == XmlScanner.END) {
                depth--;
            } else if (event == XmlScanner.EOF) {
                throw new IOException("the sheet ends inside a cell");
            }
        }
        cells.put(column, display(type, style, value, inline));
    }

    /** The cell type of the t attribute, told without making a string of it. */
    private static int type(XmlAttributes attributes, int i) {
        if (attributes.valueIs(i, "s")) {
            return SHARED;
        }
        if (attributes.valueIs(i, "inlineStr")) {
            return INLINE;
        }
        if (attributes.valueIs(i, "n")) {
            return NUMBER;
        }
        if (attributes.valueIs(i, "str")) {
            return FORMULA_TEXT;
        }
        return attributes.valueIs(i, "b") ? BOOLEAN : attributes.valueIs(i, "d") ? DATE : OTHER;
    }

    private String display(int type, int style, String value, String inline) {
        if (type == NUMBER) {
            return value == null || value.isBlank() ? "" : number(value, style);
        }
        if (type == INLINE && inline != null) {
            return inline;
        }
        if (value == null) {
            return "";
        }
        return switch (type) {
            case SHARED -> strings.get(parsePositive(value.strip(), -1));
            case INLINE, FORMULA_TEXT -> XmlText.unescape(value);
            case BOOLEAN -> value.strip().equals("1") || value.strip().equalsIgnoreCase("true") ? "TRUE" : "FALSE";
            case DATE -> isoDate(value.strip());
            default -> value;
        };
    }

    private String number(String value, int style) {
        double number;
        try {
            number = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return value;
        }
        int formatId = styles.formatId(style);
        return numbers.display(number, formatId, styles.formatCode(formatId));
    }

    private static String isoDate(String value) {
        try {
            if (value.length() <= 10) {
                return LocalDate.parse(value).toString();
            }
            LocalDateTime at =
                    LocalDateTime.parse(value.endsWith("Z") ? value.substring(0, value.length() - 1) : value);
            return at.toLocalTime().toSecondOfDay() == 0 && at.getNano() == 0
                    ? at.toLocalDate().toString()
                    : at.toString().replace('T', ' ');
        } catch (DateTimeParseException e) {
            return value;
        }
    }

    private static int parsePositive(String text, int fallback) {
        int value = 0;
        if (text.isEmpty()) {
            return fallback;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9' || value > 100_000_000) {
                return fallback;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    @Override
    public void close() {
        // the part's stream is closed with the archive
    }
}
