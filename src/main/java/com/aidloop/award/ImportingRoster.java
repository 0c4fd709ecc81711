package com.aidloop.award;

import com.aidloop.award.persistence.ImportProblems;
import com.aidloop.award.persistence.ImportRecords;
import com.aidloop.award.running.ImportLauncher;
import com.aidloop.award.running.RosterWorkbooks;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.DataScope;
import com.aidloop.shared.ImportMode;
import com.aidloop.shared.ImportProblem;
import com.aidloop.shared.Paged;
import com.aidloop.shared.Paging;
import com.aidloop.shared.Term;
import com.aidloop.shared.UploadedFile;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Importing award rosters (资助名单导入) as pages and the API use it: upload a file to validate
 * (writes nothing, reports everything) or to commit (all rows or none), follow its progress,
 * page through its problems, download the template and the error workbook, and confirm a clean
 * validation (确认导入). Imports are visible inside the uploader's scope: school staff see their
 * school's, region staff those of their region. Callers check AWARD_IMPORT.
 */
@Service
public class ImportingRoster {

    private final ImportLauncher launcher;
    private final ImportRecords records;
    private final ImportProblems problems;
    private final RosterWorkbooks workbooks;

    ImportingRoster(
            ImportLauncher launcher, ImportRecords records, ImportProblems problems, RosterWorkbooks workbooks) {
        this.launcher = launcher;
        this.records = records;
        this.problems = problems;
        this.workbooks = workbooks;
    }

    /**
     * Starts an import of the uploaded file. Runs in the background, except that with
     * {@code waitIfSmall} a file of at most {@code aidloop.roster-import.synchronous-max-size}
     * (2 MB by default) is processed before this returns.
     */
    public RosterImportView submit(
            UploadedFile file,
            Term term,
            ImportMode mode,
            boolean updateExisting,
            CurrentAccount account,
            boolean waitIfSmall) {
        return launcher.start(file, term, mode, updateExisting, account, waitIfSmall);
    }

    /** 确认导入: commits a clean validation the caller sees, from its kept file, in the background. */
    public RosterImportView commitValidated(long validatedId, CurrentAccount account) {
        RosterImportView validated =
                find(validatedId, account.scope()).orElseThrow(() -> new RosterImportNotFound(validatedId));
        long id = launcher.commitValidated(validated, account);
        return records.byId(id).orElseThrow();
    }

    public Optional<RosterImportView> find(long id, DataScope scope) {
        return records.find(id, scope);
    }

    public RosterImportView get(long id, DataScope scope) {
        return find(id, scope).orElseThrow(() -> new RosterImportNotFound(id));
    }

    /** The imports the scope covers, newest first. */
    public Paged<RosterImportView> list(DataScope scope, Paging paging) {
        return records.list(scope, paging);
    }

    /**
     * The problems of an import in row order.
     *
     * @param errors true for errors only, false for warnings only, null for both
     */
    public Paged<ImportProblem> problems(long id, DataScope scope, Boolean errors, Paging paging) {
        get(id, scope);
        return problems.problems(id, errors, paging);
    }

    /** The first errors or warnings of an import, for the API's answer. */
    public List<ImportProblem> firstProblems(long id, DataScope scope, boolean errors, int limit) {
        get(id, scope);
        return problems.firstProblems(id, errors, limit);
    }

    /** The template to fill in for a term, with the scope's schools and townships in its drop-downs. */
    public void writeTemplate(Term term, DataScope scope, OutputStream out) {
        workbooks.template(term, scope, out);
    }

    /** The uploaded rows with problems and a 错误原因 column (下载错误数据). */
    public void writeErrorWorkbook(long id, DataScope scope, OutputStream out) {
        RosterImportView view = get(id, scope);
        if (!view.hasErrorWorkbook()) {
            throw new RosterImportNotFound(id);
        }
        workbooks.errorWorkbook(view, out);
    }
}
