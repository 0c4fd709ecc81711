package com.aidloop.award.running;

import com.aidloop.award.IdentificationInForce;
import com.aidloop.award.domain.AwardDigest;
import com.aidloop.award.domain.CheckedRow;
import com.aidloop.award.domain.ExistingAward;
import com.aidloop.award.domain.ExistingAwardPolicy;
import com.aidloop.award.domain.ExistingAwardPolicy.Outcome;
import com.aidloop.award.domain.InFileDuplicates;
import com.aidloop.award.domain.RosterColumn;
import com.aidloop.award.domain.RowChecks;
import com.aidloop.award.domain.RowProblem;
import com.aidloop.award.domain.StudentMatchPolicy;
import com.aidloop.award.persistence.AwardStore.Key;
import com.aidloop.privacy.SensitiveKind;
import com.aidloop.programme.Catalogue;
import com.aidloop.registry.ImportMatches;
import com.aidloop.registry.KnownStudent;
import com.aidloop.spreadsheet.Header;
import com.aidloop.spreadsheet.RowSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One pass over the rows of an uploaded roster. A {@link RowReader} on its own thread reads and
 * checks the rows; this side, on the job's thread (which holds a commit's transaction), takes
 * them chunk by chunk in file order: the file's own duplicates, one registry and one award
 * look-up per chunk, the rules that need them, and, when committing and no error has been found
 * so far, the chunk's writes. After the first error nothing more is written (the commit's
 * transaction will be rolled back), but every row is still checked and reported.
 */
final class RowPass {

    private static final int QUEUED_CHUNKS = 2;

    private final JobContext context;
    private final ImportJob.Ticket ticket;
    private final Counters counters;
    private final ProblemSink sink;
    private final RowChecks checks;
    private final AwardWriting writing;
    private final InFileDuplicates duplicates = new InFileDuplicates();
    private final SpecialChannelCheck specialChannels;
    private final IdentificationPass identification;

    /**
     * @param catalogue the programme catalogue the rows are checked against
     * @param writing where a commit's rows go; null when only validating
     */
    RowPass(
            JobContext context,
            ImportJob.Ticket ticket,
            Catalogue catalogue,
            Counters counters,
            ProblemSink sink,
            AwardWriting writing) {
        this.context = context;
        this.ticket = ticket;
        this.counters = counters;
        this.sink = sink;
        this.writing = writing;
        this.identification = new IdentificationPass(context.identifications(), ticket.term(), ticket.scope());
        this.checks = new RowChecks(
                ticket.term(), ticket.scope(), new CachedLookups(context, ticket.term(), ticket.scope()), catalogue);
        this.specialChannels = new SpecialChannelCheck(context.specialChannels(), ticket.term());
    }

