package com.aidloop.spreadsheet.reading;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads the text of the current element in pieces, stopping as soon as it is too long. */
final class XmlText {

    private XmlText() {}

    /**
     * Appends the text up to the element's end to {@code into}; returns false (leaving the reader
     * somewhere inside the element) as soon as {@code into} would pass {@code maxChars}.
     */
    static boolean append(XMLStreamReader xml, StringBuilder into, int maxChars) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (into.length() + xml.getTextLength() > maxChars) {
                        return false;
                    }
                    into.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                }
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.END_DOCUMENT -> throw new XMLStreamException("document ends inside an element");
                default -> { }
            }
        }
        return true;
    }

    /**
     * Appends the text of a string item ({@code <si>} or {@code <is>}): its {@code <t>} elements,
     * directly or in rich-text runs, leaving out phonetic guides ({@code <rPh>}). Returns false
     * as soon as the text would pass {@code maxChars}.
     */
    static boolean appendRich(XMLStreamReader xml, StringBuilder into, int maxChars) throws XMLStreamException {
        int depth = 1;
        int phonetic = 0;
        boolean inText = false;
        while (depth > 0) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    String name = xml.getLocalName();
                    phonetic += name.equals("rPh") ? 1 : 0;
                    inText = name.equals("t");
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    phonetic -= xml.getLocalName().equals("rPh") ? 1 : 0;
                    inText = false;
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (inText && phonetic == 0) {
                        if (into.length() + xml.getTextLength() > maxChars) {
                            return false;
                        }
                        into.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                    }
                }
                case XMLStreamConstants.END_DOCUMENT -> throw new XMLStreamException("document ends inside an element");
                default -> { }
            }
        }
        return true;
    }

    /** Decodes the _xHHHH_ escapes OOXML uses for control characters ("_x000D_" is a CR). */
    static String unescape(CharSequence text) {
        String s = text.toString();
        int at = s.indexOf("_x");
        if (at < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int from = 0;
        while (at >= 0) {
            if (at + 7 <= s.length() && s.charAt(at + 6) == '_' && isHex(s, at + 2, at + 6)) {
                out.append(s, from, at).append((char) Integer.parseInt(s.substring(at + 2, at + 6), 16));
                from = at + 7;
                at = s.indexOf("_x", from);
            } else {
                at = s.indexOf("_x", at + 1);
            }
        }
        return out.append(s, from, s.length()).toString();
    }

    private static boolean isHex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
