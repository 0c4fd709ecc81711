package com.aidloop.disbursement.progress;

import com.aidloop.award.PayableAwards.PlannedPayout;
import com.aidloop.disbursement.PayoutFigure;
import com.aidloop.disbursement.ProgressRow;
import com.aidloop.disbursement.installment.InstallmentPlans.PlanKey;
import com.aidloop.disbursement.installment.PlannedInstallments;
import com.aidloop.programme.PaymentChannel;
import com.aidloop.settlement.TransferTally;
import com.aidloop.shared.Term;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * Puts the confirmed awards (planned) and the payment lines of each term, school and programme
 * side by side with its deadline. A school and programme with lines but no confirmed award still
 * gets a row (planned 0), so money paid without a confirmed award is never hidden.
 */
public final class ProgressRows {

    /** Late rows first, the longest late first, then the most outstanding money, then by school and programme. */
    public static final Comparator<ProgressRow> BY_LATENESS = Comparator.comparing(ProgressRow::late)
            .reversed()
            .thenComparing(ProgressRow::daysLeft)
            .thenComparing(r -> r.outstanding().amount(), Comparator.reverseOrder())
            .thenComparing(ProgressRow::schoolName)
            .thenComparing(ProgressRow::programmeCode);

    /** By school, then programme. */
    public static final Comparator<ProgressRow> BY_SCHOOL = Comparator.comparing(ProgressRow::schoolName)
            .thenComparing(ProgressRow::programmeCode)
            .thenComparing(ProgressRow::term);

    private ProgressRows() {}

    private record Key(Term term, long schoolId, String programmeCode) {}

    /**
     * What the settlement with schools adds to the card payments: the programmes of each term that
     * pay the school or in kind, and the transfers made for them.
     */
    public record SchoolSettlement(Map<Term, Map<String, PaymentChannel>> channels, List<TransferTally> transfers) {

        public static final SchoolSettlement NONE = new SchoolSettlement(Map.of(), List.of());

        PaymentChannel channelOf(Term term, String programmeCode) {
            return channels.getOrDefault(term, Map.of()).getOrDefault(programmeCode, PaymentChannel.CARD);
        }
    }

    /** The rows of card payments only (no programme settled with the schools). */
    public static List<ProgressRow> of(
            List<PlannedPayout> planned,
            List<PaymentTallies.Tally> tallies,
            LongFunction<String> schoolNames,
            DeadlineBook deadlines,
            LocalDate today) {
        return of(planned, tallies, SchoolSettlement.NONE, schoolNames, deadlines, today);
    }

    /** The rows of awards all paid once per term. */
    public static List<ProgressRow> of(
            List<PlannedPayout> planned,
            List<PaymentTallies.Tally> tallies,
            SchoolSettlement settlement,
            LongFunction<String> schoolNames,
            DeadlineBook deadlines,
            LocalDate today) {
        return of(planned, tallies, settlement, Map.of(), schoolNames, deadlines, today);
    }

    /**
     * The rows, a programme settled with the schools counting its transfer: recorded by the county
     * as "in a batch", confirmed by the school as "paid" (with any card payments it had before); a
     * programme paid in monthly installments counting its installments, late only for those due.
     */
    public static List<ProgressRow> of(
            List<PlannedPayout> planned,
            List<PaymentTallies.Tally> tallies,
            SchoolSettlement settlement,
            Map<PlanKey, PlannedInstallments> installments,
            LongFunction<String> schoolNames,
            DeadlineBook deadlines,
            LocalDate today) {
        Map<Key, PlannedPayout> plans = new LinkedHashMap<>();
        planned.forEach(p -> plans.put(new Key(p.term(), p.schoolId(), p.programmeCode()), p));
        Map<Key, PaymentTallies.Tally> lines = new LinkedHashMap<>();
        tallies.forEach(t -> lines.put(new Key(t.term(), t.schoolId(), t.programmeCode()), t));
        Map<Key, TransferTally> transfers = new LinkedHashMap<>();
        settlement.transfers().forEach(t -> transfers.put(new Key(t.term(), t.schoolId(), t.programmeCode()), t));
        List<Key> keys = new ArrayList<>(plans.keySet());
        lines.keySet().stream().filter(k -> !plans.containsKey(k)).forEach(keys::add);
        transfers.keySet().stream()
                .filter(k -> !plans.containsKey(k) && !lines.containsKey(k))
                .forEach(keys::add);
        List<ProgressRow> rows = new ArrayList<>();
        for (Key key : keys) {
            rows.add(row(
                    key,
                    plans.get(key),
                    installments.getOrDefault(
                            new PlanKey(key.term(), key.schoolId(), key.programmeCode()), PlannedInstallments.NONE),
                    lines.get(key),
                    transfers.get(key),
                    settlement,
                    schoolNames,
                    deadlines,
                    today));
        }
        rows.sort(BY_LATENESS);
        return rows;
    }

    private static ProgressRow row(
            Key key,
            PlannedPayout plan,
            PlannedInstallments monthly,
            PaymentTallies.Tally tally,
            TransferTally transfer,
            SchoolSettlement settlement,
            LongFunction<String> schoolNames,
            DeadlineBook deadlines,
            LocalDate today) {
        LocalDate deadline = !monthly.monthly()
                ? deadlines.deadlineFor(key.programmeCode(), key.term())
                : monthly.lastDue() != null ? monthly.lastDue() : monthly.nextDue();
        PayoutFigure inBatch = tally != null ? tally.inBatch() : PayoutFigure.NONE;
        PayoutFigure paid = tally != null ? tally.paid() : PayoutFigure.NONE;
        if (transfer != null && transfer.transferred()) {
            // meals in kind are settled by the meals served: the transfer settles its students' awards
            boolean mealsForTheAwards = transfer.inKind() && plan != null && transfer.awards() == plan.awards();
            PayoutFigure sent =
                    new PayoutFigure(transfer.awards(), mealsForTheAwards ? plan.amount() : transfer.amount());
            inBatch = inBatch.plus(sent);
            paid = transfer.confirmed() ? paid.plus(sent) : paid;
        }
        String schoolName = plan != null
                ? plan.schoolName()
                : transfer != null ? transfer.schoolName() : schoolNames.apply(key.schoolId());
        String programmeName =
                plan != null ? plan.programmeName() : tally != null ? tally.programmeName() : transfer.programmeName();
        return new ProgressRow(
                key.term(),
                key.schoolId(),
                schoolName,
                key.programmeCode(),
                programmeName,
                monthly.monthly()
                        ? monthly.installments()
                        : plan != null ? new PayoutFigure(plan.awards(), plan.amount()) : PayoutFigure.NONE,
                inBatch,
                paid,
                tally != null ? tally.failed() : PayoutFigure.NONE,
                deadline,
                ChronoUnit.DAYS.between(today, deadline),
                settlement.channelOf(key.term(), key.programmeCode()),
                monthly.notYetDue());
    }
}
