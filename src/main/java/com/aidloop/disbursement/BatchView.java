package com.aidloop.disbursement;

import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.time.Instant;
import java.util.List;

/**
 * A stored payout batch as everything reads it: pages, the API, bank files and reconciliation, and
 * the aggregate {@code PayoutBatch} rebuilt from it. The one row shape of {@code disbursement_batch}.
 *
 * @param version the optimistic version: an approval names the version it saw
 * @param lineCount count of the lines stored now (equals controlCount unless changed outside the platform)
 * @param reissueOfBatchId the batch whose failed payments this one pays again, or null
 * @param townshipName the township's name from the region module, or null until {@link #named} gives it
 * @param contributors everyone who put lines, cards or amounts into the batch, in the order they first did; none may approve it
 * @param roundId the payout round (发放轮次) the batch belongs to, or null for a batch of one township and programme
 * @param bankName the issuing bank whose cards a round's batch pays, or null
 * @param review the checker's opinion while the batch is sent back to its makers (驳回), or null
 */
public record BatchView(
        long id,
        int version,
        String reference,
        Term term,
        String countyCode,
        String townshipCode,
        String townshipName,
        String programmeCode,
        String programmeName,
        BatchStatus status,
        long controlCount,
        Money controlAmount,
        long lineCount,
        Money lineAmount,
        Long reissueOfBatchId,
        String bankTemplate,
        String createdBy,
        Instant createdAt,
        String approvedBy,
        Instant approvedAt,
        String exportedBy,
        Instant exportedAt,
        Instant reconciledAt,
        List<BatchContributor> contributors,
        Long roundId,
        String bankName,
        BatchReview review) {

    public BatchView {
        contributors = contributors == null ? List.of() : List.copyOf(contributors);
    }

    /** The same batch with its township's name, looked up from the region module. */
    public BatchView named(String name) {
        return new BatchView(
                id,
                version,
                reference,
                term,
                countyCode,
                townshipCode,
                name,
                programmeCode,
                programmeName,
                status,
                controlCount,
                controlAmount,
                lineCount,
                lineAmount,
                reissueOfBatchId,
                bankTemplate,
                createdBy,
                createdAt,
                approvedBy,
                approvedAt,
                exportedBy,
                exportedAt,
                reconciledAt,
                contributors,
                roundId,
                bankName,
                review);
    }

    /** Whether {@code username} created the batch or put anything into it, so may not approve it. */
    public boolean hasContributor(String username) {
        return createdBy.equals(username)
                || contributors.stream().anyMatch(c -> c.username().equals(username));
    }

    /** What {@code username} contributed, for the page's note, or none. */
    public List<BatchContributor> contributionsOf(String username) {
        return contributors.stream().filter(c -> c.username().equals(username)).toList();
    }

    /** Whether the stored lines add up to the frozen control totals. */
    public boolean linesMatchControl() {
        return lineCount == controlCount && lineAmount.equals(controlAmount);
    }

    /** Whether this batch pays again what failed in another (补发). */
    public boolean isReissue() {
        return reissueOfBatchId != null;
    }

    /** The batch's name on lists, pages and bank file titles: 补发 for a reissue, the bank for a round's batch. */
    public String label() {
        return (isReissue() ? "【补发】" : "") + reference + (bankName == null ? "" : " " + bankName);
    }

    public String statusLabel() {
        return switch (status) {
            case DRAFT -> review != null ? "已驳回" : "待审核";
            case APPROVED -> "已审核";
            case EXPORTED -> "已导出";
            case RECONCILED -> "已对账";
        };
    }
}
