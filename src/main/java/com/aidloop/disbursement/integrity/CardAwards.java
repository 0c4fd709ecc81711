package com.aidloop.disbursement.integrity;

import com.aidloop.award.AwardRecoveries;
import com.aidloop.award.PayableAward;
import com.aidloop.award.PayableAwards;
import com.aidloop.award.PayableAwards.AwardDifference;
import com.aidloop.award.PayableAwards.PaidAward;
import com.aidloop.award.RecoveryStatus;
import com.aidloop.award.RecoveryTotals;
import com.aidloop.disbursement.IntegrityReport;
import com.aidloop.disbursement.PayoutFigure;
import com.aidloop.disbursement.installment.InstallmentPlan;
import com.aidloop.disbursement.installment.InstallmentPlans;
import com.aidloop.disbursement.installment.PlannedInstallments;
import com.aidloop.disbursement.integrity.IntegrityQueries.PaidInstallment;
import com.aidloop.iam.DataScope;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The award side of the card chain of the integrity check: the confirmed awards of the card
 * programmes, the installments they are paid in, the awards nothing pays yet, and what the payment
 * lines claim about their awards, an installment's amount checked against the award's plan.
 */
@org.springframework.stereotype.Component
public class CardAwards {

    private final PayableAwards awards;
    private final InstallmentPlans plans;
    private final AwardRecoveries recoveries;

    CardAwards(PayableAwards awards, InstallmentPlans plans, AwardRecoveries recoveries) {
        this.awards = awards;
        this.plans = plans;
        this.recoveries = recoveries;
    }

    /**
     * The money recovered from the term's awards in the scope (追回资金), every programme: the
     * confirmed recoveries and, apart, those waiting for their second review (待复核), summed by the
     * database, the first lines of each listed.
     */
    public IntegrityReport.Recovery recovered(Term term, DataScope scope, int listed) {
        RecoveryTotals totals = recoveries.totalsInTerm(term, scope);
        return new IntegrityReport.Recovery(
                new PayoutFigure(totals.recoveredCount(), totals.recovered()),
                recoveries.inTerm(term, scope, RecoveryStatus.CONFIRMED, listed),
                new PayoutFigure(totals.pendingCount(), totals.pending()),
                recoveries.inTerm(term, scope, RecoveryStatus.PENDING, listed));
    }

    /** The confirmed card awards of the term and the installments they are paid in, as of the day. */
    public record Confirmed(PayoutFigure awards, PlannedInstallments installments) {}

    /** The confirmed awards of the term in the scope, leaving out the programmes settled with the schools. */
    public Confirmed confirmed(Term term, DataScope scope, Set<String> settledWithSchools, LocalDate day) {
        PayoutFigure confirmed = awards.confirmedBySchoolAndProgramme(List.of(term), scope).stream()
                .filter(p -> !settledWithSchools.contains(p.programmeCode()))
                .map(p -> new PayoutFigure(p.awards(), p.amount()))
                .reduce(PayoutFigure.NONE, PayoutFigure::plus);
        InstallmentPlans.Book book = plans.book();
        List<PayableAwards.ConfirmedAlike> card = awards.confirmedAlike(List.of(term), scope, book.changes()).stream()
                .filter(g -> !settledWithSchools.contains(g.programmeCode()))
                .toList();
        PlannedInstallments installments =
                book.planned(card, day).values().stream().reduce(PlannedInstallments.NONE, PlannedInstallments::plus);
        return new Confirmed(confirmed, installments);
    }

    /** The confirmed awards of the term that no line claims at all (see {@link PayableAwards#confirmedOutside}). */
    public PayableAwards.Unpaid unpaid(
            Term term,
            DataScope scope,
            Collection<PaidInstallment> claims,
            Collection<String> paidOtherwise,
            int limit) {
        List<Long> paid =
                claims.stream().map(PaidInstallment::awardId).distinct().toList();
        return awards.confirmedOutside(term, scope, paid, paidOtherwise, limit);
    }

    /**
     * The claims of lines that pay no confirmed award of the term (unknown, of another term, not
     * confirmed): no installment's, so the gap of installments not yet in a batch does not count them.
     */
    public static PayoutFigure withoutAward(List<AwardDifference> differences) {
        return differences.stream()
                .filter(d -> d.difference() != PayableAwards.Difference.OTHER_AMOUNT)
                .map(d -> new PayoutFigure(1, d.claimed()))
                .reduce(PayoutFigure.NONE, PayoutFigure::plus);
    }

    /**
     * The claims whose award is unknown, of another term, not confirmed or of another amount. A
     * line of a confirmed award of the term must pay one installment of the award's plan, with its
     * number, count and amount (an award paid at once: 1 of 1, the whole amount); any other is
     * OTHER_AMOUNT, expecting the installment's amount (or the award's, for a count the plan lacks).
     */
    public List<AwardDifference> differences(Term term, List<PaidInstallment> claims) {
        List<Long> ids =
                claims.stream().map(PaidInstallment::awardId).distinct().toList();
        Map<Long, PayableAward> byId = ids.isEmpty()
                ? Map.of()
                : awards.byIds(ids).stream().collect(Collectors.toMap(PayableAward::awardId, Function.identity()));
        InstallmentPlans.Book book = plans.book();
        List<AwardDifference> differences = new ArrayList<>();
        List<PaidAward> elsewhere = new ArrayList<>();
        for (PaidInstallment c : claims) {
            PayableAward award = byId.get(c.awardId());
            if (award == null || !award.term().equals(term)) {
                elsewhere.add(new PaidAward(c.awardId(), c.amount()));
                continue;
            }
            InstallmentPlan plan = book.of(award);
            Money expected = c.count() == plan.count() && c.number() <= plan.count()
                    ? plan.number(c.number()).amount()
                    : award.amount();
            if (c.count() != plan.count() || !expected.equals(c.amount())) {
                differences.add(
                        new AwardDifference(c.awardId(), c.amount(), PayableAwards.Difference.OTHER_AMOUNT, expected));
            }
        }
        differences.addAll(
                awards.differences(term, elsewhere.stream().distinct().toList()));
        return differences;
    }
}
