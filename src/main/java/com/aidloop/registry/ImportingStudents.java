package com.aidloop.registry;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.DataScope;
import com.aidloop.platform.UploadedCopy;
import com.aidloop.registry.importing.RegistrationExport;
import com.aidloop.registry.importing.RegistrationFileReader;
import com.aidloop.registry.importing.RegistrationImportJob;
import com.aidloop.registry.importing.RegistrationImportJob.FileFacts;
import com.aidloop.registry.importing.RegistrationImportRecords;
import com.aidloop.registry.importing.RegistrationValidations;
import com.aidloop.shared.ImportMode;
import com.aidloop.shared.ImportProblem;
import com.aidloop.shared.Paged;
import com.aidloop.shared.Paging;
import com.aidloop.shared.UploadedFile;
import com.aidloop.spreadsheet.SpreadsheetRefused;
import java.io.OutputStream;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The student-registration import (学籍导入) for staff with STUDENT_EDIT (checked by the callers):
 * the list exported from the national student-registration system, read as it comes, checked
 * row by row and column by column (校验) or checked and written all at once (导入). Students are
 * matched by ID number: new ones registered with their guardians, registered ones revised (a new
 * school is a transfer, 转学), and the students of the file's schools that it no longer lists
 * reported. The same layout can be exported for the scope (with STUDENT_REVEAL, audited).
 */
@Service
public class ImportingStudents {

    private final RegistrationImportJob job;
    private final RegistrationImportRecords records;
    private final RegistrationExport export;
    private final RegistrationValidations validations;

    ImportingStudents(
            RegistrationImportJob job,
            RegistrationImportRecords records,
            RegistrationExport export,
            RegistrationValidations validations) {
        this.job = job;
        this.records = records;
        this.export = export;
        this.validations = validations;
    }

    /** Reads and checks an uploaded file and, for COMMIT without errors, writes it; a refused file is an import too. */
    public StudentImportView submit(UploadedFile upload, ImportMode mode, CurrentAccount uploader) {
        try (UploadedCopy copy = UploadedCopy.of(upload, "registry-import", "学籍名单")) {
            FileFacts facts = new FileFacts(copy.name(), copy.bytes(), copy.sha256());
            long id;
            try {
                id = job.run(facts, mode, uploader, RegistrationFileReader.read(copy.file(), copy.name()), null);
            } catch (SpreadsheetRefused refused) {
                id = job.refused(facts, mode, uploader, refused);
            }
            return get(id, uploader.scope());
        }
    }

    /**
     * 确认导入: commits the rows a clean validation kept, checking them again against the
     * registry as it is now; all or nothing like an upload with COMMIT.
     */
    public StudentImportView commitValidated(long validationId, CurrentAccount uploader) {
        StudentImportView validation = get(validationId, uploader.scope());
        if (!validation.canCommit()) {
            throw new StudentImportNotCommittable(validationId);
        }
        FileFacts facts = new FileFacts(validation.fileName(), validation.fileBytes(), null);
        long id = job.run(facts, ImportMode.COMMIT, uploader, validations.keptRead(validationId), validationId);
        return get(id, uploader.scope());
    }

    /** The rows of an import that have problems, with 原行号 and 错误原因 (错误数据). */
    public void writeErrorWorkbook(long id, DataScope scope, OutputStream out) {
        if (!get(id, scope).hasErrorWorkbook()) {
            throw new StudentImportNotFound(id);
        }
        validations.writeErrorWorkbook(id, out);
    }

    public StudentImportView get(long id, DataScope scope) {
        return records.find(id, scope).orElseThrow(() -> new StudentImportNotFound(id));
    }

    public Paged<StudentImportView> list(DataScope scope, Paging paging) {
        return records.list(scope, paging);
    }

    /** The problems of an import in row order: all ({@code errors} null), only errors, or only warnings. */
    public Paged<ImportProblem> problems(long id, DataScope scope, Boolean errors, Paging paging) {
        get(id, scope);
        return records.problems(id, errors, paging);
    }

    /** The first errors ({@code errors} true) or warnings of an import in row order. */
    public List<ImportProblem> firstProblems(long id, DataScope scope, boolean errors, int limit) {
        get(id, scope);
        return records.firstProblems(id, errors, limit);
    }

    /** The students of the scope in the registration system's layout, full values included; audited. */
    public void writeRegistrationList(DataScope scope, OutputStream out) {
        export.write(scope, out);
    }
}
