package com.aidloop.shared;

import java.time.Instant;

/**
 * What every import shows of itself, whatever it imports (roster, schools, student
 * registrations): the upload, where it stands and what it found. The pages' shared fragments and
 * the API's answers read an import through it; each module adds its own counts.
 */
public interface ImportOutcome {

    long id();

    ImportMode mode();

    ImportStatus status();

    String fileName();

    String uploadedBy();

    Instant createdAt();

    int rowsRead();

    int errorRows();

    int errors();

    int warnings();

    /** Why the file was refused or nothing was written, in Chinese; null otherwise. */
    String refusalMessage();

    /** A clean validation whose rows are kept and which nobody committed yet (确认导入). */
    boolean canCommit();

    /** Rows with problems can be downloaded as a workbook to correct (错误数据). */
    boolean hasErrorWorkbook();

    /** A commit or a clean validation: no row refused. */
    default boolean clean() {
        return errors() == 0 && status() != ImportStatus.REFUSED && status() != ImportStatus.FAILED;
    }
}
