package com.aidloop.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Workbooks built to hurt, for the tests of every import that reads uploads: a zip bomb, and an
 * .xlsx around a sheet of one's choosing (a DTD with an external entity, say).
 */
public final class HostileFiles {

    public static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private HostileFiles() {}

    /** A sheet whose first cell is an external entity naming {@code secret}. */
    public static String externalEntitySheet(Path secret) {
        return "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<worksheet xmlns=\"" + MAIN
                + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c>"
                + "</row></sheetData></worksheet>";
    }

    public static Path xlsx(Path file, String sheet) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (String[] part : parts(sheet)) {
                zip.putNextEntry(new ZipEntry(part[0]));
                zip.write(part[1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    /** A sheet of 200 MB of blank space that compresses to a few hundred kilobytes. */
    public static Path bomb(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (String[] part : parts("")) {
                if (!part[0].equals("xl/worksheets/sheet1.xml")) {
                    zip.putNextEntry(new ZipEntry(part[0]));
                    zip.write(part[1].getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(("<?xml version=\"1.0\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] blank = new byte[1024 * 1024];
            Arrays.fill(blank, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                zip.write(blank);
            }
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    private static String[][] parts(String sheet) {
        String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        return new String[][] {
            {
                "[Content_Types].xml",
                "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>"
            },
            {
                "_rels/.rels",
                "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"" + rel
                        + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"
            },
            {
                "xl/workbook.xml",
                "<?xml version=\"1.0\"?><workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + rel + "\"><sheets>"
                        + "<sheet name=\"学校信息\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"
            },
            {
                "xl/_rels/workbook.xml.rels",
                "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"" + rel
                        + "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"
            },
            {"xl/worksheets/sheet1.xml", sheet}
        };
    }
}
