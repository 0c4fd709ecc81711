package com.aidloop.award.running;

import com.aidloop.award.ImportNotCommittable;
import com.aidloop.award.RosterImportView;
import com.aidloop.award.persistence.ImportRecords.NewImport;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.DataScope;
import com.aidloop.school.SchoolView;
import com.aidloop.shared.ImportMode;
import com.aidloop.shared.Term;
import com.aidloop.shared.UploadedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Starts roster imports: records the import (held by this server), moves the upload into the
 * import folder and queues it for {@link ImportJobs}, or runs it at once for a small API upload.
 */
public final class ImportLauncher {

    private final JobContext context;
    private final ImportJobs jobs;

    ImportLauncher(JobContext context, ImportJobs jobs) {
        this.context = context;
        this.jobs = jobs;
    }

    /**
     * @param waitIfSmall run a file of at most the synchronous size on the calling thread, so that
     *     the caller gets the finished import; larger files always run in the background
     * @return the new import: finished when it ran here, as handed to the background (running) otherwise
     */
    public RosterImportView start(
            UploadedFile upload,
            Term term,
            ImportMode mode,
            boolean updateExisting,
            CurrentAccount account,
            boolean waitIfSmall) {
        String fileName = fileName(upload.fileName());
        long id =
                context.records().create(newImport(term, mode, updateExisting, fileName, upload.size(), account, null));
        Path work = ImportJob.workFile(context.workDirectory(), id);
        try {
            upload.transfer().to(work);
        } catch (IOException e) {
            ImportJob.deleteQuietly(work);
            context.records()
                    .stop(
                            id,
                            com.aidloop.shared.ImportStatus.FAILED,
                            "award.import.uploadFailed",
                            context.messages().text("award.import.uploadFailed"),
                            com.aidloop.award.persistence.ImportCounts.NONE);
            throw new UncheckedIOException(e);
        }
        if (waitIfSmall
                && upload.size() <= context.settings().synchronousMaxSize().toBytes()) {
            jobs.runHere(
                    new ImportJob(
                            context,
                            new ImportJob.Ticket(
                                    id,
                                    term,
                                    mode,
                                    updateExisting,
                                    account.scope(),
                                    account.username(),
                                    work,
                                    fileName)),
                    id);
            return context.records().byId(id).orElseThrow();
        }
        // the answer is the import as handed to the background, not whatever the job has reached by now
        RosterImportView handedOver = context.records().byId(id).orElseThrow();
        jobs.submit(id);
        return handedOver;
    }

    /** The name without any folder a browser sent with it (Windows or Unix), at most 200 characters. */
    static String fileName(String sent) {
        String name = sent == null
                ? ""
                : sent.replaceAll(".*[/\\\\]", "").replace('\u0000', ' ').strip();
        if (name.isEmpty()) {
            return "roster";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    /** 确认导入: commits a clean validation from its kept file, in the background. */
    public long commitValidated(RosterImportView validated, CurrentAccount account) {
        if (!validated.canCommit()) {
            throw new ImportNotCommittable(validated.id());
        }
        var stored = context.records()
                .storedFile(validated.id())
                .orElseThrow(() -> new ImportNotCommittable(validated.id()));
        long id = context.records()
                .create(newImport(
                        validated.term(),
                        ImportMode.COMMIT,
                        validated.updateExisting(),
                        validated.fileName(),
                        validated.fileBytes(),
                        account,
                        validated.id()));
        Path work = ImportJob.workFile(context.workDirectory(), id);
        try {
            context.vault().open(Path.of(stored.path()), stored.sealedKey(), work);
        } catch (RuntimeException e) {
            ImportJob.deleteQuietly(work);
            context.records()
                    .stop(
                            id,
                            com.aidloop.shared.ImportStatus.FAILED,
                            "award.import.fileLost",
                            context.messages().text("award.import.fileLost"),
                            com.aidloop.award.persistence.ImportCounts.NONE);
            return id;
        }
        jobs.submit(id);
        return id;
    }

    private NewImport newImport(
            Term term,
            ImportMode mode,
            boolean updateExisting,
            String fileName,
            long size,
            CurrentAccount account,
            Long validatedId) {
        DataScope scope = account.scope();
        String region = scope.regionPrefix();
        if (scope.schoolId() != null) {
            region = context.schools()
                    .byId(scope.schoolId())
                    .map(SchoolView::townshipCode)
                    .orElse(null);
        }
        return new NewImport(
                term,
                mode,
                updateExisting,
                fileName,
                size,
                account.username(),
                account.id(),
                region,
                scope.schoolId(),
                validatedId,
                context.settings().runner());
    }
}
