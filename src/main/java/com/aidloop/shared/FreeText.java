package com.aidloop.shared;

/**
 * What people write in their own words: notes, reasons, remarks, sources. Every such field has a
 * limit, refused with a sentence naming the field rather than cut, so that nobody loses what they
 * meant to say; the database bounds the same columns as the last line (migration V38).
 */
public final class FreeText {

    /** A note or reason about one case, e.g. why an exception was dismissed or a line removed. */
    public static final int NOTE_MAX = 500;

    private FreeText() {}

    /**
     * The stripped text, "" for none.
     *
     * @param field the field's name as the request and the form call it
     * @throws InvalidInput naming the field when the text is longer than {@code max}
     */
    public static String limited(String field, String raw, int max) {
        String text = raw == null ? "" : raw.strip();
        if (text.length() > max) {
            throw InvalidInput.of(field, "text.tooLong", max, text.length());
        }
        return text;
    }

    /**
     * Text that arrives in a file a machine wrote (a bank's failure reason): kept, but cut to
     * {@code max} characters with an ellipsis, since nobody can retype it.
     */
    public static String clipped(String raw, int max) {
        if (raw == null || raw.length() <= max) {
            return raw;
        }
        return raw.substring(0, max - 1) + "…";
    }
}
