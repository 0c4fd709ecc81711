package com.aidloop.spreadsheet.reading;

import com.aidloop.spreadsheet.SpreadsheetRefused;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * A small pull parser for the two big parts of an .xlsx, the worksheet and the shared strings,
 * several times faster than the JDK's StAX on them. It reads elements, attributes, text, CDATA
 * and the predefined and numeric character references; it refuses any DOCTYPE and any other
 * entity, so no DTD, external entity or entity expansion is ever processed. Text longer than the
 * given limit is cut and flagged, so a hostile text node cannot fill the heap.
 */
final class XmlScanner {

    static final int START = 1;
    static final int END = 2;
    static final int TEXT = 3;
    static final int EOF = -1;

    private static final int MAX_ATTRIBUTES = 64;

    private final Reader in;
    private final String fileName;
    private final int maxText;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;

    private final StringBuilder name = new StringBuilder();
    private final StringBuilder text = new StringBuilder();
    private final String[] attributeNames = new String[MAX_ATTRIBUTES];
    private final String[] attributeValues = new String[MAX_ATTRIBUTES];
    private int attributeCount;
    private boolean pendingEnd;
    private boolean textCut;
    private String localName = "";

    XmlScanner(InputStream part, String fileName, int maxText) throws IOException {
        PushbackInputStream bytes = new PushbackInputStream(part, 2);
        byte[] head = bytes.readNBytes(2);
        bytes.unread(head);
        boolean utf16 = head.length == 2 && ((head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF || (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE);
        this.in = new InputStreamReader(bytes, utf16 ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8);
        this.fileName = fileName;
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

    int attributeCount() {
        return attributeCount;
    }

    String attributeName(int i) {
        return attributeNames[i];
    }

    String attributeValue(int i) {
        return attributeValues[i];
    }

    String attribute(String local) {
        for (int i = 0; i < attributeCount; i++) {
            if (attributeNames[i].equals(local)) {
                return attributeValues[i];
            }
        }
        return null;
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
        StringBuilder out = new StringBuilder();
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
        return out.toString();
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
        if (c == '[' && read() == 'C' && read() == 'D' && read() == 'A' && read() == 'T' && read() == 'A' && read() == '[') {
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
        throw new SpreadsheetRefused("spreadsheet.forbiddenXml", fileName);
    }

    private int reference() throws IOException {
        StringBuilder ref = new StringBuilder(8);
        int c;
        while ((c = read()) != ';') {
            if (c < 0 || ref.length() > 10) {
                throw new SpreadsheetRefused("spreadsheet.forbiddenXml", fileName);
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
                throw new SpreadsheetRefused("spreadsheet.forbiddenXml", fileName);
            }
        }
    }

    private void readName(int first) throws IOException {
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
        localName = intern(colon < 0 ? name : name.subSequence(colon + 1, name.length()));
    }

    private void readAttributes() throws IOException {
        attributeCount = 0;
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
                while (position < limit && buffer[position] != quote && buffer[position] != '<' && buffer[position] != '&') {
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
            if (attributeCount < MAX_ATTRIBUTES) {
                attributeNames[attributeCount] = local;
                attributeValues[attributeCount++] = text.toString();
            }
        }
    }

    private String readAttributeName(int first) throws IOException {
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
        return colon < 0 ? intern(full) : (full.startsWith("xmlns") ? full : full.substring(colon + 1));
    }

    private int skipSpaces() throws IOException {
        int c;
        do {
            c = read();
        } while (c == ' ' || c == '\n' || c == '\r' || c == '\t');
        if (c < 0) {
            throw broken();
        }
        return c;
    }

    private void skipTo(char end) throws IOException {
        int c;
        while ((c = read()) != end) {
            if (c < 0) {
                throw broken();
            }
        }
    }

    private void skipPast(String end) throws IOException {
        int matched = 0;
        while (matched < end.length()) {
            int c = read();
            if (c < 0) {
                throw broken();
            }
            matched = c == end.charAt(matched) ? matched + 1 : (c == end.charAt(0) ? 1 : 0);
        }
    }

    private int read() throws IOException {
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

    private SpreadsheetRefused broken() {
        return new SpreadsheetRefused("spreadsheet.corrupt", fileName);
    }

    /** The element and attribute names of worksheets, kept as constants to spare allocation. */
    private static final String[] COMMON = {"c", "v", "row", "r", "t", "s", "is", "f", "si", "rPh", "sheetData", "spans", "ht",
        "customHeight", "customFormat", "rPr", "x14ac:dyDescent", "dyDescent", "hidden", "outlineLevel", "collapsed", "mergeCell", "ref"};

    private static String intern(CharSequence chars) {
        if (chars.length() == 1) {
            // the names of every cell, <c r="A2" s="1" t="s"><v>, without a search
            String cellName = switch (chars.charAt(0)) {
                case 'c' -> "c";
                case 'v' -> "v";
                case 'r' -> "r";
                case 's' -> "s";
                case 't' -> "t";
                default -> null;
            };
            if (cellName != null) {
                return cellName;
            }
        }
        for (String known : COMMON) {
            if (known.contentEquals(chars)) {
                return known;
            }
        }
        return chars.toString();
    }
}
