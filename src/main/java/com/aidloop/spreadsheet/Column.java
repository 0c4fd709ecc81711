package com.aidloop.spreadsheet;

import java.util.List;

/**
 * A column of a written workbook: its header, how its values are stored, its width in
 * characters (a Chinese character counts two, as in Excel) and, for dictionary columns, the
 * values a drop-down offers.
 */
public record Column(String header, ColumnKind kind, int width, List<String> choices) {

    public Column {
        if (header == null || header.isBlank() || kind == null) {
            throw new IllegalArgumentException("a column needs a header and a kind");
        }
        choices = choices == null ? List.of() : List.copyOf(choices);
        width = width > 0 ? width : defaultWidth(header, kind);
    }

    public static Column text(String header) {
        return new Column(header, ColumnKind.TEXT, 0, List.of());
    }

    public static Column money(String header) {
        return new Column(header, ColumnKind.MONEY, 0, List.of());
    }

    public static Column integer(String header) {
        return new Column(header, ColumnKind.INTEGER, 0, List.of());
    }

    public static Column date(String header) {
        return new Column(header, ColumnKind.DATE, 0, List.of());
    }

    public Column withWidth(int characters) {
        return new Column(header, kind, characters, choices);
    }

    /** A drop-down of allowed values, for templates people fill in. */
    public Column withChoices(List<String> values) {
        return new Column(header, kind, width, values);
    }

    /** How wide text shows in Excel, counting CJK and other wide characters as two. */
    public static int displayWidth(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += text.charAt(i) > 0x2E7F ? 2 : 1;
        }
        return width;
    }

    private static int defaultWidth(String header, ColumnKind kind) {
        int least =
                switch (kind) {
                    case TEXT -> 12;
                    case MONEY -> 14;
                    case INTEGER -> 8;
                    case DATE -> 12;
                };
        return Math.min(Math.max(least, displayWidth(header) + 2), 60);
    }
}
