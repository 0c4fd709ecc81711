package com.aidloop.disbursement.progress;

import com.aidloop.award.PayableAwards.PlannedPayout;
import com.aidloop.disbursement.PayoutFigure;
import com.aidloop.disbursement.ProgressRow;
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

    public static List<ProgressRow> of(
            List<PlannedPayout> planned,
            List<PaymentTallies.Tally> tallies,
            LongFunction<String> schoolNames,
            DeadlineBook deadlines,
            LocalDate today) {
        Map<Key, PlannedPayout> plans = new LinkedHashMap<>();
        planned.forEach(p -> plans.put(new Key(p.term(), p.schoolId(), p.programmeCode()), p));
        Map<Key, PaymentTallies.Tally> lines = new LinkedHashMap<>();
        tallies.forEach(t -> lines.put(new Key(t.term(), t.schoolId(), t.programmeCode()), t));
        List<Key> keys = new ArrayList<>(plans.keySet());
        lines.keySet().stream().filter(k -> !plans.containsKey(k)).forEach(keys::add);
        List<ProgressRow> rows = new ArrayList<>();
        for (Key key : keys) {
            PlannedPayout plan = plans.get(key);
            PaymentTallies.Tally tally = lines.get(key);
            LocalDate deadline = deadlines.deadlineFor(key.programmeCode(), key.term());
            rows.add(new ProgressRow(
                    key.term(),
                    key.schoolId(),
                    plan != null ? plan.schoolName() : schoolNames.apply(key.schoolId()),
                    key.programmeCode(),
                    plan != null ? plan.programmeName() : tally.programmeName(),
                    plan != null ? new PayoutFigure(plan.awards(), plan.amount()) : PayoutFigure.NONE,
                    tally != null ? tally.inBatch() : PayoutFigure.NONE,
                    tally != null ? tally.paid() : PayoutFigure.NONE,
                    tally != null ? tally.failed() : PayoutFigure.NONE,
                    deadline,
                    ChronoUnit.DAYS.between(today, deadline)));
        }
        rows.sort(BY_LATENESS);
        return rows;
    }
}
