package com.aidloop.notification;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/** Reads this module's Chinese sentences outside Spring: message templates and refusal reasons. */
final class NotificationTexts {

    private static final String BUNDLE = "messages/notification";

    /** Parsed patterns by code; a payout of 50,000 notices formats the same one 50,000 times. */
    private static final Map<String, MessageFormat> PARSED = new ConcurrentHashMap<>();

    private NotificationTexts() {}

    /** Arguments are formatted as given: pass amounts and numbers as text, not as numbers. */
    static String format(String code, Object... args) {
        try {
            MessageFormat parsed = PARSED.computeIfAbsent(code, c -> new MessageFormat(
                    ResourceBundle.getBundle(BUNDLE, Locale.ROOT).getString(c), Locale.SIMPLIFIED_CHINESE));
            // a MessageFormat is not thread-safe: each call formats with its own copy
            return ((MessageFormat) parsed.clone()).format(args);
        } catch (MissingResourceException e) {
            return code;
        }
    }
}
