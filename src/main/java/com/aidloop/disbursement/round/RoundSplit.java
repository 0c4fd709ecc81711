package com.aidloop.disbursement.round;

import com.aidloop.award.PayableAward;
import com.aidloop.disbursement.PayoutFigure;
import com.aidloop.disbursement.batch.ControlTotals;
import com.aidloop.disbursement.installment.DueInstallment;
import com.aidloop.disbursement.installment.Installment;
import com.aidloop.disbursement.installment.InstallmentKey;
import com.aidloop.disbursement.installment.InstallmentPlan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How a payout round splits what it pays: the installments of the awards that are due on or before
 * the round's pay date (an award paid at once is one installment, always due), one batch per issuing
 * bank ({@link IssuingBank}), each holding only that bank's cards in the order read (the bank file's
 * order). Left out: installments that already have a payment (a failed one is reissued, never paid
 * again by a new batch), installments not yet due (counted), and awards without a card or without
 * its bank, which are named for staff to fix the card.
 */
public final class RoundSplit {

    /** The one key of {@link #byBank()} when split {@link #inOneBatch()}. */
    public static final String ONE_BATCH = "";

    private final Map<String, List<DueInstallment>> byBank = new TreeMap<>();
    private final List<PayableAward> withoutCard = new ArrayList<>();
    private final Set<InstallmentKey> taken;
    private final Function<PayableAward, InstallmentPlan> plans;
    private final LocalDate payDate;
    private final boolean byIssuingBank;
    private long alreadyPaid;
    private PayoutFigure notYetDue = PayoutFigure.NONE;

    /** Every award paid at once; {@code taken}: the awards that have a payment row (pending, paid or failed). */
    public RoundSplit(Set<Long> taken) {
        this(
                taken.stream().map(id -> new InstallmentKey(id, 1)).collect(Collectors.toSet()),
                a -> InstallmentPlan.once(a.amount()),
                LocalDate.MAX);
    }

    /**
     * @param taken the installments that have a payment row (pending, paid or failed)
     * @param plans the installment plan of each award
     * @param payDate the round's pay date: installments due after it wait for a later round
     */
    public RoundSplit(Set<InstallmentKey> taken, Function<PayableAward, InstallmentPlan> plans, LocalDate payDate) {
        this(taken, plans, payDate, true);
    }

    private RoundSplit(
            Set<InstallmentKey> taken,
            Function<PayableAward, InstallmentPlan> plans,
            LocalDate payDate,
            boolean byIssuingBank) {
        this.taken = taken;
        this.plans = plans;
        this.payDate = payDate;
        this.byIssuingBank = byIssuingBank;
    }

    /**
     * The same split for a single payout batch: every line in one batch ({@link #ONE_BATCH}), a card
     * taken whatever its bank. Only a card missing leaves an award out.
     */
    public RoundSplit inOneBatch() {
        return new RoundSplit(taken, plans, payDate, false);
    }

    /** Takes the next award as read. */
    public void take(PayableAward award) {
        InstallmentPlan plan = plans.apply(award);
        for (Installment later : plan.notYetDueOn(payDate)) {
            notYetDue = notYetDue.plus(new PayoutFigure(1, later.amount()));
        }
        List<DueInstallment> due = new ArrayList<>();
        for (Installment installment : plan.dueBy(payDate)) {
            DueInstallment line = new DueInstallment(award, installment);
            if (taken.contains(line.key())) {
                alreadyPaid++;
            } else {
                due.add(line);
            }
        }
        if (due.isEmpty()) {
            return;
        }
        String bank = byIssuingBank ? IssuingBank.of(award.cardBank()) : ONE_BATCH;
        if (award.cardNumberSealed() == null || award.cardNumberSealed().isBlank() || bank == null) {
            withoutCard.add(award);
            return;
        }
        byBank.computeIfAbsent(bank, b -> new ArrayList<>()).addAll(due);
    }

    /** The lines of each bank's batch, banks in name order. */
    public Map<String, List<DueInstallment>> byBank() {
        return byBank;
    }

    /** Count and sum of one bank's lines: the batch's control totals. */
    public static ControlTotals totals(List<DueInstallment> lines) {
        ControlTotals totals = ControlTotals.NONE;
        for (DueInstallment line : lines) {
            totals = totals.plus(line.amount());
        }
        return totals;
    }

    /** Awards that cannot be paid until their card (or its bank) is recorded. */
    public List<PayableAward> withoutCard() {
        return withoutCard;
    }

    /** Installments (or awards paid at once) that already have a payment. */
    public long alreadyPaid() {
        return alreadyPaid;
    }

    /** Installments of the awards read that fall due after the pay date: for a later round. */
    public PayoutFigure notYetDue() {
        return notYetDue;
    }

    public boolean isEmpty() {
        return byBank.isEmpty();
    }
}
