package com.aidloop.shared;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one reader of user-facing Chinese text: every module's bundle under {@code messages/}, a code
 * looked up in the order of {@link #BUNDLES}. Domain code calls it directly; Spring's
 * MessageSource (pages, {@code #{...}} in templates) is built on it, so both read the same words.
 */
public final class Messages {

    /** The bundles, in the order a code is looked up. */
    public static final List<String> BUNDLES = List.of(
            "messages/shared",
            "messages/region",
            "messages/iam",
            "messages/audit",
            "messages/school",
            "messages/registry",
            "messages/spreadsheet",
            "messages/programme",
            "messages/notification",
            "messages/roster",
            "messages/award",
            "messages/disbursement",
            "messages/funding",
            "messages/settlement",
            "messages/calendar",
            "messages/identification",
            "messages/comparison");

    /** Parsed patterns by code; a payout of 50,000 notices formats the same one 50,000 times. */
    private static final Map<String, MessageFormat> PARSED = new ConcurrentHashMap<>();

    private Messages() {}

    /** The sentence for a code with its arguments, or the code itself when no bundle has it. */
    public static String format(String code, Object... args) {
        MessageFormat parsed = PARSED.get(code);
        if (parsed == null) {
            Optional<String> pattern = pattern(code);
            if (pattern.isEmpty()) {
                return code;
            }
            parsed = PARSED.computeIfAbsent(code, c -> new MessageFormat(pattern.get(), Locale.SIMPLIFIED_CHINESE));
        }
        // a MessageFormat is not thread-safe: each call formats with its own copy
        return ((MessageFormat) parsed.clone()).format(plain(args == null ? new Object[0] : args));
    }

    /** The unformatted pattern of a code, from the first bundle that has it. */
    public static Optional<String> pattern(String code) {
        for (String bundle : BUNDLES) {
            try {
                return Optional.of(ResourceBundle.getBundle(bundle, Locale.ROOT).getString(code));
            } catch (MissingResourceException e) {
                // not in this bundle: try the next
            }
        }
        return Optional.empty();
    }

    /**
     * Whole numbers as typed (MessageFormat would print a year 2026 as "2,026"), and money as pages
     * show it ("1,750.00"), whoever formats the sentence.
     */
    public static Object[] plain(Object[] args) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof Integer || out[i] instanceof Long || out[i] instanceof Short) {
                out[i] = out[i].toString();
            } else if (out[i] instanceof Money money) {
                out[i] = money.display();
            }
        }
        return out;
    }
}
