package com.aidloop.spreadsheet.reading;

import java.io.IOException;
import java.io.InputStream;

/**
 * A small pull parser for the two big parts of an .xlsx, the worksheet and the shared strings,
 * several times faster than the JDK's StAX on them. It reads elements, attributes, text and
 * CDATA on the characters and references of {@link XmlChars}; it refuses any DOCTYPE, so no DTD,
 * external entity or entity expansion is ever processed. Text longer than the given limit is cut
 * and flagged, so a hostile text node cannot fill the heap.
 */
final class XmlScanner extends XmlChars {

    static final int START = 1;
    static final int END = 2;
    static final int TEXT = 3;
    static final int EOF = -1;

    private final int maxText;

    private final StringBuilder name = new StringBuilder();
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder out = new StringBuilder();
    private final XmlAttributes attributes = new XmlAttributes();
    private boolean pendingEnd;
    private boolean textCut;
    private String localName = "";

    XmlScanner(InputStream part, String fileName, int maxText) throws IOException {
        super(part, fileName);
        this.maxText = maxText;
    }

    /** The next event: START (attributes ready), END, TEXT (see {@link #text()}) or EOF. */
    int next() throws IOException {
        if (pendingEnd) {
            pendingEnd = false;
            return END;
        }
        while (true) {
            int c = read();
            if (c < 0) {
                return EOF;
            }
            if (c != '<') {
                readText(c);
                return TEXT;
            }
            c = read();
            switch (c) {
                case '/' -> {
                    readName(read());
                    skipTo('>');
                    return END;
                }
                case '?' -> skipPast("?>");
                case '!' -> {
                    if (markup()) {
                        return TEXT;
                    }
                }
                default -> {
                    readName(c);
                    readAttributes();
                    return START;
                }
            }
        }
    }

    /** The local name (without prefix) of the current START or END. */
    String localName() {
        return localName;
    }

    boolean is(String local) {
        return localName.equals(local);
    }

    /** The attributes of the current START, valid until the next event. */
    XmlAttributes attributes() {
        return attributes;
    }

    String attribute(String local) {
        return attributes.get(local);
    }

    /** The text of the current TEXT event, at most the limit. */
    StringBuilder text() {
        return text;
    }

    /** Whether the current TEXT event was longer than the limit. */
    boolean textCut() {
        return textCut;
    }

    /**
     * The text inside the current element up to its end, or null when longer than the limit;
     * with {@code rich}, only the text of {@code <t>} elements outside phonetic guides
     * ({@code <rPh>}), as in shared strings and inline strings.
     */
    String elementText(boolean rich) throws IOException {
        out.setLength(0);
        int depth = 1;
        int phonetic = 0;
        boolean inT = !rich;
        while (depth > 0) {
            switch (next()) {
                case START -> {
                    depth++;
                    if (rich) {
                        phonetic += localName.equals("rPh") ? 1 : 0;
                        inT = localName.equals("t");
                    }
                }
                case END -> {
                    depth--;
                    if (rich) {
                        phonetic -= localName.equals("rPh") ? 1 : 0;
                        inT = false;
                    }
                }
                case TEXT -> {
                    if (inT && phonetic == 0) {
                        if (textCut || out.length() + text.length() > maxText) {
                            return null;
                        }
                        out.append(text);
                    }
                }
                default -> throw broken();
            }
        }
        return out.isEmpty() ? "" : out.toString();
    }

    private void readText(int first) throws IOException {
        text.setLength(0);
        textCut = false;
        append(first == '&' ? reference() : first);
        while (true) {
            int start = position;
            while (position < limit && buffer[position] != '<' && buffer[position] != '&') {
                position++;
            }
            appendRun(start, position);
            if (position < limit) {
                if (buffer[position] == '<') {
                    return;
                }
                position++;
                append(reference());
                continue;
            }
            int c = read();
            if (c < 0) {
                return;
            }
            if (c == '<') {
                position--;
                return;
            }
            append(c == '&' ? reference() : c);
        }
    }

    private void append(int c) {
        if (text.length() < maxText) {
            text.append((char) c);
        } else {
            textCut = true;
        }
    }

