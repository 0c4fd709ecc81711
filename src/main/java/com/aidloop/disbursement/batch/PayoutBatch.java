package com.aidloop.disbursement.batch;

import com.aidloop.disbursement.BatchAlreadyApproved;
import com.aidloop.disbursement.BatchAlreadyExported;
import com.aidloop.disbursement.BatchNotApproved;
import com.aidloop.disbursement.BatchStatus;
import com.aidloop.disbursement.BatchTotalsMismatch;
import com.aidloop.disbursement.CreatorCannotApprove;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.time.Instant;
import java.util.Objects;

/**
 * A payout batch (发放批次) of one term, household township and programme. It owns its state
 * machine, DRAFT → APPROVED → EXPORTED (→ RECONCILED, set by reconciliation), one step at a time:
 * the creator never approves (maker–checker); approval and export need the lines to add up to the
 * control totals; removing a line from an approved batch voids the approval and records new
 * control totals, so that approval is always given to the lines as they are.
 */
public final class PayoutBatch {

    private final long id;
    private final int version;
    private final String reference;
    private final Term term;
    private final String townshipCode;
    private final String programmeCode;
    private final String programmeName;
    private final String createdBy;
    private final Instant createdAt;
    private BatchStatus status;
    private ControlTotals control;
    private String approvedBy;
    private Instant approvedAt;
    private String exportedBy;
    private Instant exportedAt;
    private String bankTemplate;

    /** A batch as stored; {@code id} and {@code version} identify the stored row for an optimistic update. */
    public PayoutBatch(long id, int version, String reference, Term term, String townshipCode, String programmeCode, String programmeName,
            BatchStatus status, ControlTotals control, String createdBy, Instant createdAt, String approvedBy, Instant approvedAt,
            String exportedBy, Instant exportedAt, String bankTemplate) {
        this.id = id;
        this.version = version;
        this.reference = Objects.requireNonNull(reference);
        this.term = Objects.requireNonNull(term);
        this.townshipCode = Objects.requireNonNull(townshipCode);
        this.programmeCode = Objects.requireNonNull(programmeCode);
        this.programmeName = programmeName;
        this.status = Objects.requireNonNull(status);
        this.control = Objects.requireNonNull(control);
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = createdAt;
        this.approvedBy = approvedBy;
        this.approvedAt = approvedAt;
        this.exportedBy = exportedBy;
        this.exportedAt = exportedAt;
        this.bankTemplate = bankTemplate;
    }

    /**
     * 审核通过 by someone other than the creator, of a draft whose lines add up to its control totals.
     *
     * @param lines count and sum of the lines as they are stored now
     */
    public void approve(String by, Instant at, ControlTotals lines) {
        if (status == BatchStatus.APPROVED) {
            throw new BatchAlreadyApproved();
        }
        if (status != BatchStatus.DRAFT) {
            throw new BatchAlreadyExported();
        }
        if (createdBy.equals(by)) {
            throw new CreatorCannotApprove();
        }
        requireLinesMatch(lines);
        move(BatchStatus.APPROVED);
        approvedBy = by;
        approvedAt = at;
    }

    /** The first bank file handed out: only an approved batch, with lines still adding up to the control totals. */
    public void markExported(String by, Instant at, String template, ControlTotals lines) {
        if (status == BatchStatus.DRAFT) {
            throw new BatchNotApproved();
        }
        if (status != BatchStatus.APPROVED) {
            throw new BatchAlreadyExported();
        }
        requireLinesMatch(lines);
        move(BatchStatus.EXPORTED);
        exportedBy = by;
        exportedAt = at;
        bankTemplate = template;
    }

    /**
     * A line taken out (e.g. a doubtful card): the control totals become those of the remaining
     * lines, and an approved batch goes back to DRAFT without its approval.
     *
     * @return what changed, for the audit trail
     */
    public LineRemoval removeLine(Money amount) {
        if (status != BatchStatus.DRAFT && status != BatchStatus.APPROVED) {
            throw new BatchAlreadyExported();
        }
        ControlTotals before = control;
        String voidedApprover = approvedBy;
        control = control.without(amount);
        if (status == BatchStatus.APPROVED) {
            move(BatchStatus.DRAFT);
            approvedBy = null;
            approvedAt = null;
        }
        return new LineRemoval(before, control, voidedApprover);
    }

    /** Bank files may be generated for an approved batch and, again with the same bytes, after export. */
    public boolean mayHaveBankFile() {
        return status != BatchStatus.DRAFT;
    }

    /** Whether the lines (as stored) still add up to the control totals. */
    public void requireLinesMatch(ControlTotals lines) {
        if (!control.equals(lines)) {
            throw new BatchTotalsMismatch(control.count(), control.amount(), lines.count(), lines.amount());
        }
    }

    private void move(BatchStatus next) {
        if (!status.canMoveTo(next)) {
            throw new IllegalStateException("a batch does not move from " + status + " to " + next);
        }
        status = next;
    }

    /** What removing a line changed: control totals before and after, and the approver whose approval was voided (or null). */
    public record LineRemoval(ControlTotals before, ControlTotals after, String voidedApprover) {

        public boolean approvalVoided() {
            return voidedApprover != null;
        }
    }

    public long id() { return id; }
    public int version() { return version; }
    public String reference() { return reference; }
    public Term term() { return term; }
    public String townshipCode() { return townshipCode; }
    public String programmeCode() { return programmeCode; }
    public String programmeName() { return programmeName; }
    public BatchStatus status() { return status; }
    public ControlTotals control() { return control; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public String approvedBy() { return approvedBy; }
    public Instant approvedAt() { return approvedAt; }
    public String exportedBy() { return exportedBy; }
    public Instant exportedAt() { return exportedAt; }
    public String bankTemplate() { return bankTemplate; }

    @Override
    public String toString() {
        return "PayoutBatch[" + id + " " + reference + " " + status + " " + control + "]";
    }
}
