package com.aidloop.shared;

/**
 * How personal data shows in lists, exports and logs. The rules are fixed by tests:
 * ID numbers keep the first 6 and last 4 characters, phones the first 3 and last 4, bank cards
 * only the last 4. Anything too short to mask safely is masked whole.
 */
public final class Masking {

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

    /** Income, health and other values that lists never show at all. */
    public static String hidden(String value) {
        return value == null || value.isEmpty() ? "" : "******";
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
