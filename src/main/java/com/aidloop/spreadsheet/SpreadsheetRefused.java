package com.aidloop.spreadsheet;

import com.aidloop.shared.InvalidValue;

/**
 * A file cannot be read as a roster: not a spreadsheet, broken, hostile, over a limit or without
 * a usable header. Carries a message code from {@code messages/spreadsheet} and its arguments;
 * its localized message is the Chinese sentence to show the person who uploaded the file.
 */
public class SpreadsheetRefused extends InvalidValue {

    public SpreadsheetRefused(String code, Object... args) {
        super(code, args);
    }

    public SpreadsheetRefused withCause(Throwable cause) {
        initCause(cause);
        return this;
    }

    @Override
    public String toString() {
        return "SpreadsheetRefused[" + code() + "]";
    }
}
