package com.aidloop.comparison;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An imported department list as pages and the API show it.
 *
 * @param current whether matching reads it (false: replaced by a later list of its type)
 */
public record DepartmentListView(
        long id,
        String regionCode,
        String typeCode,
        String typeName,
        String department,
        LocalDate asOf,
        String fileName,
        String sheetName,
        int rowsRead,
        int rowsSkipped,
        int persons,
        boolean current,
        String uploadedBy,
        Instant uploadedAt) {}
