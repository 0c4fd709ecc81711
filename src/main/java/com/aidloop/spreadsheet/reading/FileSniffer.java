package com.aidloop.spreadsheet.reading;

import com.aidloop.spreadsheet.SpreadsheetFormat;
import com.aidloop.spreadsheet.SpreadsheetRefused;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Tells the format of an upload by its first bytes, never by its name: a zip archive may be an
 * .xlsx, an OLE2 compound file an .xls, text a CSV. Known binary formats (PDF, images, archives)
 * and text with NUL bytes are refused, and so are web pages and XML saved under an .xls name.
 */
public final class FileSniffer {

    private static final int HEAD = 8192;

    private FileSniffer() {}

    public static SpreadsheetFormat detect(Path file, String fileName) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        }
        if (startsWith(head, 0x50, 0x4B, 0x03, 0x04)) {
            return SpreadsheetFormat.XLSX;
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return SpreadsheetFormat.XLS;
        }
        if (isKnownBinary(head) || (hasNulByte(head) && !isUtf16(head))) {
            throw new SpreadsheetRefused("spreadsheet.notSpreadsheet", fileName);
        }
        return SpreadsheetFormat.CSV;
    }

    /** Refuses HTML, XML (SpreadsheetML 2003) and RTF that other systems export as ".xls". */
    static void refuseMarkup(String head, String fileName) {
        String start = head.stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("<")) {
            throw new SpreadsheetRefused("spreadsheet.markup", fileName);
        }
        if (start.startsWith("{\\rtf")) {
            throw new SpreadsheetRefused("spreadsheet.notSpreadsheet", fileName);
        }
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                throw new SpreadsheetRefused("spreadsheet.notSpreadsheet", fileName);
            }
        }
    }

    private static boolean isKnownBinary(byte[] head) {
        return startsWith(head, '%', 'P', 'D', 'F')
                || startsWith(head, 0x89, 'P', 'N', 'G')
                || startsWith(head, 0xFF, 0xD8, 0xFF)
                || startsWith(head, 'G', 'I', 'F', '8')
                || startsWith(head, 'R', 'a', 'r', '!')
                || startsWith(head, '7', 'z', 0xBC, 0xAF)
                || startsWith(head, 0x1F, 0x8B)
                || startsWith(head, 'P', 'K')
                || startsWith(head, 'M', 'Z')
                || startsWith(head, 0x7F, 'E', 'L', 'F');
    }

    private static boolean hasNulByte(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUtf16(byte[] head) {
        return startsWith(head, 0xFF, 0xFE) || startsWith(head, 0xFE, 0xFF);
    }

    private static boolean startsWith(byte[] head, int... magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xff) != (magic[i] & 0xff)) {
                return false;
            }
        }
        return true;
    }
}
