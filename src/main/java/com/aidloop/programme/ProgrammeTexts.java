package com.aidloop.programme;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Reads this module's Chinese sentences outside Spring, for check results in import reports. */
final class ProgrammeTexts {

    private static final String BUNDLE = "messages/programme";

    private ProgrammeTexts() {}

    static String format(String code, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, Locale.ROOT).getString(code);
            return new MessageFormat(pattern, Locale.SIMPLIFIED_CHINESE).format(args);
        } catch (MissingResourceException e) {
            return code;
        }
    }
}
