package com.aidloop.notification;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Reads this module's Chinese sentences outside Spring: message templates and refusal reasons. */
final class NotificationTexts {

    private static final String BUNDLE = "messages/notification";

    private NotificationTexts() {}

    /** Arguments are formatted as given: pass amounts and numbers as text, not as numbers. */
    static String format(String code, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, Locale.ROOT).getString(code);
            return new MessageFormat(pattern, Locale.SIMPLIFIED_CHINESE).format(args);
        } catch (MissingResourceException e) {
            return code;
        }
    }
}
