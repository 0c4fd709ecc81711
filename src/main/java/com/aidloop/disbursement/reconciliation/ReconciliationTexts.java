package com.aidloop.disbursement.reconciliation;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Reads the Chinese sentences of reconciliation and reissue outside Spring (line outcomes, refusals). */
public final class ReconciliationTexts {

    private static final String BUNDLE = "messages/disbursement";

    private ReconciliationTexts() {}

    /** Arguments are formatted as given: pass amounts and numbers as text, not as numbers. */
    public static String format(String code, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, Locale.ROOT).getString(code);
            return new MessageFormat(pattern, Locale.SIMPLIFIED_CHINESE).format(args);
        } catch (MissingResourceException e) {
            return code;
        }
    }
}
