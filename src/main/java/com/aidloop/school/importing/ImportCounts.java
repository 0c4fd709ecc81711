package com.aidloop.school.importing;

/** What an import counted: data rows, rows with an error, errors, warnings, and what the rows came to. */
public record ImportCounts(int rows, int errorRows, int errors, int warnings, int created, int updated, int unchanged) {

    public static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0, 0, 0, 0);
}
