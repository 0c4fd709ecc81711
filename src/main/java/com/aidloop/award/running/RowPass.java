package com.aidloop.award.running;

import com.aidloop.award.importing.CheckedRow;
import com.aidloop.award.importing.ExistingAward;
import com.aidloop.award.importing.ExistingAwardPolicy;
import com.aidloop.award.importing.ExistingAwardPolicy.Outcome;
import com.aidloop.award.importing.InFileDuplicates;
import com.aidloop.award.importing.RosterColumn;
import com.aidloop.award.importing.RosterRow;
import com.aidloop.award.importing.RowChecks;
import com.aidloop.award.importing.RowProblem;
import com.aidloop.award.importing.StudentMatchPolicy;
import com.aidloop.award.importing.AwardDigest;
import com.aidloop.award.persistence.AwardStore.Key;
import com.aidloop.privacy.SensitiveKind;
import com.aidloop.registry.ImportMatches;
import com.aidloop.registry.KnownStudent;
import com.aidloop.spreadsheet.Header;
import com.aidloop.spreadsheet.RowSource;
import com.aidloop.spreadsheet.SheetRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One pass over the rows of an uploaded roster, in chunks: the row checks, the file's own
 * duplicates, one registry and one award look-up per chunk, and, when committing and no error
 * has been found so far, the chunk's writes. After the first error nothing more is written (the
 * commit's transaction will be rolled back), but every row is still checked and reported.
 */
final class RowPass {

    private static final RosterColumn[] COLUMNS = RosterColumn.values();

    private final JobContext context;
    private final ImportJob.Ticket ticket;
    private final Counters counters;
    private final ProblemSink sink;
    private final RowChecks checks;
    private final AwardWriting writing;
    private final InFileDuplicates duplicates = new InFileDuplicates();

    /** @param writing where a commit's rows go; null when only validating */
    RowPass(JobContext context, ImportJob.Ticket ticket, Counters counters, ProblemSink sink, AwardWriting writing) {
        this.context = context;
        this.ticket = ticket;
        this.counters = counters;
        this.sink = sink;
        this.writing = writing;
        this.checks = new RowChecks(ticket.term(), ticket.scope(), new CachedLookups(context.schools(), context.regions()),
                context.programmes().forTerm(ticket.term()));
    }

    void run(RowSource rows, Header header) {
        int[] columns = new int[COLUMNS.length];
        for (RosterColumn column : COLUMNS) {
            columns[column.ordinal()] = header.column(column.header()).orElse(-1);
        }
        int chunkRows = context.settings().chunkRows();
        List<RosterRow> chunk = new ArrayList<>(chunkRows);
        String[] cells = new String[COLUMNS.length];
        for (Optional<SheetRow> next = rows.next(); next.isPresent(); next = rows.next()) {
            SheetRow sheetRow = next.get();
            for (int i = 0; i < cells.length; i++) {
                cells[i] = columns[i] < 0 ? "" : sheetRow.cell(columns[i]);
            }
            RosterRow row = RosterRow.of(sheetRow.rowNumber(), cells);
            if (row.isEmptyApartFromSequence()) {
                continue;
            }
            chunk.add(row);
            if (chunk.size() == chunkRows) {
                process(chunk);
                chunk.clear();
            }
        }
        process(chunk);
    }

    private void process(List<RosterRow> chunk) {
        if (Thread.currentThread().isInterrupted()) {
            throw new ImportInterrupted();
        }
        long start = System.nanoTime();
        List<CheckedRow> checked = new ArrayList<>(chunk.size());
        boolean[] first = new boolean[chunk.size()];
        for (int i = 0; i < chunk.size(); i++) {
            CheckedRow row = checks.check(chunk.get(i));
            first[i] = duplicates.check(row);
            checked.add(row);
        }
        Map<String, String> idIndexes = idIndexes(checked);
        long checkedAt = System.nanoTime();
        counters.checking += checkedAt - start;
        ImportMatches matches = context.registry().matchForImport(idIndexes.keySet(), studentNumbers(checked), ticket.scope());
        Map<Key, ExistingAward> existing = context.awards().existing(ticket.term().code(), keys(checked, idIndexes), ticket.importId());
        counters.lookingUp += System.nanoTime() - checkedAt;
        List<AwardWriting.Planned> planned = new ArrayList<>();
        for (int i = 0; i < checked.size(); i++) {
            CheckedRow row = checked.get(i);
            String idIndex = idIndexes.get(row.idNumber());
            KnownStudent known = idIndex == null ? null : matches.byIdNumber().get(row.idNumber());
            if (idIndex != null) {
                StudentMatchPolicy.apply(row, known, first[i],
                        row.studentNumber() != null && matches.takenStudentNumbers().contains(row.studentNumber()));
            }
            Outcome outcome = Outcome.REFUSED;
            if (!row.hasErrors()) {
                String cardIndex = context.sensitive().blindIndex(SensitiveKind.BANK_CARD, row.cardNumber());
                String phoneIndex = context.sensitive().blindIndex(SensitiveKind.PHONE, row.phone());
                String digest = AwardDigest.of(row, cardIndex, phoneIndex);
                ExistingAward award = existing.get(new Key(idIndex, row.programmeCode()));
                outcome = ExistingAwardPolicy.decide(row, award, digest, ticket.updateExisting(), ticket.scope());
                if (outcome != Outcome.REFUSED) {
                    planned.add(new AwardWriting.Planned(row, outcome, award, known, idIndex, cardIndex, digest));
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

    private void count(CheckedRow row, Outcome outcome, boolean first, KnownStudent known) {
        counters.rowsRead++;
        boolean error = row.hasErrors();
        if (error) {
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
            case REFUSED -> { }
        }
        for (RowProblem problem : row.problems()) {
            sink.add(problem);
        }
    }

    /** The blind index of every usable ID number of the chunk, keyed by the number. */
    private Map<String, String> idIndexes(List<CheckedRow> rows) {
        Map<String, String> indexes = new HashMap<>();
        for (CheckedRow row : rows) {
            if (usableId(row)) {
                indexes.computeIfAbsent(row.idNumber(), id -> context.sensitive().blindIndex(SensitiveKind.ID_NUMBER, id));
            }
        }
        return indexes;
    }

    private static boolean usableId(CheckedRow row) {
        if (row.idNumber() == null || row.idNumber().isEmpty()) {
            return false;
        }
        for (RowProblem p : row.problems()) {
            if (p.column() == RosterColumn.ID_NUMBER && p.isError() && !p.code().startsWith("award.")) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> studentNumbers(List<CheckedRow> rows) {
        Set<String> numbers = new LinkedHashSet<>();
        for (CheckedRow row : rows) {
            if (row.studentNumber() != null && row.problems().stream().noneMatch(p -> p.column() == RosterColumn.STUDENT_NUMBER)) {
                numbers.add(row.studentNumber());
            }
        }
        return numbers;
    }

    private static List<Key> keys(List<CheckedRow> rows, Map<String, String> idIndexes) {
        List<Key> keys = new ArrayList<>();
        for (CheckedRow row : rows) {
            String index = idIndexes.get(row.idNumber());
            if (index != null && row.programmeCode() != null && !row.hasErrors()) {
                keys.add(new Key(index, row.programmeCode()));
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
