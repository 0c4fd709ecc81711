package com.aidloop.registry;

import com.aidloop.shared.ImportMode;
import com.aidloop.shared.ImportOutcome;
import com.aidloop.shared.ImportStatus;
import java.time.Instant;

/**
 * One upload of a student-registration file (学籍导入) as its result page and the API show it.
 * Mode and status are every import's: 校验/导入, 已校验/已导入/未导入.
 *
 * @param studentsTransferred of the updated students, those whose school the file changed (转学)
 * @param studentsLeft students registered at the file's schools that the file does not list
 * @param refusalMessage why the file was refused or nothing was written, or null
 * @param validatedImportId the clean validation this import committed (确认导入), or null
 * @param committedById the import that committed this validation, or null
 * @param rowsKept whether the rows are still kept (sealed) for 确认导入 and the error workbook
 */
public record StudentImportView(
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
        int studentsCreated,
        int studentsUpdated,
        int studentsUnchanged,
        int studentsTransferred,
        int studentsLeft,
        String refusalMessage,
        Long validatedImportId,
        Long committedById,
        boolean rowsKept)
        implements ImportOutcome {

    /** A commit that found every student already as the file has them. */
    public boolean nothingChanged() {
        return status == ImportStatus.COMMITTED && studentsCreated == 0 && studentsUpdated == 0;
    }

    /** A clean validation whose rows are kept and which nobody committed yet. */
    @Override
    public boolean canCommit() {
        return status == ImportStatus.VALIDATED && errors == 0 && rowsKept && committedById == null;
    }

    /** Rows with problems can be downloaded as a workbook to correct. */
    @Override
    public boolean hasErrorWorkbook() {
        return rowsKept && errorRows > 0;
    }
}