    void run(RowSource rows, Header header) {
        BlockingQueue<RowReader.Chunk> queue = new ArrayBlockingQueue<>(QUEUED_CHUNKS);
        RowReader reader = new RowReader(
                rows,
                header,
                checks,
                context.sensitive(),
                writing != null,
                context.settings().chunkRows(),
                queue);
        Thread thread = Thread.ofPlatform()
                .daemon()
                .name("roster-import-reader-" + ticket.importId())
                .start(reader);
        Thread checker = Thread.ofPlatform()
                .daemon()
                .name("roster-import-checker-" + ticket.importId())
                .start(reader.checker());
        try {
            while (true) {
                RowReader.Chunk chunk = take(queue);
                if (chunk.failure() != null) {
                    throw chunk.failure();
                }
                if (chunk.isEnd()) {
                    return;
                }
                counters.checking += chunk.checkingNanos();
                process(chunk.rows());
            }
        } finally {
            reader.cancel();
            thread.interrupt();
            checker.interrupt();
            try {
                thread.join(10_000);
                checker.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static RowReader.Chunk take(BlockingQueue<RowReader.Chunk> queue) {
        try {
            RowReader.Chunk chunk;
            do {
                chunk = queue.poll(1, TimeUnit.SECONDS);
            } while (chunk == null);
            return chunk;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportInterrupted();
        }
    }

    private void process(List<PreparedRow> chunk) {
        if (Thread.currentThread().isInterrupted()) {
            throw new ImportInterrupted();
        }
        long start = System.nanoTime();
        boolean[] first = firstInFile(chunk);
        ImportMatches matches =
                context.registry().matchForImport(idNumbers(chunk), studentNumbers(chunk), ticket.scope());
        Map<Key, ExistingAward> existing =
                context.awards().existing(ticket.term().code(), keys(chunk), ticket.importId());
        Set<Long> approved = specialChannels.approvedIn(chunk, matches);
        Map<Long, IdentificationInForce> inForce = identification.inForce(chunk, matches);
        counters.lookingUp += System.nanoTime() - start;
        List<AwardWriting.Planned> planned = new ArrayList<>();
        for (int i = 0; i < chunk.size(); i++) {
            PreparedRow prepared = chunk.get(i);
            CheckedRow row = prepared.row();
            KnownStudent known =
                    prepared.idIndex() == null ? null : matches.byIdNumber().get(row.idNumber());
            if (prepared.idIndex() != null) {
                StudentMatchPolicy.apply(
                        row,
                        known,
                        first[i],
                        row.studentNumber() != null
                                && matches.takenStudentNumbers().contains(row.studentNumber()));
            }
            SpecialChannelCheck.apply(row, known, approved);
            boolean filled = identification.check(row, known, inForce);
            Outcome outcome = Outcome.REFUSED;
            if (!row.hasErrors()) {
                ExistingAward award = existing.get(new Key(prepared.idIndex(), row.programmeCode()));
                String digest =
                        filled || (prepared.digest() == null && award != null) ? digest(row) : prepared.digest();
                outcome = ExistingAwardPolicy.decide(row, award, digest, ticket.updateExisting(), ticket.scope());
                if (outcome != Outcome.REFUSED) {
                    planned.add(new AwardWriting.Planned(prepared, outcome, award, known));
                }
            }
            count(row, outcome, first[i], known);
        }
        if (writing != null && counters.errors == 0) {
            writing.write(planned, counters);
        }
        long flushing = System.nanoTime();
        sink.flush();
        counters.reporting += System.nanoTime() - flushing;
    }

    /** Whether each row is the first of its student and programme in the file so far. */
    private boolean[] firstInFile(List<PreparedRow> chunk) {
        boolean[] first = new boolean[chunk.size()];
        for (int i = 0; i < chunk.size(); i++) {
            first[i] = duplicates.check(chunk.get(i).row());
        }
        return first;
    }

    private String digest(CheckedRow row) {
        return AwardDigest.of(
                row,
                context.sensitive().blindIndex(SensitiveKind.BANK_CARD, row.cardNumber()),
                context.sensitive().blindIndex(SensitiveKind.PHONE, row.phone()));
    }

    private void count(CheckedRow row, Outcome outcome, boolean first, KnownStudent known) {
        counters.rowsRead++;
        if (row.hasErrors()) {
            counters.errorRows++;
        } else {
            counters.amount = counters.amount.add(row.amount().yuan());
            if (first) {
                if (known == null) {
                    counters.studentsRegistered++;
                } else {
                    counters.studentsMatched++;
                }
            }
        }
        switch (outcome) {
            case CREATE -> counters.awardsCreated++;
            case UPDATE -> counters.awardsUpdated++;
            case UNCHANGED -> counters.awardsUnchanged++;
            case REFUSED -> {}
        }
        for (RowProblem problem : row.problems()) {
            sink.add(problem);
        }
    }

    private static Set<String> idNumbers(List<PreparedRow> rows) {
        Set<String> numbers = new LinkedHashSet<>();
        for (PreparedRow row : rows) {
            if (row.idIndex() != null) {
                numbers.add(row.row().idNumber());
            }
        }
        return numbers;
    }

    private static Set<String> studentNumbers(List<PreparedRow> rows) {
        Set<String> numbers = new LinkedHashSet<>();
        for (PreparedRow prepared : rows) {
            CheckedRow row = prepared.row();
            if (row.studentNumber() != null
                    && row.problems().stream().noneMatch(p -> p.column() == RosterColumn.STUDENT_NUMBER)) {
                numbers.add(row.studentNumber());
            }
        }
        return numbers;
    }

    private static List<Key> keys(List<PreparedRow> rows) {
        List<Key> keys = new ArrayList<>();
        for (PreparedRow prepared : rows) {
            if (prepared.idIndex() != null
                    && prepared.row().programmeCode() != null
                    && !prepared.row().hasErrors()) {
                keys.add(new Key(prepared.idIndex(), prepared.row().programmeCode()));
            }
        }
        return keys;
    }

    /** The job's thread was interrupted (the server is stopping): end without finishing. */
    static final class ImportInterrupted extends RuntimeException {
        ImportInterrupted() {
            super("roster import interrupted");
        }
    }
}
