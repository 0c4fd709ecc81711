package com.aidloop.disbursement;

import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.time.Instant;
import java.util.List;

/**
 * The money-integrity check (资金核对) of a term in a scope: the four levels of the chain, the
 * gaps that are work not yet done, and every break.
 *
 * <ol>
 *   <li>{@code confirmed}: the confirmed awards, and {@code installments}: the installments they are paid in
 *       (an award paid once per term is one; monthly installments add up to the award exactly);</li>
 *   <li>{@code inBatches}: the installments on a batch line (an installment counts once: a failed payment and
 *       its reissue are one);</li>
 *   <li>{@code inBankFiles}: the lines of exported batches as their recorded bank files hold them, less the failed lines
 *       that a reissue replaced (the reissue counts in its own batch's file);</li>
 *   <li>{@code settled}: paid + failed + pending of those same lines, from the payment records.</li>
 * </ol>
 * Without breaks, per term: card awards = installments (in amount), installments = inBatches +
 * notInBatch (installments no line pays yet, due or not: {@code notYetDue} of them fall due later),
 * inBatches = inBankFiles + notExported, inBankFiles = settled = paid + failed + pending. These are the card programmes; the programmes that pay the school or in
 * kind have their own chain ({@link Settlement}): awards = transfers recorded + not yet transferred,
 * transfers recorded = confirmed by the schools + awaiting the schools.
 */
public record IntegrityReport(
        Term term,
        Instant checkedAt,
        PayoutFigure confirmed,
        PayoutFigure installments,
        PayoutFigure notYetDue,
        PayoutFigure inBatches,
        PayoutFigure inBankFiles,
        PayoutFigure paid,
        PayoutFigure failed,
        PayoutFigure pending,
        PayoutFigure notInBatch,
        List<UnbatchedAward> notInBatchFirst,
        PayoutFigure notExported,
        List<UnexportedBatch> notExportedBatches,
        List<IntegrityBreak> breaks,
        boolean breaksTruncated,
        Settlement settlement,
        Recovery recovery) {

    /**
     * Money recovered from the term's awards (追回资金, e.g. after a 四项比对): its own line beside
     * the chain, never netted into it, so that what was paid and what came back are both seen;
     * {@link IntegrityReport#netPaid} is paid less recovered. Only recoveries a second staff member
     * confirmed are recovered; those waiting for that review (待复核) are shown apart and count nowhere.
     */
    public record Recovery(
            PayoutFigure recovered,
            List<com.aidloop.award.RecoveredAward> first,
            PayoutFigure awaitingReview,
            List<com.aidloop.award.RecoveredAward> firstAwaitingReview) {

        public static final Recovery NONE = new Recovery(PayoutFigure.NONE, List.of(), PayoutFigure.NONE, List.of());

        public Recovery {
            first = List.copyOf(first);
            firstAwaitingReview = List.copyOf(firstAwaitingReview);
        }
    }

    /** The card programmes' paid money less all money recovered from the term's awards. */
    public Money netPaid() {
        return paid.amount().minus(recovery.recovered().amount());
    }

    /**
     * The chain of the programmes settled with the schools (fee waivers, meals): their confirmed
     * awards, the transfers the county recorded and those the schools confirmed; the schools and
     * programmes not yet transferred or awaiting the school are work to do, listed.
     */
    public record Settlement(
            PayoutFigure awards,
            PayoutFigure transferred,
            PayoutFigure confirmed,
            PayoutFigure notTransferred,
            PayoutFigure awaitingSchool,
            List<SettlementGap> gaps) {

        public static final Settlement NONE = new Settlement(
                PayoutFigure.NONE,
                PayoutFigure.NONE,
                PayoutFigure.NONE,
                PayoutFigure.NONE,
                PayoutFigure.NONE,
                List.of());

        public Settlement {
            gaps = List.copyOf(gaps);
        }

        /** awards − transferred − notTransferred. */
        public PayoutFigure unexplainedAwardsToTransfers() {
            return awards.minus(transferred).minus(notTransferred);
        }

        /** transferred − confirmed − awaitingSchool. */
        public PayoutFigure unexplainedTransfersToConfirmed() {
            return transferred.minus(confirmed).minus(awaitingSchool);
        }
    }

    /** A school and programme whose transfer is not yet recorded (reference null or a draft) or not yet confirmed. */
    public record SettlementGap(
            String schoolName, String programmeName, String reference, String state, PayoutFigure figure) {}

    /** An award no batch holds yet (listed, the first few). */
    public record UnbatchedAward(
            long awardId,
            String schoolName,
            String programmeName,
            String studentName,
            String cardNumberMasked,
            Money amount) {}

    /** A batch not yet exported and what its lines hold. */
    public record UnexportedBatch(
            String reference, String townshipCode, String programmeName, BatchStatus status, PayoutFigure lines) {}

    public IntegrityReport {
        notInBatchFirst = List.copyOf(notInBatchFirst);
        notExportedBatches = List.copyOf(notExportedBatches);
        breaks = List.copyOf(breaks);
    }

    public PayoutFigure settled() {
        return paid.plus(failed).plus(pending);
    }

    /** confirmed − installments, in amount: installments that do not add up to their awards. */
    public PayoutFigure unexplainedAwardsToInstallments() {
        return new PayoutFigure(0, confirmed.amount().minus(installments.amount()));
    }

    /** installments − inBatches − notInBatch: what the gap does not explain between levels 1 and 2. */
    public PayoutFigure unexplainedAwardsToBatches() {
        return installments.minus(inBatches).minus(notInBatch);
    }

    /** inBatches − inBankFiles − notExported. */
    public PayoutFigure unexplainedBatchesToFiles() {
        return inBatches.minus(inBankFiles).minus(notExported);
    }

    /** inBankFiles − settled. */
    public PayoutFigure unexplainedFilesToSettled() {
        return inBankFiles.minus(settled());
    }

    /** 核对一致: no break and every difference between levels explained by a gap. */
    public boolean balanced() {
        return breaks.isEmpty()
                && settlement.unexplainedAwardsToTransfers().isZero()
                && settlement.unexplainedTransfersToConfirmed().isZero()
                && unexplainedAwardsToInstallments().isZero()
                && unexplainedAwardsToBatches().isZero()
                && unexplainedBatchesToFiles().isZero()
                && unexplainedFilesToSettled().isZero();
    }
}
