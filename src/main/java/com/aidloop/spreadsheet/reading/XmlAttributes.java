package com.aidloop.spreadsheet.reading;

import java.util.Arrays;

/**
 * The attributes of one start tag as {@link XmlScanner} read them, reused from tag to tag: a
 * worksheet has three on every cell, so values stay ranges of one array and become strings only
 * when asked for. At most 64 attributes are kept; a value is at most the scanner's text limit.
 */
final class XmlAttributes {

    private static final int MAX = 64;

    private final String[] names = new String[MAX];
    private final int[] start = new int[MAX];
    private final int[] length = new int[MAX];
    private char[] values = new char[256];
    private int used;
    private int count;

    void clear() {
        count = 0;
        used = 0;
    }

    void add(String name, StringBuilder value) {
        if (count == MAX) {
            return;
        }
        int n = value.length();
        if (used + n > values.length) {
            values = Arrays.copyOf(values, Math.max(values.length * 2, used + n));
        }
        value.getChars(0, n, values, used);
        names[count] = name;
        start[count] = used;
        length[count++] = n;
        used += n;
    }

    int count() {
        return count;
    }

    /** The local name of attribute i (an xmlns declaration keeps its prefix). */
    String name(int i) {
        return names[i];
    }

    String value(int i) {
        return new String(values, start[i], length[i]);
    }

    /** The value of the attribute of that local name, or null. */
    String get(String name) {
        for (int i = 0; i < count; i++) {
            if (names[i].equals(name)) {
                return value(i);
            }
        }
        return null;
    }

    /** Whether attribute i's value is exactly the given text, without making a string of it. */
    boolean valueIs(int i, String expected) {
        if (length[i] != expected.length()) {
            return false;
        }
        for (int k = 0; k < length[i]; k++) {
            if (values[start[i] + k] != expected.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Attribute i's value as a number of digits only; the fallback when empty, not digits or over 10^8. */
    int number(int i, int fallback) {
        if (length[i] == 0) {
            return fallback;
        }
        int value = 0;
        for (int k = start[i], end = k + length[i]; k < end; k++) {
            char c = values[k];
            if (c < '0' || c > '9' || value > 100_000_000) {
                return fallback;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** The 0-based column of attribute i read as a cell reference such as "AB12" (-1 without letters). */
    int column(int i) {
        int column = 0;
        for (int k = start[i], end = k + length[i]; k < end; k++) {
            char c = values[k];
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
}
