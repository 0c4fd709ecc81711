package com.aidloop.registry.importing;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.registry.StudentChangedMeanwhile;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import com.aidloop.shared.ImportMode;
import com.aidloop.shared.ImportProblem;
import com.aidloop.shared.ImportStatus;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.Messages;
import com.aidloop.spreadsheet.ErrorWorkbook;
import com.aidloop.spreadsheet.SpreadsheetRefused;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one upload of a student-registration file within the request, all or nothing: checks every
 * row, reports the students the file's schools no longer list, records the import with its
 * problems, and for a clean commit writes every student in the same transaction. Commits wait
 * for each other; a student saved meanwhile rolls everything back and is recorded as a refusal.
 */
@Component
public class RegistrationImportJob {

    /** Students listed by name in the problems as absent from the file; the count names them all. */
    private static final int ABSENT_LISTED = 1_000;

    /** The file as uploaded: its name on the uploader's computer, size and SHA-256. */
    public record FileFacts(String name, long bytes, String sha256) {}

    private final RegistrationChecks checks;
    private final RegistrationWriting writing;
    private final RegistrationImportRecords records;
    private final RegistrationKeptRows keptRows;
    private final SchoolManagement schools;
    private final TransactionTemplate transactions;

    RegistrationImportJob(
            RegistrationChecks checks,
            RegistrationWriting writing,
            RegistrationImportRecords records,
            RegistrationKeptRows keptRows,
            SchoolManagement schools,
            PlatformTransactionManager transactionManager) {
        this.checks = checks;
        this.writing = writing;
        this.records = records;
        this.keptRows = keptRows;
        this.schools = schools;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Records a file the reader refused: nothing read, nothing written. */
    public long refused(FileFacts file, ImportMode mode, CurrentAccount uploader, SpreadsheetRefused refusal) {
        return refusal(
                file, mode, uploader, null, RegistrationCounts.NONE, refusal.code(), refusal.getLocalizedMessage());
    }

    /**
     * Checks the rows read and, for a clean COMMIT, writes them; keeps the rows (sealed) when it
     * writes nothing, for 确认导入 and the error workbook.
     *
     * @param validatedImportId the validation being committed (确认导入), or null
     */
    public long run(
            FileFacts file,
            ImportMode mode,
            CurrentAccount uploader,
            RegistrationFileReader.Read read,
            Long validatedImportId) {
        try {
            return transactions.execute(status -> checkAndWrite(file, mode, uploader, read, validatedImportId));
        } catch (StudentChangedMeanwhile | DuplicateKeyException | InvalidInput concurrent) {
            RegistrationCounts counts = new RegistrationCounts(read.rows().size(), 0, 0, 0, 0, 0, 0, 0, 0);
            return refusal(
                    file,
                    mode,
                    uploader,
                    validatedImportId,
                    counts,
                    "registry.import.concurrent",
                    Messages.format("registry.import.concurrent"));
        }
    }

    private long checkAndWrite(
            FileFacts file,
            ImportMode mode,
            CurrentAccount uploader,
            RegistrationFileReader.Read read,
            Long validatedImportId) {
        boolean commit = mode == ImportMode.COMMIT;
        if (commit) {
            records.lockForCommit();
        }
        List<CheckedStudent> rows = checks.check(read, uploader.scope());
        List<ImportProblem> problems = new ArrayList<>();
        for (String unknown : read.unknownHeaders()) {
            if (!unknown.isBlank() && !unknown.equals(ErrorWorkbook.ROW) && !unknown.equals(ErrorWorkbook.REASON)) {
                problems.add(RowReading.warning(0, null, "registry.import.unknownColumn", unknown));
            }
        }
        rows.forEach(r -> problems.addAll(r.problems()));
        int errors = (int) problems.stream().filter(ImportProblem::error).count();
        int left = 0;
        if (errors == 0) {
            List<ImportProblem> absent = absent(rows);
            left = absent.size();
            problems.addAll(absent.subList(0, Math.min(absent.size(), ABSENT_LISTED)));
        }
        RegistrationCounts counts = RegistrationCounts.of(rows, errors, problems.size() - errors, left);
        boolean writes = commit && errors == 0;
        ImportStatus outcome = writes ? ImportStatus.COMMITTED : commit ? ImportStatus.REFUSED : ImportStatus.VALIDATED;
        String refusal = commit && errors > 0
                ? Messages.format("registry.import.hasErrors", counts.errors(), counts.errorRows())
                : null;
        long id = records.insert(finished(
                file,
                mode,
                outcome,
                uploader,
                validatedImportId,
                writes ? null : read.present(),
                writes || !commit ? counts : counts.nothingWritten(),
                refusal == null ? null : "registry.import.hasErrors",
                refusal));
        records.addProblems(id, problems);
        keptRows.drop(validatedImportId == null ? -1 : validatedImportId);
        if (writes) {
            writing.write(id, rows, counts, uploader.scope());
        } else {
            keptRows.keep(id, read.rows());
        }
        return id;
    }

    /** The registered students of the file's schools that the file does not list, as warnings. */
    private List<ImportProblem> absent(List<CheckedStudent> rows) {
        Set<Long> schoolIds = new LinkedHashSet<>();
        Set<Long> seen = new HashSet<>();
        for (CheckedStudent row : rows) {
            if (row.registered() != null) {
                seen.add(row.registered().id());
                schoolIds.add(row.registered().schoolId());
            } else if (row.input() != null) {
                schoolIds.add(row.input().schoolId());
            }
        }
        List<RegistrationImportRecords.Absent> absent = records.absentFrom(schoolIds, seen);
        Map<Long, SchoolView> names = schools.byIds(schoolIds);
        return absent.stream()
                .map(a -> RowReading.warning(
                        0,
                        null,
                        "registry.import.absent",
                        a.name(),
                        a.idNumberMasked(),
                        names.get(a.schoolId()).name(),
                        a.grade() + (a.className() == null ? "" : a.className())))
                .toList();
    }

    private long refusal(
            FileFacts file,
            ImportMode mode,
            CurrentAccount uploader,
            Long validatedImportId,
            RegistrationCounts counts,
            String code,
            String message) {
        return transactions.execute(status -> {
            long id = records.insert(finished(
                    file, mode, ImportStatus.REFUSED, uploader, validatedImportId, null, counts, code, message));
            records.addProblems(id, List.of(new ImportProblem(0, null, true, code, message)));
            return id;
        });
    }

    private static RegistrationImportRecords.Finished finished(
            FileFacts file,
            ImportMode mode,
            ImportStatus status,
            CurrentAccount uploader,
            Long validatedImportId,
            Set<RegistrationColumn> keptColumns,
            RegistrationCounts counts,
            String refusalCode,
            String refusalMessage) {
        return new RegistrationImportRecords.Finished(
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
                keptColumns,
                counts,
                refusalCode,
                refusalMessage);
    }
}
