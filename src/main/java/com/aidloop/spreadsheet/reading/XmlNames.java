package com.aidloop.spreadsheet.reading;

/** Element and attribute names as {@link XmlScanner} reads them: the worksheets' names without allocation. */
final class XmlNames {

    private XmlNames() {}

    /** The element and attribute names of worksheets, kept as constants to spare allocation. */
    private static final String[] COMMON = {
        "c",
        "v",
        "row",
        "r",
        "t",
        "s",
        "is",
        "f",
        "si",
        "rPh",
        "sheetData",
        "spans",
        "ht",
        "customHeight",
        "customFormat",
        "rPr",
        "x14ac:dyDescent",
        "dyDescent",
        "hidden",
        "outlineLevel",
        "collapsed",
        "mergeCell",
        "ref"
    };

    static boolean endsName(int c, boolean attribute) {
        return c == '=' || (!attribute && (c == '>' || c == '/')) || Character.isWhitespace(c);
    }

    /** {@link #intern(CharSequence)} of a range of the buffer, without copying a known name. */
    static String intern(char[] chars, int from, int to) {
        int length = to - from;
        if (length == 1) {
            String cellName =
                    switch (chars[from]) {
                        case 'c' -> "c";
                        case 'v' -> "v";
                        case 'r' -> "r";
                        case 's' -> "s";
                        case 't' -> "t";
                        default -> null;
                    };
            if (cellName != null) {
                return cellName;
            }
        }
        for (String known : COMMON) {
            if (same(known, chars, from, length)) {
                return known;
            }
        }
        return new String(chars, from, length);
    }

    private static boolean same(String known, char[] chars, int from, int length) {
        if (known.length() != length) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (known.charAt(k) != chars[from + k]) {
                return false;
            }
        }
        return true;
    }

    static String intern(CharSequence chars) {
        if (chars.length() == 1) {
            // the names of every cell, <c r="A2" s="1" t="s"><v>, without a search
            String cellName =
                    switch (chars.charAt(0)) {
                        case 'c' -> "c";
                        case 'v' -> "v";
                        case 'r' -> "r";
                        case 's' -> "s";
                        case 't' -> "t";
                        default -> null;
                    };
            if (cellName != null) {
                return cellName;
            }
        }
        for (String known : COMMON) {
            if (known.contentEquals(chars)) {
                return known;
            }
        }
        return chars.toString();
    }
}
