package com.aidloop.award.running;

import com.aidloop.award.domain.CheckedRow;
import com.aidloop.award.domain.ExistingAward;
import com.aidloop.award.domain.ExistingAwardPolicy.Outcome;
import com.aidloop.award.persistence.AwardRecord;
import com.aidloop.registry.KnownStudent;
import com.aidloop.registry.StudentInput;
import com.aidloop.shared.Masking;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the checked rows of a commit, chunk by chunk, in the commit's one transaction: first
 * the students met for the first time (registered in bulk), then the new awards (COPY) and the
 * changed ones (batched updates). Unchanged awards are left alone.
 */
final class AwardWriting {

    /** A row that passed every check and what it will do. */
    record Planned(PreparedRow prepared, Outcome outcome, ExistingAward existing, KnownStudent known) {

        CheckedRow row() {
            return prepared.row();
        }
    }

    private final JobContext context;
    private final ImportJob.Ticket ticket;

    AwardWriting(JobContext context, ImportJob.Ticket ticket) {
        this.context = context;
        this.ticket = ticket;
    }

    void write(List<Planned> planned, Counters counters) {
        long start = System.nanoTime();
        Map<String, Long> registered = registerNewStudents(planned);
        long registeredAt = System.nanoTime();
        counters.registering += registeredAt - start;
        List<Planned> writes =
                planned.stream().filter(p -> p.outcome() != Outcome.UNCHANGED).toList();
        List<AwardRecord> records = writes.stream()
                .map(p -> record(
                        p,
                        p.known() != null
                                ? p.known().studentId()
                                : registered.get(p.row().idNumber())))
                .toList();
        List<AwardRecord> inserts = new ArrayList<>();
        Map<Long, AwardRecord> updates = new LinkedHashMap<>();
        for (int i = 0; i < writes.size(); i++) {
            Planned p = writes.get(i);
            if (p.outcome() == Outcome.CREATE) {
                inserts.add(records.get(i));
            } else {
                updates.put(p.existing().awardId(), records.get(i));
            }
        }
        context.awards().insert(inserts);
        context.awards().update(updates);
        counters.writingAwards += System.nanoTime() - registeredAt;
    }

    /** Registers each new student of the chunk once, with the first row that names it. */
    private Map<String, Long> registerNewStudents(List<Planned> planned) {
        LinkedHashMap<String, StudentInput> students = new LinkedHashMap<>();
        for (Planned p : planned) {
            if (p.known() == null) {
                students.putIfAbsent(p.row().idNumber(), p.row().student());
            }
        }
        Map<String, Long> ids = new HashMap<>();
        if (students.isEmpty()) {
            return ids;
        }
        List<Long> newIds = context.registry().registerImported(new ArrayList<>(students.values()), ticket.scope());
        int i = 0;
        for (String idNumber : students.keySet()) {
            ids.put(idNumber, newIds.get(i++));
        }
        return ids;
    }

    private AwardRecord record(Planned p, long studentId) {
        CheckedRow r = p.row();
        PreparedRow prepared = p.prepared();
        return new AwardRecord(
                ticket.term().code(),
                r.programmeCode(),
                r.programmeName(),
                r.stage().name(),
                r.tier(),
                r.amount().yuan(),
                studentId,
                r.studentName(),
                r.gender() == null ? null : r.gender().name(),
                prepared.idIndex(),
                Masking.idNumber(r.idNumber()),
                r.school().id(),
                r.school().code(),
                r.school().name(),
                r.school().townshipCode(),
                r.grade(),
                r.className().isEmpty() ? null : r.className(),
                r.townshipCode(),
                r.villageCode(),
                r.difficultyType(),
                r.difficultyLevel(),
                r.specialChannel(),
                r.guardianName(),
                prepared.phoneSealed(),
                r.phone() == null ? null : Masking.phone(r.phone()),
                r.bank(),
                prepared.cardSealed(),
                prepared.cardIndex(),
                r.cardNumber() == null ? null : Masking.bankCard(r.cardNumber()),
                r.remark(),
                ticket.importId(),
                r.rowNumber(),
                ticket.username(),
                prepared.digest());
    }
}
