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
        List<BatchContributor> contributors) {

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
                contributors);
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

    public String statusLabel() {
        return switch (status) {
            case DRAFT -> "待审核";
            case APPROVED -> "已审核";
            case EXPORTED -> "已导出";
            case RECONCILED -> "已对账";
        };
    }
}
