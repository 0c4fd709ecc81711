package com.aidloop.disbursement.installment;

import com.aidloop.award.PayableAward;
import com.aidloop.award.PayableAwards;
import com.aidloop.programme.PayingRules;
import com.aidloop.programme.PayoutSchedule;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The installment plan of each award, by the payout schedule that was in force for its programme
 * and term when the award was confirmed: a schedule recorded later changes the plan of awards
 * confirmed later only. Installments fall due on the day of the month set by
 * {@code aidloop.payout.installment-due-day} (10 unless configured, 1–28).
 */
@Component
public class InstallmentPlans {

    private final PayingRules rules;
    private final int dueDay;

    InstallmentPlans(PayingRules rules, @Value("${aidloop.payout.installment-due-day:10}") int dueDay) {
        if (dueDay < InstallmentPlan.FIRST_DAY || dueDay > InstallmentPlan.LAST_DAY) {
            throw new IllegalArgumentException("aidloop.payout.installment-due-day must be 1 to 28, not " + dueDay);
        }
        this.rules = rules;
        this.dueDay = dueDay;
    }

    /** A term, school and programme whose installments are counted together. */
    public record PlanKey(Term term, long schoolId, String programmeCode) {}

    /** A reader of plans for many awards, reading each schedule once; use it within one request. */
    public Book book() {
        return new Book(rules.scheduleChanges());
    }

    /** Plans of awards, the schedules read once per programme, term and interval between schedule changes. */
    public final class Book {

        private final List<Instant> changes;
        private final Map<Key, PayoutSchedule> schedules = new HashMap<>();

        private record Key(String programmeCode, Term term, int interval) {}

        private Book(List<Instant> changes) {
            this.changes = List.copyOf(changes);
        }

        /** The moments a payout schedule changed, oldest first (to group awards alike). */
        public List<Instant> changes() {
            return changes;
        }

        /** The installments of alike confirmed awards, per term, school and programme, as of the day. */
        public Map<PlanKey, PlannedInstallments> planned(List<PayableAwards.ConfirmedAlike> groups, LocalDate day) {
            Map<PlanKey, PlannedInstallments> planned = new HashMap<>();
            for (PayableAwards.ConfirmedAlike g : groups) {
                PlannedInstallments p = PlannedInstallments.of(
                        of(g.programmeCode(), g.term(), g.amount(), g.confirmedAt()), g.awards(), day);
                planned.merge(new PlanKey(g.term(), g.schoolId(), g.programmeCode()), p, PlannedInstallments::plus);
            }
            return planned;
        }

        public InstallmentPlan of(PayableAward award) {
            return of(award.programmeCode(), award.term(), award.amount(), award.confirmedAt());
        }

        public InstallmentPlan of(String programmeCode, Term term, Money amount, Instant confirmedAt) {
            PayoutSchedule schedule = scheduleOf(programmeCode, term, confirmedAt);
            return schedule.mode() == PayoutSchedule.Mode.MONTHLY
                    ? InstallmentPlan.monthly(amount, term, schedule.months(), dueDay)
                    : InstallmentPlan.once(amount);
        }

        /** The schedule in force for the programme and term at the moment the award was confirmed. */
        public PayoutSchedule scheduleOf(String programmeCode, Term term, Instant confirmedAt) {
            Instant at = confirmedAt == null ? Instant.now() : confirmedAt;
            int found = Collections.binarySearch(changes, at);
            int interval = found >= 0 ? found + 1 : -found - 1;
            return schedules.computeIfAbsent(
                    new Key(programmeCode, term, interval), k -> rules.scheduleFor(programmeCode, term, at));
        }
    }
}
