package com.aidloop.spreadsheet.reading;

import com.aidloop.spreadsheet.SpreadsheetRefused;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The parts of an .xlsx archive the reader needs, found through the package relationships as
 * the standard says (Excel, WPS and LibreOffice name them alike, other writers may not).
 */
final class OoxmlPackage {

    record Sheet(String name, String part, boolean hidden) {}

    private final List<Sheet> sheets;
    private final String sharedStringsPart;
    private final String stylesPart;
    private final boolean date1904;

    private OoxmlPackage(List<Sheet> sheets, String sharedStringsPart, String stylesPart, boolean date1904) {
        this.sheets = sheets;
        this.sharedStringsPart = sharedStringsPart;
        this.stylesPart = stylesPart;
        this.date1904 = date1904;
    }

    static OoxmlPackage read(GuardedZip zip, String fileName) throws IOException, XMLStreamException {
        String workbookPart = relationships(zip, "_rels/.rels", "", fileName).get("officeDocument");
        if (workbookPart == null || !workbookPart.endsWith(".xml") || !zip.has(workbookPart)) {
            if (zip.has("xl/workbook.bin") || (workbookPart != null && workbookPart.endsWith(".bin"))) {
                throw new SpreadsheetRefused("spreadsheet.xlsb", fileName);
            }
            throw new SpreadsheetRefused("spreadsheet.notSpreadsheet", fileName);
        }
        String folder = workbookPart.substring(0, workbookPart.lastIndexOf('/') + 1);
        String workbookRels = folder + "_rels/" + workbookPart.substring(folder.length()) + ".rels";
        Map<String, String> targetsById = new HashMap<>();
        Map<String, String> targetsByType = relationshipsById(zip, workbookRels, folder, fileName, targetsById);
        List<Sheet> sheets = new ArrayList<>();
        boolean date1904 = readWorkbook(zip, workbookPart, targetsById, sheets, fileName);
        return new OoxmlPackage(sheets, targetsByType.get("sharedStrings"), targetsByType.get("styles"), date1904);
    }

    List<Sheet> sheets() {
        return sheets;
    }

    String sharedStringsPart() {
        return sharedStringsPart;
    }

    String stylesPart() {
        return stylesPart;
    }

    boolean date1904() {
        return date1904;
    }

    private static boolean readWorkbook(
            GuardedZip zip, String part, Map<String, String> targets, List<Sheet> sheets, String fileName)
            throws IOException, XMLStreamException {
        boolean date1904 = false;
        boolean isWorkbook = false;
        try (InputStream in = zip.open(part)) {
            XMLStreamReader xml = SafeXml.open(in, fileName);
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "workbook" -> isWorkbook = true;
                    case "workbookPr" -> date1904 = truthy(xml.getAttributeValue(null, "date1904"));
                    case "sheet" -> {
                        String target = targets.get(relationshipId(xml));
                        String state = xml.getAttributeValue(null, "state");
                        if (target != null && zip.has(target)) {
                            String name = xml.getAttributeValue(null, "name");
                            sheets.add(new Sheet(
                                    name == null ? "" : name, target, state != null && !state.equals("visible")));
                        }
                    }
                    default -> {}
                }
            }
            xml.close();
        }
        if (!isWorkbook) {
            throw new SpreadsheetRefused("spreadsheet.notSpreadsheet", fileName);
        }
        return date1904;
    }

    private static String relationshipId(XMLStreamReader xml) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (xml.getAttributeLocalName(i).equals("id") && xml.getAttributeNamespace(i) != null) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    private static boolean truthy(String value) {
        return "1".equals(value) || "true".equalsIgnoreCase(value);
    }

    /** Relationship targets by the last word of their type ("officeDocument", "styles", ...). */
    private static Map<String, String> relationships(GuardedZip zip, String part, String folder, String fileName)
            throws IOException, XMLStreamException {
        return relationshipsById(zip, part, folder, fileName, new HashMap<>());
    }

    private static Map<String, String> relationshipsById(
            GuardedZip zip, String part, String folder, String fileName, Map<String, String> byId)
            throws IOException, XMLStreamException {
        Map<String, String> byType = new HashMap<>();
        try (InputStream in = zip.open(part)) {
            if (in == null) {
                return byType;
            }
            XMLStreamReader xml = SafeXml.open(in, fileName);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT
                        && xml.getLocalName().equals("Relationship")) {
                    if ("External".equals(xml.getAttributeValue(null, "TargetMode"))) {
                        continue;
                    }
                    String type = xml.getAttributeValue(null, "Type");
                    String target = resolve(folder, xml.getAttributeValue(null, "Target"));
                    if (type == null || target == null) {
                        continue;
                    }
                    byType.putIfAbsent(type.substring(type.lastIndexOf('/') + 1), target);
                    String id = xml.getAttributeValue(null, "Id");
                    if (id != null) {
                        byId.put(id, target);
                    }
                }
            }
            xml.close();
        }
        return byType;
    }

    /** A relationship target as a zip entry name: relative to the part's folder, or absolute. */
    private static String resolve(String folder, String target) {
        if (target == null || target.isBlank()) {
            return null;
        }
        String path = target.startsWith("/") ? target.substring(1) : folder + target;
        List<String> parts = new ArrayList<>();
        for (String piece : path.split("/")) {
            if (piece.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else if (!piece.isEmpty() && !piece.equals(".")) {
                parts.add(piece);
            }
        }
        return String.join("/", parts);
    }
}
