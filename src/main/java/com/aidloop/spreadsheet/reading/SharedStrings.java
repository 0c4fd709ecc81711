package com.aidloop.spreadsheet.reading;

import com.aidloop.spreadsheet.SpreadsheetRefused;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The shared-strings table of an .xlsx, kept out of the Java heap: a million-row roster of
 * unique names, IDs and cards holds some ten million strings, more than a 512 MB heap. Strings
 * go as UTF-8 into one temporary file and their offsets into another; both are read through
 * memory maps. A small cache keeps the strings that repeat (gender, school, township) decoded.
 */
final class SharedStrings implements AutoCloseable {

    private static final int CACHE_SIZE = 1 << 13;

    private final TempStore text;
    private final TempStore offsets;
    private final int count;
    private final String[] cache = new String[CACHE_SIZE];
    private final int[] cachedIndex = new int[CACHE_SIZE];

    private SharedStrings(TempStore text, TempStore offsets, int count) {
        this.text = text;
        this.offsets = offsets;
        this.count = count;
        Arrays.fill(cachedIndex, -1);
    }

    static SharedStrings none() {
        return new SharedStrings(null, null, 0);
    }

    /** Reads the table from its part; the temporary files are removed again if this fails. */
    static SharedStrings read(InputStream part, Path directory, int maxChars, String fileName) throws IOException, XMLStreamException {
        TempStore text = new TempStore(directory, "aidloop-sst-");
        TempStore offsets = null;
        try {
            offsets = new TempStore(directory, "aidloop-sst-index-");
            int count = copy(part, text, offsets, maxChars, fileName);
            text.finishWriting();
            offsets.finishWriting();
            return new SharedStrings(text, offsets, count);
        } catch (IOException | XMLStreamException | RuntimeException e) {
            text.close();
            if (offsets != null) {
                offsets.close();
            }
            throw e;
        }
    }

    private static int copy(InputStream part, TempStore text, TempStore offsets, int maxChars, String fileName)
            throws IOException, XMLStreamException {
        XMLStreamReader xml = SafeXml.open(part, fileName);
        StringBuilder item = new StringBuilder();
        int count = 0;
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("si")) {
                item.setLength(0);
                if (!XmlText.appendRich(xml, item, maxChars)) {
                    throw new SpreadsheetRefused("spreadsheet.textTooLong", maxChars);
                }
                offsets.appendLong(text.appendRecord(XmlText.unescape(item).getBytes(StandardCharsets.UTF_8)));
                count++;
            }
        }
        xml.close();
        return count;
    }

    int size() {
        return count;
    }

    /** The string at an index the sheet refers to; "" for an index outside the table. */
    String get(int index) {
        if (index < 0 || index >= count) {
            return "";
        }
        int slot = index & (CACHE_SIZE - 1);
        if (cachedIndex[slot] == index) {
            return cache[slot];
        }
        String value = new String(text.record(offsets.getLong(8L * index)), StandardCharsets.UTF_8);
        cache[slot] = value;
        cachedIndex[slot] = index;
        return value;
    }

    @Override
    public void close() {
        if (text != null) {
            text.close();
        }
        if (offsets != null) {
            offsets.close();
        }
    }
}
