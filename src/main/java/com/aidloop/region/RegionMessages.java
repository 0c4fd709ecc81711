package com.aidloop.region;

import com.aidloop.shared.Messages;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Reads this module's Chinese text outside Spring, falling back to the shared bundle. */
final class RegionMessages {

    private static final String BUNDLE = "messages/region";

    private RegionMessages() {}

    static String format(String code, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, Locale.ROOT).getString(code);
            return new MessageFormat(pattern, Locale.SIMPLIFIED_CHINESE).format(args);
        } catch (MissingResourceException e) {
            return Messages.format(code, args);
        }
    }
}
