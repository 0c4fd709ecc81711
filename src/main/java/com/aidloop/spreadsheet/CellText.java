package com.aidloop.spreadsheet;

/**
 * The one rule that keeps written text from running as a formula in Excel, WPS or LibreOffice
 * (CSV injection): text whose first character is {@code = + - @}, a tab, a carriage return or a
 * line feed gets a single quote {@code '} in front, and is written as text. Numbers written as
 * number cells (amounts, counts) are not text and are never changed.
 */
public final class CellText {

    private CellText() {}

    public static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return startsDangerously(text) ? "'" + text : text;
    }

    public static boolean startsDangerously(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '='
                || first == '+'
                || first == '-'
                || first == '@'
                || first == '\t'
                || first == '\r'
                || first == '\n';
    }
}
