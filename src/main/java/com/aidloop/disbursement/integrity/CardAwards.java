package com.aidloop.disbursement.integrity;

import com.aidloop.award.PayableAward;
import com.aidloop.award.PayableAwards;
import com.aidloop.award.PayableAwards.AwardDifference;
import com.aidloop.award.PayableAwards.PaidAward;
import com.aidloop.disbursement.PayoutFigure;
import com.aidloop.disbursement.installment.InstallmentPlan;
import com.aidloop.disbursement.installment.InstallmentPlans;
import com.aidloop.disbursement.installment.PlannedInstallments;
import com.aidloop.disbursement.integrity.IntegrityQueries.PaidInstallment;
import com.aidloop.iam.DataScope;
import com.aidloop.shared.Term;
import java.time.LocalDate;
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

    CardAwards(PayableAwards awards, InstallmentPlans plans) {
        this.awards = awards;
        this.plans = plans;
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
     * The claims whose award is unknown, of another term, not confirmed or of another amount. An
     * installment that pays its share of the award's plan claims the award's amount; one that does
     * not claims what it pays, which the award module finds to differ.
     */
    public List<AwardDifference> differences(Term term, List<PaidInstallment> claims) {
        List<Long> split = claims.stream()
                .filter(c -> c.count() > 1)
                .map(PaidInstallment::awardId)
                .distinct()
                .toList();
        Map<Long, PayableAward> byId = split.isEmpty()
                ? Map.of()
                : awards.byIds(split).stream().collect(Collectors.toMap(PayableAward::awardId, Function.identity()));
        List<PaidAward> asAwards = claims.stream()
                .map(c -> {
                    PayableAward award = byId.get(c.awardId());
                    boolean share = c.count() > 1
                            && award != null
                            && InstallmentPlan.shares(award.amount(), c.count())
                                    .get(c.number() - 1)
                                    .equals(c.amount());
                    return new PaidAward(c.awardId(), share ? award.amount() : c.amount());
                })
                .distinct()
                .toList();
        return awards.differences(term, asAwards);
    }
}
