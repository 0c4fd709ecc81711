package com.aidloop.shared;

/**
 * Normalises what people type or paste: full-width characters, stray and inner spaces. Written
 * as plain loops: an import of a million rows calls these a few dozen times per row.
 */
public final class Text {

    private Text() {}

    /** Full-width ASCII to half-width, ideographic space to space, then trimmed. */
    public static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        int first = firstToMap(raw);
        if (first < 0) {
            return raw.strip();
        }
        StringBuilder out = new StringBuilder(raw.length());
        out.append(raw, 0, first);
        for (int i = first; i < raw.length(); i++) {
            out.append(halfWidth(raw.charAt(i)));
        }
        return out.toString().strip();
    }

    /**
     * Like {@link #normalize} and also drops every whitespace, zero-width character and dash
     * inside: for numbers and codes written as "138-0013-8000" or "4306 2620 ...".
     */
    public static String compact(String raw) {
        String normalized = normalize(raw);
        int first = -1;
        for (int i = 0; i < normalized.length(); i++) {
            if (dropped(normalized.charAt(i))) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return normalized;
        }
        StringBuilder out = new StringBuilder(normalized.length());
        out.append(normalized, 0, first);
        for (int i = first + 1; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (!dropped(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int firstToMap(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\u3000' || c == '\u00a0' || (c >= '\uff01' && c <= '\uff5e')) {
                return i;
            }
        }
        return -1;
    }

    private static char halfWidth(char c) {
        if (c == '\u3000' || c == '\u00a0') {
            return ' ';
        }
        return c >= '\uff01' && c <= '\uff5e' ? (char) (c - 0xfee0) : c;
    }

    /** What compact drops: the regex class [\s\u200b\ufeff\u2010-\u2015\u2212-]. */
    private static boolean dropped(char c) {
        return c == ' '
                || c == '\t'
                || c == '\n'
                || c == '\u000B'
                || c == '\f'
                || c == '\r'
                || c == '-'
                || c == '\u200b'
                || c == '\ufeff'
                || (c >= '\u2010' && c <= '\u2015')
                || c == '\u2212';
    }
}
