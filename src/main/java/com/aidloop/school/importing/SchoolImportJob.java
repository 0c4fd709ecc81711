package com.aidloop.school.importing;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.school.SchoolChangedMeanwhile;
import com.aidloop.shared.ImportMode;
import com.aidloop.shared.ImportProblem;
import com.aidloop.shared.ImportStatus;
import com.aidloop.shared.Messages;
import com.aidloop.spreadsheet.SpreadsheetRefused;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one upload of a school file within the request, all or nothing: checks every row, records
 * the import with its problems, and for a clean commit writes every school in the same
 * transaction. Commits wait for each other, so that two files never check against the same state;
 * a school saved meanwhile (or a code registered meanwhile) rolls everything back and is recorded
 * as a refusal of its own.
 */
@Component
public class SchoolImportJob {

    /** The file as uploaded: its name on the uploader's computer, size and SHA-256 (null for kept rows). */
    public record FileFacts(String name, long bytes, String sha256) {}

    private final SchoolImportChecks checks;
    private final SchoolImportWriting writing;
    private final SchoolImportRecords records;
    private final TransactionTemplate transactions;

    SchoolImportJob(
            SchoolImportChecks checks,
            SchoolImportWriting writing,
            SchoolImportRecords records,
            PlatformTransactionManager transactionManager) {
        this.checks = checks;
        this.writing = writing;
        this.records = records;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Records a file the reader refused (hostile, broken, no school list): nothing read, nothing written. */
    public long refused(FileFacts file, ImportMode mode, CurrentAccount uploader, SpreadsheetRefused refusal) {
        String message = refusal.getLocalizedMessage();
        return transactions.execute(status -> {
            long id = records.insert(finished(
                    file, mode, ImportStatus.REFUSED, uploader, null, ImportCounts.NONE, refusal.code(), message));
            records.addProblems(id, List.of(new ImportProblem(0, null, true, refusal.code(), message)));
            return id;
        });
    }

    /**
     * Checks the rows and, for a clean commit, writes them.
     *
     * @param validatedImportId the validation being committed (确认导入), or null
     */
    public long run(
            FileFacts file,
            ImportMode mode,
            CurrentAccount uploader,
            SchoolFileReader.Read read,
            Long validatedImportId) {
        try {
            return transactions.execute(status -> checkAndWrite(file, mode, uploader, read, validatedImportId));
        } catch (SchoolChangedMeanwhile | DuplicateKeyException concurrent) {
            String message = Messages.format("school.import.concurrent");
            return transactions.execute(status -> {
                long id = records.insert(finished(
                        file,
                        mode,
                        ImportStatus.REFUSED,
                        uploader,
                        validatedImportId,
                        new ImportCounts(read.rows().size(), 0, 0, 0, 0, 0, 0),
                        "school.import.concurrent",
                        message));
                records.addProblems(id, List.of(new ImportProblem(0, null, true, "school.import.concurrent", message)));
                return id;
            });
        }
    }

    private long checkAndWrite(
            FileFacts file,
            ImportMode mode,
            CurrentAccount uploader,
            SchoolFileReader.Read read,
            Long validatedImportId) {
        boolean commit = mode == ImportMode.COMMIT;
        if (commit) {
            records.lockForCommit();
        }
        SchoolImportPass.Result result = checks.check(read.rows(), read.warnings(), uploader.scope());
        ImportCounts counts = result.counts();
        boolean writes = commit && !result.hasErrors();
        ImportStatus outcome = writes ? ImportStatus.COMMITTED : commit ? ImportStatus.REFUSED : ImportStatus.VALIDATED;
        String refusal = commit && result.hasErrors()
                ? Messages.format("school.import.hasErrors", counts.errors(), counts.errorRows())
                : null;
        long id = records.insert(finished(
                file,
                mode,
                outcome,
                uploader,
                validatedImportId,
                writes || !commit
                        ? counts
                        : new ImportCounts(
                                counts.rows(), counts.errorRows(), counts.errors(), counts.warnings(), 0, 0, 0),
                refusal == null ? null : "school.import.hasErrors",
                refusal));
        records.addProblems(id, result.problems().stream().map(ProblemText::of).toList());
        records.dropRows(validatedImportId == null ? -1 : validatedImportId);
        if (writes) {
            writing.write(id, result);
        } else {
            records.keepRows(id, read.rows());
        }
        return id;
    }

    private static SchoolImportRecords.Finished finished(
            FileFacts file,
            ImportMode mode,
            ImportStatus status,
            CurrentAccount uploader,
            Long validatedImportId,
            ImportCounts counts,
            String refusalCode,
            String refusalMessage) {
        return new SchoolImportRecords.Finished(
                mode,
                status,
                file.name(),
                file.bytes(),
                file.sha256(),
                uploader.username(),
                uploader.id(),
                uploader.regionCode(),
                uploader.schoolId(),
                validatedImportId,
                counts,
                refusalCode,
                refusalMessage);
    }
}
