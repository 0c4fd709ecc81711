package com.aidloop.spreadsheet;

/** The kinds of file the reader accepts, told apart by their first bytes, not their name. */
public enum SpreadsheetFormat {
    /** Office Open XML workbook (Excel 2007 and later, WPS, LibreOffice): a zip archive. */
    XLSX,
    /** Excel 97–2003 workbook: an OLE2 compound file. */
    XLS,
    /** Comma- or tab-separated text in UTF-8, UTF-16 with a byte-order mark, or GB18030/GBK. */
    CSV
}
