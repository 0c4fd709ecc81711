package com.aidloop.spreadsheet.writing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One sheet of an {@link XlsxPackage}, written as it goes: rows in ascending order, cells of a
 * row in ascending columns. A cell right after the one before it carries no reference (r="B7"):
 * readers count it on from the last, and the references, different in every row, were most of
 * what deflate could not shrink. Text is written as given (apply {@code CellText.safe} before) and
 * always as a string cell, whatever it looks like; numbers are written in their exact decimals.
 * Merged ranges are written after the rows, then the print set-up of the plan: A4, fitted to
 * one page wide, centred, the footer.
 */
public final class StreamedSheet {

    private final XmlBytes xml;
    private final XlsxPackage.SheetPlan plan;
    private final List<String> merges = new ArrayList<>();
    private final List<String> letters = new ArrayList<>();
    private String rowNumber;
    private boolean rowOpen;
    private int nextColumn;

    StreamedSheet(XmlBytes xml, XlsxPackage.SheetPlan plan, boolean selected) {
        this.xml = xml;
        this.plan = plan;
        xml.markup("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"")
                .markup("http://schemas.openxmlformats.org/spreadsheetml/2006/main")
                .markup(
                        "\"><sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr><sheetViews><sheetView workbookViewId=\"0\"")
                .markup(selected ? " tabSelected=\"1\">" : ">");
        if (plan.frozenRows() > 0) {
            xml.markup("<pane ySplit=\"")
                    .number(plan.frozenRows())
                    .markup("\" topLeftCell=\"A")
                    .number(plan.frozenRows() + 1)
                    .markup("\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\"/>");
        }
        xml.markup("</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>");
        if (!plan.columnWidths().isEmpty()) {
            xml.markup("<cols>");
            for (int i = 0; i < plan.columnWidths().size(); i++) {
                xml.markup("<col min=\"")
                        .number(i + 1)
                        .markup("\" max=\"")
                        .number(i + 1)
                        .markup("\" width=\"")
                        .number(Math.min(Math.max(plan.columnWidths().get(i), 1), 255))
                        .markup("\" customWidth=\"1\"/>");
            }
            xml.markup("</cols>");
        }
        xml.markup("<sheetData>");
    }

    /**
     * Starts a row (0-based, above every row written before).
     *
     * @param heightPoints its height, or 0 for the default
     */
    public StreamedSheet row(int index, double heightPoints) {
        closeRow();
        rowNumber = Integer.toString(index + 1);
        xml.markup("<row r=\"").markup(rowNumber);
        if (heightPoints > 0) {
            xml.markup("\" ht=\"").markup(Double.toString(heightPoints)).markup("\" customHeight=\"1");
        }
        xml.markup("\">");
        rowOpen = true;
        nextColumn = 0;
        return this;
    }

    /** A string cell; empty or null text leaves a blank cell of the style. */
    public StreamedSheet text(int column, String text, OfficialStyle style) {
        if (text == null || text.isEmpty()) {
            return blank(column, style);
        }
        start(column, style);
        xml.markup(" t=\"inlineStr\"><is><t");
        if (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1))) {
            xml.markup(" xml:space=\"preserve\"");
        }
        xml.markup(">").text(text).markup("</t></is></c>");
        return this;
    }

    /** A number cell holding a whole number. */
    public StreamedSheet number(int column, long value, OfficialStyle style) {
        start(column, style);
        xml.markup("><v>").number(value).markup("</v></c>");
        return this;
    }

    /** A number cell holding an exact decimal (yuan, say). */
    public StreamedSheet number(int column, BigDecimal value, OfficialStyle style) {
        start(column, style);
        xml.markup("><v>").markup(value.toPlainString()).markup("</v></c>");
        return this;
    }

    /** A number cell holding a spreadsheet date (days since 1900, with the time as a fraction). */
    public StreamedSheet date(int column, double serial, OfficialStyle style) {
        start(column, style);
        xml.markup("><v>").markup(Double.toString(serial)).markup("</v></c>");
        return this;
    }

    /** A cell with a style and no value (the borders of an empty cell of the table). */
    public StreamedSheet blank(int column, OfficialStyle style) {
        start(column, style);
        xml.markup("/>");
        return this;
    }

    /** Merges columns first to last of a row (0-based); nothing for a single column. */
    public StreamedSheet merge(int row, int firstColumn, int lastColumn) {
        if (lastColumn > firstColumn) {
            merges.add(letters(firstColumn) + (row + 1) + ":" + letters(lastColumn) + (row + 1));
        }
        return this;
    }

    void end() {
        closeRow();
        xml.markup("</sheetData>");
        if (!merges.isEmpty()) {
            xml.markup("<mergeCells count=\"").number(merges.size()).markup("\">");
            for (String range : merges) {
                xml.markup("<mergeCell ref=\"").markup(range).markup("\"/>");
            }
            xml.markup("</mergeCells>");
        }
        xml.markup("<printOptions horizontalCentered=\"1\"/>")
                .markup(
                        "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>")
                .markup("<pageSetup paperSize=\"9\" orientation=\"")
                .markup(plan.landscape() ? "landscape" : "portrait")
                .markup("\" fitToWidth=\"1\" fitToHeight=\"0\"/>");
        if (plan.footerCenter() != null) {
            xml.markup("<headerFooter><oddFooter>")
                    .text("&C" + plan.footerCenter())
                    .markup("</oddFooter></headerFooter>");
        }
        xml.markup("</worksheet>");
    }

    private void start(int column, OfficialStyle style) {
        if (!rowOpen) {
            throw new IllegalStateException("a cell needs a row");
        }
        if (column != nextColumn) {
            xml.markup("<c r=\"").markup(letters(column)).markup(rowNumber).markup("\" s=\"");
        } else {
            xml.markup("<c s=\"");
        }
        xml.number(style.index()).markup("\"");
        nextColumn = column + 1;
    }

    private void closeRow() {
        if (rowOpen) {
            xml.markup("</row>");
            rowOpen = false;
        }
    }

    /** A, B, … Z, AA, … for a 0-based column, remembered once made. */
    private String letters(int column) {
        while (letters.size() <= column) {
            int n = letters.size() + 1;
            StringBuilder name = new StringBuilder();
            for (; n > 0; n = (n - 1) / 26) {
                name.insert(0, (char) ('A' + (n - 1) % 26));
            }
            letters.add(name.toString());
        }
        return letters.get(column);
    }
}
