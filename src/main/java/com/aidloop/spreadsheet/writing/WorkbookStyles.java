package com.aidloop.spreadsheet.writing;

import com.aidloop.spreadsheet.ColumnKind;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles every written workbook uses, made once per workbook. */
public final class WorkbookStyles {

    public static final String MONEY_FORMAT = "#,##0.00";
    public static final String TEXT_FORMAT = "@";
    public static final String DATE_FORMAT = "yyyy-mm-dd";

    private final Workbook workbook;
    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle plainLeft;
    private final CellStyle plainRight;
    private final CellStyle[] bordered = new CellStyle[ColumnKind.values().length];
    private final CellStyle[] unbordered = new CellStyle[ColumnKind.values().length];
    private final CellStyle totalLabel;
    private final CellStyle totalMoney;

    public WorkbookStyles(Workbook workbook) {
        this.workbook = workbook;
        Font titleFont = font(true, 16);
        Font bold = font(true, 11);
        title = workbook.createCellStyle();
        title.setFont(titleFont);
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setDataFormat(workbook.createDataFormat().getFormat(TEXT_FORMAT));
        borders(header);
        plainLeft = workbook.createCellStyle();
        plainLeft.setAlignment(HorizontalAlignment.LEFT);
        plainRight = workbook.createCellStyle();
        plainRight.setAlignment(HorizontalAlignment.RIGHT);
        for (ColumnKind kind : ColumnKind.values()) {
            bordered[kind.ordinal()] = valueStyle(kind, true);
            unbordered[kind.ordinal()] = valueStyle(kind, false);
        }
        totalLabel = workbook.createCellStyle();
        totalLabel.cloneStyleFrom(bordered[ColumnKind.TEXT.ordinal()]);
        totalLabel.setFont(bold);
        totalLabel.setAlignment(HorizontalAlignment.CENTER);
        totalMoney = workbook.createCellStyle();
        totalMoney.cloneStyleFrom(bordered[ColumnKind.MONEY.ordinal()]);
        totalMoney.setFont(bold);
    }

    public CellStyle title() {
        return title;
    }

    public CellStyle header() {
        return header;
    }

    public CellStyle plainLeft() {
        return plainLeft;
    }

    public CellStyle plainRight() {
        return plainRight;
    }

    /** The style of a value cell of a kind, with thin borders (official rosters) or without. */
    public CellStyle value(ColumnKind kind, boolean withBorders) {
        return (withBorders ? bordered : unbordered)[kind.ordinal()];
    }

    public CellStyle totalLabel() {
        return totalLabel;
    }

    public CellStyle totalMoney() {
        return totalMoney;
    }

    private CellStyle valueStyle(ColumnKind kind, boolean withBorders) {
        CellStyle style = workbook.createCellStyle();
        String format =
                switch (kind) {
                    case TEXT -> TEXT_FORMAT;
                    case MONEY -> MONEY_FORMAT;
                    case INTEGER -> "0";
                    case DATE -> DATE_FORMAT;
                };
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        if (kind == ColumnKind.INTEGER || kind == ColumnKind.DATE) {
            style.setAlignment(HorizontalAlignment.CENTER);
        }
        if (withBorders) {
            borders(style);
        }
        return style;
    }

    private Font font(boolean bold, int points) {
        Font font = workbook.createFont();
        font.setBold(bold);
        font.setFontHeightInPoints((short) points);
        return font;
    }

    private static void borders(CellStyle style) {
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
    }
}
