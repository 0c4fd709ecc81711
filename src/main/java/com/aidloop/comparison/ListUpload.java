package com.aidloop.comparison;

import java.time.LocalDate;

/**
 * What the county says about a list it uploads: the list type, the department that sent it, the
 * as-of date (数据截止日期), the column mapping chosen (blank fields: the one remembered for the
 * department and type, else the usual headers) and the sheet (blank: the one that holds the
 * list's headers, wherever it is in the workbook).
 */
public record ListUpload(String typeCode, String department, LocalDate asOf, ColumnMapping mapping, String sheet) {

    public ListUpload {
        mapping = mapping == null ? ColumnMapping.none() : mapping;
        department = department == null ? null : department.strip();
        sheet = sheet == null || sheet.isBlank() ? null : sheet.strip();
    }

    public ListUpload(String typeCode, String department, LocalDate asOf, ColumnMapping mapping) {
        this(typeCode, department, asOf, mapping, null);
    }
}
