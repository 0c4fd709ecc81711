package com.aidloop.disbursement.round;

import com.aidloop.disbursement.BatchReviewRefused;
import com.aidloop.disbursement.BatchStatus;
import com.aidloop.disbursement.RoundView;
import com.aidloop.disbursement.batch.ControlTotals;
import com.aidloop.disbursement.batch.PayoutBatch;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A payout round as the second person reviews it: one decision over all its batches. Each batch
 * keeps its own rules ({@link PayoutBatch}: maker–checker over every maker, lines = control totals,
 * 驳回 with an opinion); the round applies a decision to every batch it concerns, all or nothing — a
 * maker of any batch of the round approves none of them.
 */
public final class PayoutRound {

    private final RoundView view;
    private final List<PayoutBatch> batches;

    public PayoutRound(RoundView view, List<PayoutBatch> batches) {
        this.view = view;
        this.batches = List.copyOf(batches);
    }

    public static PayoutRound of(RoundView view) {
        return new PayoutRound(
                view, view.batches().stream().map(PayoutBatch::of).toList());
    }

    /**
     * 审核通过 for the whole round: every draft not sent back is approved by {@code by}.
     *
     * @param lines count and sum of each batch's stored lines, by batch id
     * @return the batches approved
     */
    public List<PayoutBatch> approve(String by, Instant at, Map<Long, ControlTotals> lines) {
        return apply(awaiting(), b -> b.approve(by, at, lines.get(b.id())));
    }

    /** 驳回 the whole round: every draft not yet sent back goes back to its makers with the same opinion. */
    public List<PayoutBatch> reject(String by, Instant at, String opinion) {
        return apply(awaiting(), b -> b.reject(by, at, opinion));
    }

    /** 重新提交: a maker hands every batch that was sent back to the checker again. */
    public List<PayoutBatch> resubmit(String by) {
        return apply(batches.stream().filter(b -> b.review() != null).toList(), b -> b.resubmit(by));
    }

    private List<PayoutBatch> awaiting() {
        return batches.stream()
                .filter(b -> b.status() == BatchStatus.DRAFT && b.review() == null)
                .toList();
    }

    private static List<PayoutBatch> apply(List<PayoutBatch> concerned, Consumer<PayoutBatch> decision) {
        if (concerned.isEmpty()) {
            throw BatchReviewRefused.nothingToReview();
        }
        concerned.forEach(decision);
        return concerned;
    }

    public RoundView view() {
        return view;
    }

    public List<PayoutBatch> batches() {
        return batches;
    }
}
