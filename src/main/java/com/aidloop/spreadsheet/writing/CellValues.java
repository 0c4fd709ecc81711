package com.aidloop.spreadsheet.writing;

import com.aidloop.shared.Money;
import com.aidloop.spreadsheet.CellText;
import com.aidloop.spreadsheet.Column;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Puts a value into a cell the way its column's kind says: text always as a string cell with the
 * formula rule of {@link CellText} applied, money as a number from its exact decimal.
 */
public final class CellValues {

    private CellValues() {}

    /** Writes a value and returns the amount written for a money column (else null). */
    public static BigDecimal write(Cell cell, Column column, Object value) {
        if (value == null) {
            return null;
        }
        switch (column.kind()) {
            case TEXT -> cell.setCellValue(CellText.safe(text(value)));
            case MONEY -> {
                BigDecimal amount = amount(value);
                if (amount != null) {
                    cell.setCellValue(amount.doubleValue());
                    return amount;
                }
                cell.setCellValue(CellText.safe(text(value)));
            }
            case INTEGER -> {
                if (value instanceof Number number) {
                    cell.setCellValue(number.longValue());
                } else {
                    cell.setCellValue(CellText.safe(text(value)));
                }
            }
            case DATE -> {
                if (value instanceof LocalDate date) {
                    cell.setCellValue(date);
                } else if (value instanceof LocalDateTime at) {
                    cell.setCellValue(at);
                } else {
                    cell.setCellValue(CellText.safe(text(value)));
                }
            }
        }
        return null;
    }

    /**
     * Writes a value into a streamed sheet the same way, in the bordered style of its column's
     * kind (a blank bordered cell for null), and returns the amount written for a money column.
     */
    public static BigDecimal write(StreamedSheet sheet, int columnIndex, Column column, Object value) {
        OfficialStyle style = OfficialStyle.of(column.kind());
        if (value == null) {
            sheet.blank(columnIndex, style);
            return null;
        }
        switch (column.kind()) {
            case TEXT -> sheet.text(columnIndex, CellText.safe(text(value)), style);
            case MONEY -> {
                BigDecimal amount = amount(value);
                if (amount != null) {
                    sheet.number(columnIndex, amount, style);
                    return amount;
                }
                sheet.text(columnIndex, CellText.safe(text(value)), style);
            }
            case INTEGER -> {
                if (value instanceof Number number) {
                    sheet.number(columnIndex, number.longValue(), style);
                } else {
                    sheet.text(columnIndex, CellText.safe(text(value)), style);
                }
            }
            case DATE -> {
                if (value instanceof LocalDate date) {
                    sheet.date(columnIndex, DateUtil.getExcelDate(date), style);
                } else if (value instanceof LocalDateTime at) {
                    sheet.date(columnIndex, DateUtil.getExcelDate(at), style);
                } else {
                    sheet.text(columnIndex, CellText.safe(text(value)), style);
                }
            }
        }
        return null;
    }

    /** The exact amount of a money value; null for something that is not one. */
    public static BigDecimal amount(Object value) {
        return switch (value) {
            case Money money -> money.yuan();
            case BigDecimal decimal -> decimal;
            case Long whole -> BigDecimal.valueOf(whole);
            case Integer whole -> BigDecimal.valueOf(whole);
            case String text when !text.isBlank() -> Money.yuan(text).yuan();
            default -> null;
        };
    }

    private static String text(Object value) {
        return value instanceof CharSequence text ? text.toString() : String.valueOf(value);
    }
}