    /** Appends the buffer's characters from start to end in one piece, up to the limit. */
    private void appendRun(int start, int end) {
        int room = maxText - text.length();
        if (end - start <= room) {
            text.append(buffer, start, end - start);
        } else {
            text.append(buffer, start, Math.max(room, 0));
            textCut = true;
        }
    }

    /** After "<!": a comment is skipped, CDATA becomes text (true), anything else is refused. */
    private boolean markup() throws IOException {
        int c = read();
        if (c == '-' && read() == '-') {
            skipPast("-->");
            return false;
        }
        if (c == '['
                && read() == 'C'
                && read() == 'D'
                && read() == 'A'
                && read() == 'T'
                && read() == 'A'
                && read() == '[') {
            text.setLength(0);
            textCut = false;
            int matched = 0;
            while (true) {
                int d = read();
                if (d < 0) {
                    throw broken();
                }
                if (d == ']') {
                    matched = matched < 2 ? matched + 1 : 2;
                    if (matched <= 2) {
                        append(d);
                    }
                } else if (d == '>' && matched == 2) {
                    text.setLength(Math.max(0, text.length() - 2));
                    return true;
                } else {
                    matched = 0;
                    append(d);
                }
            }
        }
        throw forbidden();
    }

    private void readName(int first) throws IOException {
        if (first >= 0 && position > 0 && buffer[position - 1] == first) {
            // the whole name usually lies in the buffer: look it up without copying it
            int start = position - 1;
            int colon = -1;
            int at = position;
            while (at < limit && !XmlNames.endsName(buffer[at], false)) {
                colon = buffer[at] == ':' ? at : colon;
                at++;
            }
            if (at < limit && !XmlNames.endsName(first, false) && first != ':') {
                position = at;
                localName = XmlNames.intern(buffer, colon < 0 ? start : colon + 1, at);
                return;
            }
        }
        name.setLength(0);
        int c = first;
        int colon = -1;
        while (c >= 0 && c != '>' && c != '/' && c != '=' && !Character.isWhitespace(c)) {
            if (c == ':') {
                colon = name.length();
            }
            name.append((char) c);
            c = read();
        }
        if (c < 0 || name.isEmpty()) {
            throw broken();
        }
        position--;
        localName = XmlNames.intern(colon < 0 ? name : name.subSequence(colon + 1, name.length()));
    }

    private void readAttributes() throws IOException {
        attributes.clear();
        while (true) {
            int c = skipSpaces();
            if (c == '>') {
                return;
            }
            if (c == '/') {
                if (read() != '>') {
                    throw broken();
                }
                pendingEnd = true;
                return;
            }
            String local = readAttributeName(c);
            if (skipSpaces() != '=') {
                throw broken();
            }
            int quote = skipSpaces();
            if (quote != '"' && quote != '\'') {
                throw broken();
            }
            text.setLength(0);
            textCut = false;
            while (true) {
                int start = position;
                while (position < limit
                        && buffer[position] != quote
                        && buffer[position] != '<'
                        && buffer[position] != '&') {
                    position++;
                }
                appendRun(start, position);
                int d = read();
                if (d == quote) {
                    break;
                }
                if (d < 0 || d == '<') {
                    throw broken();
                }
                append(d == '&' ? reference() : d);
            }
            attributes.add(local, text);
        }
    }

    private String readAttributeName(int first) throws IOException {
        if (position > 0 && buffer[position - 1] == first && !XmlNames.endsName(first, true) && first != ':') {
            int start = position - 1;
            int at = position;
            while (at < limit && !XmlNames.endsName(buffer[at], true) && buffer[at] != ':') {
                at++;
            }
            if (at < limit && buffer[at] != ':') {
                position = at;
                return XmlNames.intern(buffer, start, at);
            }
        }
        name.setLength(0);
        int c = first;
        int colon = -1;
        while (c >= 0 && c != '=' && !Character.isWhitespace(c)) {
            if (c == ':') {
                colon = name.length();
            }
            name.append((char) c);
            c = read();
        }
        if (c < 0) {
            throw broken();
        }
        position--;
        String full = name.toString();
        return colon < 0 ? XmlNames.intern(full) : (full.startsWith("xmlns") ? full : full.substring(colon + 1));
    }
}
