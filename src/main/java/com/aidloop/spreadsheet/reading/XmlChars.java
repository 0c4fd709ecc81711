package com.aidloop.spreadsheet.reading;

import com.aidloop.spreadsheet.SpreadsheetRefused;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * The character level of {@link XmlScanner}: a part's bytes decoded (UTF-8, or UTF-16 when it
 * starts with a byte order mark) into a buffer the scanner reads runs from directly, the
 * predefined and numeric character references, and the two refusals of a part (corrupt, or
 * forbidden markup such as another entity).
 */
abstract class XmlChars {

    private final Reader in;
    private final String fileName;
    final char[] buffer = new char[1 << 16];
    int position;
    int limit;

    XmlChars(InputStream part, String fileName) throws IOException {
        PushbackInputStream bytes = new PushbackInputStream(part, 2);
        byte[] head = bytes.readNBytes(2);
        bytes.unread(head);
        boolean utf16 = head.length == 2
                && ((head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF
                        || (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE);
        this.in = new InputStreamReader(bytes, utf16 ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8);
        this.fileName = fileName;
    }

    /** After "&": the character a predefined or numeric reference stands for; any other entity is refused. */
    final int reference() throws IOException {
        StringBuilder ref = new StringBuilder(8);
        int c;
        while ((c = read()) != ';') {
            if (c < 0 || ref.length() > 10) {
                throw forbidden();
            }
            ref.append((char) c);
        }
        String entity = ref.toString();
        switch (entity) {
            case "lt" -> {
                return '<';
            }
            case "gt" -> {
                return '>';
            }
            case "amp" -> {
                return '&';
            }
            case "quot" -> {
                return '"';
            }
            case "apos" -> {
                return '\'';
            }
            default -> {
                try {
                    if (entity.startsWith("#x")) {
                        return Integer.parseInt(entity.substring(2), 16);
                    }
                    if (entity.startsWith("#")) {
                        return Integer.parseInt(entity.substring(1));
                    }
                } catch (NumberFormatException e) {
                    throw broken();
                }
                throw forbidden();
            }
        }
    }

    final int skipSpaces() throws IOException {
        int c;
        do {
            c = read();
        } while (c == ' ' || c == '\n' || c == '\r' || c == '\t');
        if (c < 0) {
            throw broken();
        }
        return c;
    }

    final void skipTo(char end) throws IOException {
        int c;
        while ((c = read()) != end) {
            if (c < 0) {
                throw broken();
            }
        }
    }

    final void skipPast(String end) throws IOException {
        int matched = 0;
        while (matched < end.length()) {
            int c = read();
            if (c < 0) {
                throw broken();
            }
            matched = c == end.charAt(matched) ? matched + 1 : (c == end.charAt(0) ? 1 : 0);
        }
    }

    final int read() throws IOException {
        if (position == limit) {
            limit = in.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buffer[position++];
    }

    final SpreadsheetRefused broken() {
        return new SpreadsheetRefused("spreadsheet.corrupt", fileName);
    }

    final SpreadsheetRefused forbidden() {
        return new SpreadsheetRefused("spreadsheet.forbiddenXml", fileName);
    }
}
