package com.aidloop.award.running;

import com.aidloop.audit.AuditRecord;
import com.aidloop.award.domain.RosterColumn;
import com.aidloop.award.domain.RowProblem;
import com.aidloop.award.persistence.AwardStore;
import com.aidloop.award.persistence.ImportCounts;
import com.aidloop.iam.DataScope;
import com.aidloop.programme.Catalogue;
import com.aidloop.shared.ImportMode;
import com.aidloop.shared.ImportStatus;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import com.aidloop.spreadsheet.Header;
import com.aidloop.spreadsheet.RowSource;
import com.aidloop.spreadsheet.SpreadsheetReader;
import com.aidloop.spreadsheet.SpreadsheetRefused;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;

/**
 * Runs one roster import from its uploaded file to its final status. A validation reads every
 * row and writes only the report. A commit does the same inside one transaction and writes as it
 * goes; at the end it commits only when no row has an error, so that it writes all rows or none;
 * the same file content committed before for the term is a no-op. A file that cannot be read is
 * refused with the reader's reason; anything unexpected fails the import. The uploaded file is
 * kept encrypted for 确认导入 and the error workbook, or removed when it was refused; the working
 * copy is always removed.
 */
final class ImportJob implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(ImportJob.class);
    /** Headers of the error workbook, ignored when it comes back corrected. */
    private static final Set<String> OWN_HEADERS = Set.of("错误原因", "原行号");

    /** Everything a job needs to know about its import. */
    record Ticket(
            long importId,
            Term term,
            ImportMode mode,
            boolean updateExisting,
            DataScope scope,
            String username,
            Path file,
            String fileName) {}

    private final JobContext context;
    private final Ticket ticket;
    private final Counters counters = new Counters();

    ImportJob(JobContext context, Ticket ticket) {
        this.context = context;
        this.ticket = ticket;
    }

    @Override
    public void run() {
        long started = System.nanoTime();
        boolean keep = false;
        try {
            String sha256 = sha256(ticket.file());
            if (ticket.mode() == ImportMode.COMMIT && finishedAsNoOp(sha256)) {
                return;
            }
            keep = read(sha256);
        } catch (SpreadsheetRefused refused) {
            stop(ImportStatus.REFUSED, refused.code(), refused.getLocalizedMessage());
        } catch (ImportRefused refused) {
            stop(ImportStatus.REFUSED, refused.code(), context.messages().text(refused.code(), refused.args()));
            keep = refused.keepFile();
        } catch (RowPass.ImportInterrupted interrupted) {
            LOG.info("Roster import {} interrupted; it will be marked failed at the next start", ticket.importId());
        } catch (RuntimeException e) {
            LOG.error("Roster import {} failed", ticket.importId(), e);
            stop(ImportStatus.FAILED, "award.import.failed", context.messages().text("award.import.failed"));
        } finally {
            if (keep) {
                keepFile();
            }
            deleteQuietly(ticket.file());
            LOG.info(
                    "Roster import {} ({} {}) ended after {} ms: {} rows, {} errors; checks {} ms, look-ups {} ms, "
                            + "registering students {} ms, writing awards {} ms, report {} ms, the rest (reading the file) {} ms",
                    ticket.importId(),
                    ticket.mode(),
                    ticket.term().code(),
                    millis(System.nanoTime() - started),
                    counters.rowsRead,
                    counters.errors,
                    millis(counters.checking),
                    millis(counters.lookingUp),
                    millis(counters.registering),
                    millis(counters.writingAwards),
                    millis(counters.reporting),
                    millis(System.nanoTime()
                            - started
                            - counters.checking
                            - counters.lookingUp
                            - counters.registering
                            - counters.writingAwards
                            - counters.reporting));
        }
    }

    /** @return whether the file is worth keeping (it could be read) */
    private boolean read(String sha256) {
        try (RowSource rows = SpreadsheetReader.open(
                ticket.file(), ticket.fileName(), context.settings().readLimits(), context.workDirectory())) {
            context.records().fileRead(ticket.importId(), sha256, rows.format().name());
            Header header = rows.findHeader(RosterColumn.headers());
            List<RosterColumn> missing = RosterColumn.requiredColumns().stream()
                    .filter(c -> header.missing().contains(c.header()))
                    .toList();
            if (!missing.isEmpty()) {
                throw new ImportRefused(
                        "award.file.missingColumns",
                        false,
                        missing.stream().map(RosterColumn::header).collect(Collectors.joining("、")));
            }
            ProblemSink sink = new ProblemSink(
                    ticket.importId(),
                    context.records(),
                    context.problems(),
                    context.messages(),
                    context.ownTransaction(),
                    counters,
                    context.settings().storedProblemsMax());
            for (String unknown : header.unknown()) {
                if (!OWN_HEADERS.contains(unknown.strip())) {
                    sink.add(RowProblem.warning(0, null, "award.file.unknownColumn", unknown));
                }
            }
            // the moment of the catalogue is recorded before a commit's transaction holds the import's row
            Catalogue catalogue = context.programmes().asOf(ticket.term(), ticket.scope());
            context.records().checkedAgainst(ticket.importId(), catalogue.recordedAt());
            if (ticket.mode() == ImportMode.COMMIT) {
                commit(rows, header, catalogue, sink);
            } else {
                new RowPass(context, ticket, catalogue, counters, sink, null).run(rows, header);
                if (counters.rowsRead == 0) {
                    throw new ImportRefused("award.file.noRows", false);
                }
                context.records().finish(ticket.importId(), ImportStatus.VALIDATED, counters.snapshot(), null);
            }
            return true;
        }
    }

    private void commit(RowSource rows, Header header, Catalogue catalogue, ProblemSink sink) {
        try {
            boolean committed = Boolean.TRUE.equals(context.commitTransaction().execute(status -> {
                new RowPass(context, ticket, catalogue, counters, sink, new AwardWriting(context, ticket))
                        .run(rows, header);
                if (counters.rowsRead == 0 || counters.errors > 0) {
                    status.setRollbackOnly();
                    return false;
                }
                context.records().finish(ticket.importId(), ImportStatus.COMMITTED, counters.snapshot(), null);
                context.audit()
                        .record(AuditRecord.of("IMPORT", "roster_import", ticket.importId(), summary())
                                .by(ticket.username()));
                return true;
            }));
            if (!committed) {
                if (counters.rowsRead == 0) {
                    throw new ImportRefused("award.file.noRows", false);
                }
                throw new ImportRefused("award.import.hasErrors", true, counters.errors, counters.errorRows);
            }
        } catch (DuplicateKeyException | InvalidInput raced) {
            // another import wrote the same award or registered the same student meanwhile
            LOG.info("Roster import {} met a concurrent write: {}", ticket.importId(), raced.toString());
            if (finishedAsNoOp(sha256Quietly())) {
                return;
            }
            throw new ImportRefused("award.import.concurrent", true);
        } catch (AwardStore.ConfirmedMeanwhile confirmed) {
            LOG.info("Roster import {} met a confirmation of an award it was updating", ticket.importId());
            throw new ImportRefused("award.import.confirmedMeanwhile", true);
        }
    }

    private String summary() {
        return context.messages()
                .text(
                        "award.audit.committed",
                        ticket.term().label(),
                        ticket.fileName(),
                        counters.rowsRead,
                        counters.awardsCreated,
                        counters.awardsUpdated,
                        counters.awardsUnchanged,
                        counters.studentsRegistered,
                        new Money(counters.amount).display());
    }

    /** The same content was committed for the term before: nothing to do but say so. */
    private boolean finishedAsNoOp(String sha256) {
        context.records().fileRead(ticket.importId(), sha256, null);
        Optional<Long> earlier = context.records().committedWithSameContent(ticket.term(), sha256, ticket.importId());
        earlier.ifPresent(
                id -> context.records().finish(ticket.importId(), ImportStatus.COMMITTED, ImportCounts.NONE, id));
        return earlier.isPresent();
    }

    private void stop(ImportStatus status, String code, String message) {
        try {
            context.records().stop(ticket.importId(), status, code, message, counters.snapshot());
        } catch (RuntimeException e) {
            LOG.error("Roster import {}: could not record its end", ticket.importId(), e);
        }
    }

    private void keepFile() {
        try {
            Path stored = context.workDirectory().resolve(ticket.importId() + ".roster");
            String key = context.vault().store(ticket.file(), stored);
            context.records().storedFile(ticket.importId(), stored.toString(), key);
        } catch (RuntimeException e) {
            LOG.warn("Roster import {}: could not keep the uploaded file", ticket.importId(), e);
        }
    }

    private String sha256Quietly() {
        try {
            return sha256(ticket.file());
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The working copy of an import's upload in the import folder. */
    static Path workFile(Path directory, long importId) {
        return directory.resolve(importId + ".upload");
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not remove the working file {}", file.getFileName(), e);
        }
    }

    /** The import as a whole is refused: a file without required columns, or a commit with errors. */
    static final class ImportRefused extends InvalidValue {

        private final boolean keepFile;

        ImportRefused(String code, boolean keepFile, Object... args) {
            super(code, args);
            this.keepFile = keepFile;
        }

        boolean keepFile() {
            return keepFile;
        }
    }
}
