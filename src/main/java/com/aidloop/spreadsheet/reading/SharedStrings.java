package com.aidloop.spreadsheet.reading;

import com.aidloop.spreadsheet.SpreadsheetRefused;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

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
    static SharedStrings read(InputStream part, Path directory, int maxChars, String fileName) throws IOException {
        TempStore text = new TempStore(directory, "aidloop-sst-");
        TempStore offsets = null;
        try {
            offsets = new TempStore(directory, "aidloop-sst-index-");
            int count = copy(part, text, offsets, maxChars, fileName);
            text.finishWriting();
            offsets.finishWriting();
            return new SharedStrings(text, offsets, count);
        } catch (IOException | RuntimeException e) {
            text.close();
            if (offsets != null) {
                offsets.close();
            }
            throw e;
        }
    }

    private static int copy(InputStream part, TempStore text, TempStore offsets, int maxChars, String fileName)
            throws IOException {
        XmlScanner xml = new XmlScanner(part, fileName, maxChars);
        int count = 0;
        for (int event = xml.next(); event != XmlScanner.EOF; event = xml.next()) {
            if (event == XmlScanner.START && xml.is("si")) {
                String item = xml.elementText(true);
                if (item == null) {
                    throw new SpreadsheetRefused("spreadsheet.textTooLong", maxChars);
                }
                offsets.appendLong(text.appendRecord(XmlText.unescape(item).getBytes(StandardCharsets.UTF_8)));
                count++;
            }
        }
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
