package com.aidloop.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How personal data shows in lists, exports and logs. The rules are fixed by tests:
 * ID numbers keep the first 6 and last 4 characters, phones the first 3 and last 4, bank cards
 * only the last 4. Anything too short to mask safely is masked whole.
 */
public final class Masking {

    /**
     * In free text: an 18-character ID number, a 16–19-digit card number or an 11-digit mobile,
     * standing alone (not part of a longer run of digits).
     */
    private static final Pattern IN_TEXT =
            Pattern.compile("(?<![0-9])(?:([0-9]{17}[0-9Xx])|([0-9]{16,19})|(1[3-9][0-9]{9}))(?![0-9])");

    private static final int SHORTEST_MASKED_RUN = 11;

    private Masking() {}

    public static String idNumber(String id) {
        return keep(id, 6, 4);
    }

    public static String phone(String phone) {
        return keep(phone, 3, 4);
    }

    public static String bankCard(String card) {
        return keep(card, 0, 4);
    }

    /**
     * A person's name where a list must not show it whole (a round's preview, a notice): the
     * surname and, for three characters or more, the last character stay (李*明, 张*, 司*光).
     */
    public static String personName(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String s = name.strip();
        int n = s.codePointCount(0, s.length());
        if (n <= 1) {
            return "*";
        }
        String first = s.substring(0, s.offsetByCodePoints(0, 1));
        if (n == 2) {
            return first + "*";
        }
        String last = s.substring(s.offsetByCodePoints(0, n - 1));
        return first + "*".repeat(n - 2) + last;
    }

    /** Income, health and other values that lists never show at all. */
    public static String hidden(String value) {
        return value == null || value.isEmpty() ? "" : "******";
    }

    /**
     * Masks every ID number, card number and mobile found in a text such as a log line, each by
     * its own rule. Shorter numbers (ports, counts, durations, dates) pass unchanged.
     */
    public static String withinText(String text) {
        if (text == null || !hasDigitRun(text, SHORTEST_MASKED_RUN)) {
            return text;
        }
        Matcher m = IN_TEXT.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String masked = m.group(1) != null
                    ? idNumber(m.group(1))
                    : m.group(2) != null ? bankCard(m.group(2)) : phone(m.group(3));
            m.appendReplacement(out, Matcher.quoteReplacement(masked));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static boolean hasDigitRun(String text, int length) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            if (run >= length) {
                return true;
            }
        }
        return false;
    }

    private static String keep(String value, int head, int tail) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String s = value.strip();
        if (s.length() <= head + tail + 2) {
            return "*".repeat(s.length());
        }
        return s.substring(0, head) + "*".repeat(s.length() - head - tail) + s.substring(s.length() - tail);
    }
}
