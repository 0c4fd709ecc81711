package com.aidloop.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds .xlsx archives part by part, for files no office program would write: the hostile files
 * that the reader and every import (roster, school) must refuse.
 */
public final class HandMadeXlsx {

    public static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final Map<String, byte[]> parts = new LinkedHashMap<>();

    /** A valid one-sheet package whose sheet and shared strings the test then replaces. */
    public static HandMadeXlsx oneSheet() {
        return new HandMadeXlsx()
                .part("[Content_Types].xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                        <Default Extension="xml" ContentType="application/xml"/>
                        </Types>""")
                .part("_rels/.rels", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                        <Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/>
                        </Relationships>""".formatted(REL))
                .part("xl/workbook.xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <workbook xmlns="%s" xmlns:r="%s"><sheets><sheet name="名单" sheetId="1" r:id="rId1"/></sheets></workbook>""".formatted(MAIN, REL))
                .part("xl/_rels/workbook.xml.rels", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                        <Relationship Id="rId1" Type="%1$s/worksheet" Target="worksheets/sheet1.xml"/>
                        <Relationship Id="rId2" Type="%1$s/sharedStrings" Target="sharedStrings.xml"/>
                        </Relationships>""".formatted(REL))
                .sharedStrings("<si><t>姓名</t></si><si><t>李明</t></si>")
                .sheet(
                        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row><row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c></row>");
    }

    /**
     * Writes xxe.xlsx into {@code folder}: its sheet declares an external entity naming a local
     * file, secret.txt beside it, that holds {@code secret}. A safe reader refuses it unread.
     */
    public static Path withExternalEntity(Path folder, String secret) throws IOException {
        Path file = Files.writeString(folder.resolve("secret.txt"), secret);
        String sheet = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + file.toUri() + "\">]>"
                + "<worksheet xmlns=\"" + MAIN
                + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c>"
                + "</row></sheetData></worksheet>";
        return oneSheet().part("xl/worksheets/sheet1.xml", sheet).writeTo(folder.resolve("xxe.xlsx"));
    }

    public HandMadeXlsx part(String name, String xml) {
        parts.put(name, xml.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public HandMadeXlsx sheet(String rows) {
        return part(
                "xl/worksheets/sheet1.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>" + rows
                        + "</sheetData></worksheet>");
    }

    public HandMadeXlsx sharedStrings(String items) {
        return part(
                "xl/sharedStrings.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN + "\">" + items + "</sst>");
    }

    public HandMadeXlsx remove(String name) {
        parts.remove(name);
        return this;
    }

    public Path writeTo(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    /** Writes the package with a sheet of {@code megabytes} of blank space inside its sheet data. */
    public Path writeBombTo(Path file, int megabytes) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                if (part.getKey().equals("xl/worksheets/sheet1.xml")) {
                    continue;
                }
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            OutputStream out = zip;
            out.write(("<?xml version=\"1.0\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] blank = new byte[1024 * 1024];
            java.util.Arrays.fill(blank, (byte) ' ');
            for (int i = 0; i < megabytes; i++) {
                out.write(blank);
            }
            out.write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>姓名</t></is></c></row></sheetData></worksheet>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }
}
