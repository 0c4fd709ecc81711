package com.aidloop.school;

import com.aidloop.shared.ImportMode;
import com.aidloop.shared.ImportOutcome;
import com.aidloop.shared.ImportStatus;
import java.time.Instant;

/**
 * One upload of a school file as its result page and the API show it.
 *
 * @param refusalMessage why the file was refused or nothing was written, or null
 * @param validatedImportId the clean validation this import committed (确认导入), or null
 * @param committedById the import that committed this validation, or null
 * @param rowsKept whether the rows are still kept for 确认导入 and the error workbook
 */
public record SchoolImportView(
        long id,
        ImportMode mode,
        ImportStatus status,
        String fileName,
        long fileBytes,
        String uploadedBy,
        Instant createdAt,
        int rowsRead,
        int errorRows,
        int errors,
        int warnings,
        int schoolsCreated,
        int schoolsUpdated,
        int schoolsUnchanged,
        String refusalMessage,
        Long validatedImportId,
        Long committedById,
        boolean rowsKept)
        implements ImportOutcome {

    /** A clean validation whose rows are kept and which nobody committed yet. */
    public boolean canCommit() {
        return status == ImportStatus.VALIDATED && errors == 0 && rowsKept && committedById == null;
    }

    /** A commit that found every school already as the file has it: the second upload of the same file. */
    public boolean nothingChanged() {
        return status == ImportStatus.COMMITTED && schoolsCreated == 0 && schoolsUpdated == 0;
    }

    /** Rows with problems can be downloaded as a workbook to correct. */
    public boolean hasErrorWorkbook() {
        return rowsKept && errorRows > 0;
    }

    public int validRows() {
        return rowsRead - errorRows;
    }
}
