package com.aidloop.registry;

import com.aidloop.shared.ImportMode;
import com.aidloop.shared.ImportOutcome;
import com.aidloop.shared.ImportStatus;
import java.time.Instant;

/**
 * One upload of a student-registration file (学籍导入) as its result page and the API show it.
 * Mode and status are the school import's: 校验/导入, 已校验/已导入/未导入.
 *
 * @param studentsTransferred of the updated students, those whose school the file changed (转学)
 * @param studentsLeft students registered at the file's schools that the file does not list
 * @param refusalMessage why the file was refused or nothing was written, or null
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
        String refusalMessage)
        implements ImportOutcome {

    /** A commit that found every student already as the file has them. */
    public boolean nothingChanged() {
        return status == ImportStatus.COMMITTED && studentsCreated == 0 && studentsUpdated == 0;
    }

    /** Not yet: the registration import keeps no rows for 确认导入. */
    @Override
    public boolean canCommit() {
        return false;
    }

    @Override
    public boolean hasErrorWorkbook() {
        return false;
    }
}
