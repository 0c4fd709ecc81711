package com.aidloop.spreadsheet.writing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * XML written as UTF-8 bytes into a buffer that is handed on in large blocks: markup as given,
 * element text escaped. Characters XML 1.0 cannot hold (control characters other than tab and
 * line breaks, lone surrogates, U+FFFE/U+FFFF) become "?", as POI writes them; an underscore that
 * would read as an Excel escape ({@code _x0041_}) is itself escaped, so the text reads back as
 * written.
 */
final class XmlBytes {

    private static final int SIZE = 1 << 16;
    private static final byte[] DIGITS = "0123456789".getBytes();

    private final OutputStream out;
    private final byte[] buffer = new byte[SIZE];
    private int used;

    XmlBytes(OutputStream out) {
        this.out = out;
    }

    /** Markup or any text known to need no escaping (ASCII names, numbers). */
    XmlBytes markup(String ascii) {
        int n = ascii.length();
        if (used + n > SIZE) {
            flush();
            if (n > SIZE) {
                for (int i = 0; i < n; i++) {
                    one(ascii.charAt(i));
                }
                return this;
            }
        }
        for (int i = 0; i < n; i++) {
            buffer[used++] = (byte) ascii.charAt(i);
        }
        return this;
    }

    /** A whole number in decimal. */
    XmlBytes number(long value) {
        if (used + 20 > SIZE) {
            flush();
        }
        if (value < 0) {
            buffer[used++] = '-';
            if (value == Long.MIN_VALUE) {
                return markup("9223372036854775808");
            }
            value = -value;
        }
        int digits = 1;
        for (long rest = value / 10; rest > 0; rest /= 10) {
            digits++;
        }
        for (int i = used + digits - 1; i >= used; i--) {
            buffer[i] = DIGITS[(int) (value % 10)];
            value /= 10;
        }
        used += digits;
        return this;
    }

    /** Text inside an element or an attribute value, escaped. */
    XmlBytes text(CharSequence text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (used + 12 > SIZE) {
                flush();
            }
            if (c < 0x80) {
                ascii(c, text, i);
            } else if (c < 0x800) {
                buffer[used++] = (byte) (0xC0 | c >> 6);
                buffer[used++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                int code = Character.toCodePoint(c, text.charAt(++i));
                buffer[used++] = (byte) (0xF0 | code >> 18);
                buffer[used++] = (byte) (0x80 | code >> 12 & 0x3F);
                buffer[used++] = (byte) (0x80 | code >> 6 & 0x3F);
                buffer[used++] = (byte) (0x80 | code & 0x3F);
            } else if (Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                buffer[used++] = '?';
            } else {
                buffer[used++] = (byte) (0xE0 | c >> 12);
                buffer[used++] = (byte) (0x80 | c >> 6 & 0x3F);
                buffer[used++] = (byte) (0x80 | c & 0x3F);
            }
        }
        return this;
    }

    /** Hands what is buffered to the stream. */
    void flush() {
        try {
            out.write(buffer, 0, used);
            used = 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void ascii(char c, CharSequence text, int at) {
        switch (c) {
            case '<' -> escape("&lt;");
            case '>' -> escape("&gt;");
            case '&' -> escape("&amp;");
            case '"' -> escape("&quot;");
            case '\t' -> escape("&#9;");
            case '\n' -> escape("&#10;");
            case '\r' -> escape("&#13;");
            case '_' -> {
                if (looksLikeExcelEscape(text, at)) {
                    escape("_x005F");
                }
                buffer[used++] = '_';
            }
            default -> buffer[used++] = c < 0x20 ? (byte) '?' : (byte) c;
        }
    }

    private void escape(String entity) {
        for (int i = 0; i < entity.length(); i++) {
            buffer[used++] = (byte) entity.charAt(i);
        }
    }

    private void one(char c) {
        if (used == SIZE) {
            flush();
        }
        buffer[used++] = (byte) c;
    }

    /** "_xHHHH_", which Excel and POI read as the character HHHH. */
    private static boolean looksLikeExcelEscape(CharSequence text, int at) {
        if (at + 6 >= text.length()
                || (text.charAt(at + 1) != 'x' && text.charAt(at + 1) != 'X')
                || text.charAt(at + 6) != '_') {
            return false;
        }
        for (int i = at + 2; i < at + 6; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
