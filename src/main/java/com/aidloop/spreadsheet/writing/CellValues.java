package com.aidloop.spreadsheet.writing;

import com.aidloop.shared.Money;
import com.aidloop.spreadsheet.CellText;
import com.aidloop.spreadsheet.Column;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.Cell;

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
