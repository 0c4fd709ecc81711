package com.aidloop.spreadsheet;

/** How the values of a written column are stored in the cells. */
public enum ColumnKind {
    /** A string cell in text format ("@"): names, ID numbers, cards, 学籍号, phones. */
    TEXT,
    /** A number cell in yuan, "#,##0.00", from {@code Money} or {@code BigDecimal}; totalled. */
    MONEY,
    /** A whole number cell. */
    INTEGER,
    /** A date cell shown as yyyy-mm-dd, from {@code LocalDate}. */
    DATE
}
