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
        String ref = null;
        String type = null;
        int style = 0;
        for (int i = 0, n = xml.attributeCount(); i < n; i++) {
            switch (xml.attributeName(i)) {
                case "r" -> ref = xml.attributeValue(i);
                case "t" -> type = xml.attributeValue(i);
                case "s" -> style = parsePositive(xml.attributeValue(i), 0);
                default -> {}
            }
        }
        int column = ref == null ? nextColumn : column(ref);
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

    private String display(String type, int style, String value, String inline) {
        if (type == null || type.equals("n")) {
            return value == null || value.isBlank() ? "" : number(value, style);
        }
        return switch (type) {
            case "s" -> value == null ? "" : strings.get(parsePositive(value.strip(), -1));
            case "inlineStr" -> inline != null ? inline : value == null ? "" : XmlText.unescape(value);
            case "str" -> value == null ? "" : XmlText.unescape(value);
            case "b" ->
                value == null
                        ? ""
                        : value.strip().equals("1") || value.strip().equalsIgnoreCase("true") ? "TRUE" : "FALSE";
            case "d" -> value == null ? "" : isoDate(value.strip());
            default -> value == null ? "" : value;
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

    /** The 0-based column of a reference such as "AB12". */
    private static int column(String ref) {
        int column = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                column = column * 26 + (c - 'a' + 1);
            } else {
                break;
            }
            if (column > 100_000) {
                break;
            }
        }
        return column - 1;
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
