package com.aidloop.shared;

import java.util.regex.Pattern;

/** Normalises what people type or paste: full-width characters, stray and inner spaces. */
public final class Text {

    private static final Pattern INSIDE_SPACES_AND_DASHES = Pattern.compile("[\\s\\u200b\\ufeff\\u2010-\\u2015\\u2212-]");

    private Text() {}

    /** Full-width ASCII to half-width, ideographic space to space, then trimmed. */
    public static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\u3000' || c == '\u00a0') {
                out.append(' ');
            } else if (c >= '\uff01' && c <= '\uff5e') {
                out.append((char) (c - 0xfee0));
            } else {
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    /**
     * Like {@link #normalize} and also drops every whitespace, zero-width character and dash
     * inside: for numbers and codes written as "138-0013-8000" or "4306 2620 ...".
     */
    public static String compact(String raw) {
        return INSIDE_SPACES_AND_DASHES.matcher(normalize(raw)).replaceAll("");
    }
}
