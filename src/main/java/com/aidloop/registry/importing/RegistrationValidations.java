package com.aidloop.registry.importing;

import com.aidloop.spreadsheet.Column;
import com.aidloop.spreadsheet.ErrorWorkbook;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What a student-registration validation leaves for later: its rows read again for 确认导入, and
 * the rows with problems as an error workbook (错误数据) in the file's own columns. The kept rows
 * are sealed; callers check the import's scope first.
 */
@Component
public class RegistrationValidations {

    private final RegistrationImportRecords records;
    private final RegistrationKeptRows keptRows;

    RegistrationValidations(RegistrationImportRecords records, RegistrationKeptRows keptRows) {
        this.records = records;
        this.keptRows = keptRows;
    }

    /** The rows a validation kept, as the file was read (its columns, no header warnings again). */
    public RegistrationFileReader.Read keptRead(long validationId) {
        return new RegistrationFileReader.Read(
                keptRows.kept(validationId), records.keptColumns(validationId), List.of());
    }

    /** The kept rows that have problems, in the columns the file had, with 原行号 and 错误原因. */
    public void writeErrorWorkbook(long importId, OutputStream out) {
        ErrorWorkbook workbook = new ErrorWorkbook();
        records.allProblems(importId).forEach(workbook::add);
        Set<RegistrationColumn> present = records.keptColumns(importId);
        List<RegistrationColumn> columns = Arrays.stream(RegistrationColumn.values())
                .filter(present::contains)
                .toList();
        workbook.write(
                columns.stream().map(c -> Column.text(c.header()).withWidth(16)).toList(),
                keptRows.kept(importId).stream()
                        .map(r -> new ErrorWorkbook.Row(
                                r.rowNumber(), columns.stream().map(r::text).toList())),
                out);
    }
}
