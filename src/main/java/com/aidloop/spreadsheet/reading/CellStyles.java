package com.aidloop.spreadsheet.reading;

import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The number format of each cell style of an .xlsx, from its styles part. */
final class CellStyles {

    private final int[] formatIdByStyle;
    private final Map<Integer, String> formatCodes;

    private CellStyles(int[] formatIdByStyle, Map<Integer, String> formatCodes) {
        this.formatIdByStyle = formatIdByStyle;
        this.formatCodes = formatCodes;
    }

    static CellStyles none() {
        return new CellStyles(new int[0], Map.of());
    }

    static CellStyles read(InputStream part, String fileName) throws XMLStreamException {
        XMLStreamReader xml = SafeXml.open(part, fileName);
        Map<Integer, String> codes = new HashMap<>();
        int[] ids = new int[64];
        int styles = 0;
        boolean inCellXfs = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("cellXfs")) {
                inCellXfs = false;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (xml.getLocalName()) {
                case "numFmt" -> {
                    Integer id = number(xml.getAttributeValue(null, "numFmtId"));
                    String code = xml.getAttributeValue(null, "formatCode");
                    if (id != null && code != null) {
                        codes.put(id, code);
                    }
                }
                case "cellXfs" -> inCellXfs = true;
                case "xf" -> {
                    if (inCellXfs) {
                        if (styles == ids.length) {
                            ids = Arrays.copyOf(ids, styles * 2);
                        }
                        Integer id = number(xml.getAttributeValue(null, "numFmtId"));
                        ids[styles++] = id == null ? 0 : id;
                    }
                }
                default -> {}
            }
        }
        xml.close();
        return new CellStyles(Arrays.copyOf(ids, styles), codes);
    }

    int formatId(int style) {
        return style >= 0 && style < formatIdByStyle.length ? formatIdByStyle[style] : 0;
    }

    /** The format code written in the file for an id, or null for a built-in one. */
    String formatCode(int formatId) {
        return formatCodes.get(formatId);
    }

    private static Integer number(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
