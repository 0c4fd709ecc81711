package com.aidloop.award;

import com.aidloop.shared.ImportMode;
import com.aidloop.shared.ImportOutcome;
import com.aidloop.shared.ImportStatus;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.time.Instant;

/**
 * A roster import as pages and the API show it: who uploaded which file for which term, how far
 * it got and what it found or wrote.
 *
 * @param refusalMessage why the file was refused or the import failed, in Chinese; null otherwise
 * @param sameAsImportId the earlier import that committed the same file for the term, when this
 *     commit was a no-op
 * @param validatedImportId the validation this commit confirmed (确认导入), if any
 * @param committedByImportId the commit that confirmed this validation, if any
 * @param fileKept whether the uploaded file is still kept (for 确认导入 and the error workbook)
 */
public record RosterImportView(
        long id,
        Term term,
        ImportMode mode,
        boolean updateExisting,
        ImportStatus status,
        String fileName,
        long fileBytes,
        String uploadedBy,
        Instant createdAt,
        Instant finishedAt,
        int rowsRead,
        int errorRows,
        int errors,
        int warnings,
        int problemsStored,
        int awardsCreated,
        int awardsUpdated,
        int awardsUnchanged,
        int studentsRegistered,
        int studentsMatched,
        Money amountTotal,
        String refusalMessage,
        Long sameAsImportId,
        Long validatedImportId,
        Long committedByImportId,
        boolean fileKept)
        implements ImportOutcome {

    /** Rows without errors. */
    public int validRows() {
        return rowsRead - errorRows;
    }

    /** Whether a clean validation may now be committed from its kept file (确认导入). */
    public boolean canCommit() {
        return mode == ImportMode.VALIDATE
                && status == ImportStatus.VALIDATED
                && errors == 0
                && rowsRead > 0
                && fileKept
                && committedByImportId == null;
    }

    /** Whether the error workbook can be made: the file is kept and some row has a problem. */
    public boolean hasErrorWorkbook() {
        return fileKept && problemsStored > 0 && rowsRead > 0;
    }
}
