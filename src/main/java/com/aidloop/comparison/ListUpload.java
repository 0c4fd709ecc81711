package com.aidloop.comparison;

import java.time.LocalDate;

/**
 * What the county says about a list it uploads: the list type, the department that sent it, the
 * as-of date (数据截止日期), and the column mapping chosen (blank fields: the one remembered for
 * the department and type, else the usual headers).
 */
public record ListUpload(String typeCode, String department, LocalDate asOf, ColumnMapping mapping) {

    public ListUpload {
        mapping = mapping == null ? ColumnMapping.none() : mapping;
        department = department == null ? null : department.strip();
    }
}
