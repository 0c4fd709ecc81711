package com.aidloop.school;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.DataScope;
import com.aidloop.platform.UploadedCopy;
import com.aidloop.school.importing.SchoolFileReader;
import com.aidloop.school.importing.SchoolImportJob;
import com.aidloop.school.importing.SchoolImportJob.FileFacts;
import com.aidloop.school.importing.SchoolImportRecords;
import com.aidloop.school.importing.SchoolWorkbooks;
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
 * The school import (学校批量导入) for county staff (SCHOOL_EDIT, checked by the callers): the
 * template, an upload checked row by row and column by column (校验) or checked and written all at
 * once (导入), 确认导入 of a clean validation, and the records of each upload inside the caller's
 * scope. Schools are matched by 学校标识码: new ones are opened, registered ones revised, each
 * change audited; a file that changes nothing says so.
 */
@Service
public class ImportingSchools {

    private final SchoolImportJob job;
    private final SchoolImportRecords records;
    private final SchoolWorkbooks workbooks;

    ImportingSchools(SchoolImportJob job, SchoolImportRecords records, SchoolWorkbooks workbooks) {
        this.job = job;
        this.records = records;
        this.workbooks = workbooks;
    }

    /**
     * Reads and checks an uploaded file and, for {@link ImportMode#COMMIT} without errors,
     * writes it. A refused file is an import with status REFUSED and its reason, not an exception.
     */
    public SchoolImportView submit(UploadedFile upload, ImportMode mode, CurrentAccount uploader) {
        try (UploadedCopy copy = UploadedCopy.of(upload, "school-import", "学校信息")) {
            FileFacts facts = new FileFacts(copy.name(), copy.bytes(), copy.sha256());
            long id;
            try {
                id = job.run(facts, mode, uploader, SchoolFileReader.read(copy.file(), copy.name()), null);
            } catch (SpreadsheetRefused refused) {
                id = job.refused(facts, mode, uploader, refused);
            }
            return get(id, uploader.scope());
        }
    }

    /** 确认导入: commits the rows a clean validation kept, checking them again against the schools as they are now. */
    public SchoolImportView commitValidated(long validationId, CurrentAccount uploader) {
        SchoolImportView validation = get(validationId, uploader.scope());
        if (!validation.canCommit()) {
            throw new SchoolImportNotCommittable(validationId);
        }
        FileFacts facts = new FileFacts(validation.fileName(), validation.fileBytes(), null);
        SchoolFileReader.Read kept = new SchoolFileReader.Read(records.keptRows(validationId), List.of());
        long id = job.run(facts, ImportMode.COMMIT, uploader, kept, validationId);
        return get(id, uploader.scope());
    }

    public SchoolImportView get(long id, DataScope scope) {
        return records.find(id, scope).orElseThrow(() -> new SchoolImportNotFound(id));
    }

    /** The imports of the scope, newest first. */
    public Paged<SchoolImportView> list(DataScope scope, Paging paging) {
        return records.list(scope, paging);
    }

    /** The problems of an import in row order: all ({@code errors} null), only errors, or only warnings. */
    public Paged<ImportProblem> problems(long id, DataScope scope, Boolean errors, Paging paging) {
        get(id, scope);
        return records.problems(id, errors, paging);
    }

    /** Every problem of an import in row order. */
    public List<ImportProblem> allProblems(long id, DataScope scope) {
        get(id, scope);
        return records.allProblems(id);
    }

    /** The template: header, an example row, drop-downs of the scope's townships, and 填写说明. */
    public void writeTemplate(DataScope scope, OutputStream out) {
        workbooks.template(scope, out);
    }

    /** The schools of the scope in the template's columns, to correct and upload again (phones left out). */
    public void writeSchools(DataScope scope, OutputStream out) {
        workbooks.schoolsOf(scope, out);
    }

    /** The rows of an import that have problems, with 原行号 and 错误原因. */
    public void writeErrorWorkbook(long id, DataScope scope, OutputStream out) {
        if (!get(id, scope).hasErrorWorkbook()) {
            throw new SchoolImportNotFound(id);
        }
        workbooks.errors(id, out);
    }
}
