package com.aidloop.spreadsheet.writing;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A workbook (.xlsx) written straight into its zip package: the fixed parts first (content
 * types, relationships, the workbook with each sheet's print titles, {@link OfficialStyle}'s
 * style table), then the sheets one after another, each streamed row by row as XML with inline
 * strings. Nothing is kept but the open sheet's merged ranges, so 100,000 rows cost no memory;
 * the fast deflate level keeps the work on writing, not compressing. Call {@link #finish()}: it
 * ends the package but leaves the caller's stream open; {@link #close()} (try-with-resources)
 * releases the compressor of a package left unfinished by a failure.
 */
public final class XlsxPackage implements AutoCloseable {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PART = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

    private final ZipOutputStream zip;
    private final XmlBytes xml;
    private final List<SheetPlan> sheets;
    private StreamedSheet open;
    private int written;
    private boolean finished;

    /**
     * @param name the sheet's tab, already valid for Excel (at most 31 characters, none of []:*?/\)
     * @param columnWidths each column's width in characters, from the first column on
     * @param printTitleRow the 0-based row printed at the top of every page, or -1
     * @param frozenRows rows kept in view when scrolling, 0 for none
     * @param landscape A4 across rather than upright
     * @param footerCenter the footer's middle, in Excel's codes (&amp;P page, &amp;N pages), or null
     */
    public record SheetPlan(
            String name,
            List<Integer> columnWidths,
            int printTitleRow,
            int frozenRows,
            boolean landscape,
            String footerCenter) {

        public SheetPlan {
            columnWidths = List.copyOf(columnWidths);
        }
    }

    public XlsxPackage(OutputStream out, List<SheetPlan> sheets) {
        if (sheets.isEmpty()) {
            throw new IllegalArgumentException("a workbook needs a sheet");
        }
        this.sheets = List.copyOf(sheets);
        this.zip = new ZipOutputStream(
                new FilterOutputStream(out) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                },
                StandardCharsets.UTF_8);
        zip.setLevel(Deflater.BEST_SPEED);
        this.xml = new XmlBytes(zip);
        part("[Content_Types].xml", contentTypes());
        part("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/></Relationships>""".formatted(RELATIONSHIPS));
        part("xl/workbook.xml", workbook());
        part("xl/_rels/workbook.xml.rels", workbookRelationships());
        part("xl/styles.xml", OfficialStyle.XML);
    }

    /** Ends the sheet being written, if any, and starts the next one of the plan. */
    public StreamedSheet nextSheet() {
        endSheet();
        if (written == sheets.size()) {
            throw new IllegalStateException("every planned sheet is written");
        }
        SheetPlan plan = sheets.get(written++);
        begin("xl/worksheets/sheet" + written + ".xml");
        open = new StreamedSheet(xml, plan, written == 1);
        return open;
    }

    /** Ends the last sheet and the package; sheets of the plan not written are left empty. */
    public void finish() {
        endSheet();
        while (written < sheets.size()) {
            nextSheet();
            endSheet();
        }
        try {
            finished = true;
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Releases the compressor; after {@link #finish()} there is nothing left to do. */
    @Override
    public void close() {
        if (!finished) {
            finished = true;
            try {
                zip.close();
            } catch (IOException | RuntimeException ignored) {
                // the package is broken anyway: the failure that left it unfinished is what counts
            }
        }
    }

    private void endSheet() {
        if (open != null) {
            open.end();
            open = null;
            end();
        }
    }

    private void part(String name, String content) {
        begin(name);
        try {
            zip.write(content.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        end();
    }

    private void begin(String name) {
        try {
            zip.putNextEntry(new ZipEntry(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void end() {
        xml.flush();
        try {
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String contentTypes() {
        StringBuilder types = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>""");
        types.append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"")
                .append(PART)
                .append("sheet.main+xml\"/>");
        types.append("<Override PartName=\"/xl/styles.xml\" ContentType=\"")
                .append(PART)
                .append("styles+xml\"/>");
        for (int i = 1; i <= sheets.size(); i++) {
            types.append("<Override PartName=\"/xl/worksheets/sheet")
                    .append(i)
                    .append(".xml\" ContentType=\"")
                    .append(PART)
                    .append("worksheet+xml\"/>");
        }
        return types.append("</Types>").toString();
    }

    private String workbook() {
        StringBuilder book = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
        book.append("<workbook xmlns=\"")
                .append(MAIN)
                .append("\" xmlns:r=\"")
                .append(RELATIONSHIPS)
                .append("\">");
        book.append("<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
        for (int i = 0; i < sheets.size(); i++) {
            book.append("<sheet name=\"")
                    .append(attribute(sheets.get(i).name()))
                    .append("\" sheetId=\"")
                    .append(i + 1)
                    .append("\" r:id=\"rId")
                    .append(i + 2)
                    .append("\"/>");
        }
        book.append("</sheets>");
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < sheets.size(); i++) {
            SheetPlan plan = sheets.get(i);
            if (plan.printTitleRow() >= 0) {
                int row = plan.printTitleRow() + 1;
                names.append("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"")
                        .append(i)
                        .append("\">")
                        .append(attribute("'" + plan.name().replace("'", "''") + "'!$" + row + ":$" + row))
                        .append("</definedName>");
            }
        }
        if (!names.isEmpty()) {
            book.append("<definedNames>").append(names).append("</definedNames>");
        }
        return book.append("</workbook>").toString();
    }

    private String workbookRelationships() {
        StringBuilder rels = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""");
        rels.append("<Relationship Id=\"rId1\" Type=\"")
                .append(RELATIONSHIPS)
                .append("/styles\" Target=\"styles.xml\"/>");
        for (int i = 1; i <= sheets.size(); i++) {
            rels.append("<Relationship Id=\"rId")
                    .append(i + 1)
                    .append("\" Type=\"")
                    .append(RELATIONSHIPS)
                    .append("/worksheet\" Target=\"worksheets/sheet")
                    .append(i)
                    .append(".xml\"/>");
        }
        return rels.append("</Relationships>").toString();
    }

    /** Escapes text for an attribute or element of the fixed parts. */
    static String attribute(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
