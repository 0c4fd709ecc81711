package com.aidloop.spreadsheet.writing;

import com.aidloop.spreadsheet.ColumnKind;

/**
 * The fixed style table of a workbook written by {@link XlsxPackage}: the same looks
 * {@link WorkbookStyles} makes with POI for official rosters (bold 16-point title, grey bordered
 * header in text format, thin borders around every table cell, "#,##0.00" money, text cells in
 * "@", bold 合计), each the cell format of its position plus one in {@code styles.xml}.
 */
public enum OfficialStyle {
    TITLE,
    PLAIN_LEFT,
    PLAIN_RIGHT,
    HEADER,
    TEXT,
    MONEY,
    INTEGER,
    DATE,
    TOTAL_LABEL,
    TOTAL_MONEY,
    TOTAL_INTEGER;

    /** The index of the cell format in styles.xml (0 is the workbook's default). */
    int index() {
        return ordinal() + 1;
    }

    /** The bordered style of a table cell of a column kind. */
    public static OfficialStyle of(ColumnKind kind) {
        return switch (kind) {
            case TEXT -> TEXT;
            case MONEY -> MONEY;
            case INTEGER -> INTEGER;
            case DATE -> DATE;
        };
    }

    private static final String CENTERED = "<alignment horizontal=\"center\" vertical=\"center\"/>";
    private static final String MIDDLE = "<alignment vertical=\"center\"/>";

    /** styles.xml: fonts 0 plain, 1 title, 2 bold; fills 2 grey; borders 1 thin; number formats 49 "@", 4 money, 1 "0", 164 date. */
    static final String XML = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <numFmts count="1"><numFmt numFmtId="164" formatCode="%s"/></numFmts>\
            <fonts count="3"><font><sz val="11"/><color indexed="8"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>\
            <font><b/><sz val="16"/><name val="Calibri"/><family val="2"/></font>\
            <font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>\
            <fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>\
            <fill><patternFill patternType="solid"><fgColor indexed="22"/><bgColor indexed="64"/></patternFill></fill></fills>\
            <borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>\
            <border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders>\
            <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
            <cellXfs count="12"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
            %s%s%s%s%s%s%s%s%s%s%s</cellXfs>\
            <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
            </styleSheet>""".formatted(
                    WorkbookStyles.DATE_FORMAT,
                    xf(0, 1, 0, 0, CENTERED),
                    xf(0, 0, 0, 0, "<alignment horizontal=\"left\"/>"),
                    xf(0, 0, 0, 0, "<alignment horizontal=\"right\"/>"),
                    xf(49, 2, 2, 1, "<alignment horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/>"),
                    xf(49, 0, 0, 1, MIDDLE),
                    xf(4, 0, 0, 1, MIDDLE),
                    xf(1, 0, 0, 1, CENTERED),
                    xf(164, 0, 0, 1, CENTERED),
                    xf(49, 2, 0, 1, CENTERED),
                    xf(4, 2, 0, 1, MIDDLE),
                    xf(1, 2, 0, 1, CENTERED));

    private static String xf(int format, int font, int fill, int border, String alignment) {
        return "<xf numFmtId=\"" + format + "\" fontId=\"" + font + "\" fillId=\"" + fill + "\" borderId=\"" + border
                + "\" xfId=\"0\""
                + (format != 0 ? " applyNumberFormat=\"1\"" : "") + (font != 0 ? " applyFont=\"1\"" : "")
                + (fill != 0 ? " applyFill=\"1\"" : "")
                + (border != 0 ? " applyBorder=\"1\"" : "") + " applyAlignment=\"1\">" + alignment + "</xf>";
    }
}
