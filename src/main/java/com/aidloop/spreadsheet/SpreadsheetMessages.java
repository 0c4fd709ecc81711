package com.aidloop.spreadsheet;

import com.aidloop.shared.Messages;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Reads this module's Chinese text outside Spring, falling back to the shared bundle. */
final class SpreadsheetMessages {

    private static final String BUNDLE = "messages/spreadsheet";

    private SpreadsheetMessages() {}

    static String format(String code, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, Locale.ROOT).getString(code);
            return new MessageFormat(pattern, Locale.SIMPLIFIED_CHINESE).format(plain(args));
        } catch (MissingResourceException e) {
            return Messages.format(code, args);
        }
    }

    /** Row numbers and limits as written: MessageFormat would print 1000000 as "1,000,000". */
    private static Object[] plain(Object[] args) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof Integer || out[i] instanceof Long) {
                out[i] = out[i].toString();
            }
        }
        return out;
    }
}
