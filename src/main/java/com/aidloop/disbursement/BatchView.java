package com.aidloop.disbursement;

import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.time.Instant;

/**
 * A payout batch as pages and the API show it.
 *
 * @param version the optimistic version: an approval names the version it saw
 * @param lineCount count of the lines stored now (equals controlCount unless changed outside the platform)
 * @param reissueOfBatchId the batch whose failed payments this one pays again, or null
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
        Instant exportedAt) {

    /** The same batch with its township's name, looked up from the region module. */
    public BatchView named(String name) {
        return new BatchView(id, version, reference, term, countyCode, townshipCode, name, programmeCode, programmeName, status,
                controlCount, controlAmount, lineCount, lineAmount, reissueOfBatchId, bankTemplate, createdBy, createdAt, approvedBy,
                approvedAt, exportedBy, exportedAt);
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
