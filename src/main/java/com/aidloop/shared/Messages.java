package com.aidloop.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Reads user-facing Chinese text outside Spring (domain objects, import reports). Web code uses
 * Spring's MessageSource, which reads the same bundles.
 */
public final class Messages {

    private static final String BUNDLE = "messages/shared";

    private Messages() {}

    public static String format(String code, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, Locale.ROOT).getString(code);
            return new MessageFormat(pattern, Locale.SIMPLIFIED_CHINESE).format(plain(args));
        } catch (MissingResourceException e) {
            return code;
        }
    }

    /** Whole numbers as typed: MessageFormat would print a year 2026 as "2,026". */
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
