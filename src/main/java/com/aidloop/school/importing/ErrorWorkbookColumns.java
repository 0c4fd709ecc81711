package com.aidloop.school.importing;

/** The two columns the error workbook adds around the uploaded columns. */
public final class ErrorWorkbookColumns {

    public static final String ROW = "原行号";
    public static final String REASON = "错误原因";

    private ErrorWorkbookColumns() {}
}
