package com.aidloop.disbursement;

import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A payout round (发放轮次) as pages and the API read it: what it paid (term, programmes, region)
 * and its batches, one per issuing bank.
 *
 * @param townshipCodes the chosen townships, empty for the whole county
 * @param regionName the county's name or the chosen townships' names
 * @param payDate the round's pay date (发放日期): it paid the installments due on or before it
 */
public record RoundView(
        long id,
        String reference,
        Term term,
        String countyCode,
        List<String> townshipCodes,
        String regionName,
        List<String> programmeCodes,
        String programmeNames,
        String createdBy,
        Instant createdAt,
        List<BatchView> batches,
        LocalDate payDate) {

    public RoundView {
        townshipCodes = List.copyOf(townshipCodes);
        programmeCodes = List.copyOf(programmeCodes);
        batches = List.copyOf(batches);
    }

    public long count() {
        return batches.stream().mapToLong(BatchView::controlCount).sum();
    }

    public Money amount() {
        return batches.stream().map(BatchView::controlAmount).reduce(Money.ZERO, Money::plus);
    }

    /** Batches waiting for a checker: drafts not sent back. */
    public List<BatchView> awaitingApproval() {
        return batches.stream()
                .filter(b -> b.status() == BatchStatus.DRAFT && b.review() == null)
                .toList();
    }

    /** Batches sent back to their makers (驳回), with the checker's opinion. */
    public List<BatchView> returned() {
        return batches.stream().filter(b -> b.review() != null).toList();
    }

    /** Whether {@code username} made any of the batches, so may neither approve nor reject the round. */
    public boolean hasContributor(String username) {
        return batches.stream().anyMatch(b -> b.hasContributor(username));
    }

    /** 已驳回, 待审核, 部分审核, 已审核, 已导出 or 已对账, from the batches' states. */
    public String statusLabel() {
        if (!returned().isEmpty()) {
            return "已驳回";
        }
        long drafts =
                batches.stream().filter(b -> b.status() == BatchStatus.DRAFT).count();
        if (drafts == batches.size()) {
            return "待审核";
        }
        if (drafts > 0) {
            return "部分审核";
        }
        if (batches.stream().allMatch(b -> b.status() == BatchStatus.RECONCILED)) {
            return "已对账";
        }
        return batches.stream().allMatch(b -> b.status() != BatchStatus.APPROVED) ? "已导出" : "已审核";
    }

    /** The same round with its region's name and its batches. */
    public RoundView completed(String name, List<BatchView> withBatches) {
        return new RoundView(
                id,
                reference,
                term,
                countyCode,
                townshipCodes,
                name,
                programmeCodes,
                programmeNames,
                createdBy,
                createdAt,
                withBatches,
                payDate);
    }
}
