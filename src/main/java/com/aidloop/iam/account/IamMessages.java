package com.aidloop.iam.account;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Reads the module's Chinese text outside Spring, for rules and domain objects. Web code reads
 * the same bundle through Spring's MessageSource.
 */
public final class IamMessages {

    private static final String BUNDLE = "messages/iam";

    private IamMessages() {}

    public static String format(String code, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, Locale.ROOT).getString(code);
            return new MessageFormat(pattern, Locale.SIMPLIFIED_CHINESE).format(args);
        } catch (MissingResourceException e) {
            return code;
        }
    }
}
