package com.aidloop.disbursement.batch;

import com.aidloop.disbursement.BatchAlreadyApproved;
import com.aidloop.disbursement.BatchAlreadyExported;
import com.aidloop.disbursement.BatchAlreadyReconciled;
import com.aidloop.disbursement.BatchContributor;
import com.aidloop.disbursement.BatchNotApproved;
import com.aidloop.disbursement.BatchNotExported;
import com.aidloop.disbursement.BatchRefused;
import com.aidloop.disbursement.BatchReview;
import com.aidloop.disbursement.BatchReviewRefused;
import com.aidloop.disbursement.BatchStatus;
import com.aidloop.disbursement.BatchTotalsMismatch;
import com.aidloop.disbursement.BatchView;
import com.aidloop.disbursement.ContributorCannotApprove;
import com.aidloop.disbursement.CreatorCannotApprove;
import com.aidloop.disbursement.PayoutBatchApproved;
import com.aidloop.disbursement.PayoutBatchExported;
import com.aidloop.disbursement.PayoutBatchReconciled;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A payout batch (发放批次) of one term, household township and programme. It owns its state
 * machine ({@link BatchStatus}), DRAFT → APPROVED → EXPORTED → RECONCILED, one step at a time: every
 * verb checks the move first and refuses it by name. It knows its contributors, everyone who put a
 * line, card or amount into it (the creator, whoever reissued a payment into it), and none of them
 * approves it (maker–checker over every maker);
 * approval and export need the lines to add up to the control totals; removing a line from an
 * approved batch voids the approval and records new control totals, so that approval is always
 * given to the lines as they are. Approval, export and reconciliation raise past-tense events.
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
    private Instant reconciledAt;
    private BatchReview review;
    private final List<BatchContributor> contributors = new ArrayList<>();
    private final List<BatchContributor> newContributors = new ArrayList<>();
    private final List<Object> events = new ArrayList<>();

    /**
     * A batch as stored; {@code id} and {@code version} identify the stored row for an optimistic update.
     *
     * @param contributors everyone who put lines, cards or amounts into it so far (the creator among them)
     */
    public PayoutBatch(
            long id,
            int version,
            String reference,
            Term term,
            String townshipCode,
            String programmeCode,
            String programmeName,
            BatchStatus status,
            ControlTotals control,
            String createdBy,
            Instant createdAt,
            String approvedBy,
            Instant approvedAt,
            String exportedBy,
            Instant exportedAt,
            String bankTemplate,
            Instant reconciledAt,
            List<BatchContributor> contributors) {
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
        this.reconciledAt = reconciledAt;
        this.contributors.addAll(contributors);
    }

    /** The aggregate of a batch as read. */
    public static PayoutBatch of(BatchView b) {
        PayoutBatch batch = new PayoutBatch(
                b.id(),
                b.version(),
                b.reference(),
                b.term(),
                b.townshipCode(),
                b.programmeCode(),
                b.programmeName(),
                b.status(),
                new ControlTotals(b.controlCount(), b.controlAmount()),
                b.createdBy(),
                b.createdAt(),
                b.approvedBy(),
                b.approvedAt(),
                b.exportedBy(),
                b.exportedAt(),
                b.bankTemplate(),
                b.reconciledAt(),
                b.contributors());
        batch.review = b.review();
        return batch;
    }

    /**
     * 审核通过 by someone who neither created the batch nor put any line, card or amount into it, of
     * a draft whose lines add up to its control totals.
     *
     * @param lines count and sum of the lines as they are stored now
     */
    public void approve(String by, Instant at, ControlTotals lines) {
        requireMoveTo(BatchStatus.APPROVED);
        if (createdBy.equals(by)) {
            throw new CreatorCannotApprove();
        }
        contributors().stream().filter(c -> c.username().equals(by)).findFirst().ifPresent(c -> {
            throw new ContributorCannotApprove(c.contribution());
        });
        if (review != null) {
            throw BatchReviewRefused.returned();
        }
        requireLinesMatch(lines);
        status = BatchStatus.APPROVED;
        approvedBy = by;
        approvedAt = at;
        events.add(new PayoutBatchApproved(
                id, reference, term, townshipCode, programmeCode, control.count(), control.amount(), by, at));
    }

    /**
     * 驳回: the checker sends a draft back to its makers with an opinion (审核意见). Only someone who
     * may approve it may reject it; until a maker resubmits it, nobody approves it.
     */
    public void reject(String by, Instant at, String opinion) {
        requireMoveTo(BatchStatus.APPROVED);
        if (review != null) {
            throw BatchReviewRefused.returned();
        }
        contributors().stream().filter(c -> c.username().equals(by)).findFirst().ifPresent(c -> {
            throw BatchReviewRefused.makerCannotReject(c.contribution());
        });
        if (opinion == null || opinion.isBlank() || opinion.strip().length() > 500) {
            throw BatchReviewRefused.needsOpinion();
        }
        review = new BatchReview(opinion.strip(), by, at);
    }

    /** 重新提交: one of the makers hands the corrected draft back for approval; the opinion is answered. */
    public void resubmit(String by) {
        if (review == null) {
            throw BatchReviewRefused.notReturned();
        }
        if (contributors().stream().noneMatch(c -> c.username().equals(by))) {
            throw BatchReviewRefused.onlyMakersResubmit();
        }
        review = null;
    }

    /** The checker's opinion while the batch is sent back to its makers, else null. */
    public BatchReview review() {
        return review;
    }

    /** The first bank file handed out: only an approved batch, with lines still adding up to the control totals. */
    public void markExported(String by, Instant at, String template, ControlTotals lines) {
        requireMoveTo(BatchStatus.EXPORTED);
        requireLinesMatch(lines);
        status = BatchStatus.EXPORTED;
        exportedBy = by;
        exportedAt = at;
        bankTemplate = template;
        events.add(new PayoutBatchExported(
                id, reference, term, townshipCode, programmeCode, control.count(), control.amount(), template, by, at));
    }

    /**
     * 对账完成: an exported batch whose payments are all settled (the caller knows: none pending, no
     * exception open) becomes RECONCILED.
     */
    public void reconcile(Instant at, long paidCount, long failedCount) {
        requireMoveTo(BatchStatus.RECONCILED);
        status = BatchStatus.RECONCILED;
        reconciledAt = at;
        events.add(new PayoutBatchReconciled(
                id, reference, term, townshipCode, programmeCode, paidCount, failedCount, at));
    }

    /**
     * A line taken out (e.g. a doubtful card): the control totals become those of the remaining
     * lines, an approved batch goes back to DRAFT without its approval, and whoever removed it
     * becomes a contributor, who may not approve the batch.
     *
     * @return what changed, for the audit trail
     */
    public LineRemoval removeLine(Money amount, BatchContributor by) {
        if (!status.linesMayChange()) {
            throw refusal(BatchStatus.DRAFT);
        }
        ControlTotals before = control;
        String voidedApprover = approvedBy;
        control = control.without(amount);
        if (status != BatchStatus.DRAFT) {
            requireMoveTo(BatchStatus.DRAFT);
            status = BatchStatus.DRAFT;
            approvedBy = null;
            approvedAt = null;
        }
        contributed(by);
        return new LineRemoval(before, control, voidedApprover);
    }

    /**
     * A line added to a draft (a reissued payment): the control totals grow with it, and whoever
     * added it becomes a contributor, who may not approve the batch.
     */
    public void addLine(Money amount, BatchContributor by) {
        if (status != BatchStatus.DRAFT) {
            throw refusal(BatchStatus.DRAFT);
        }
        control = control.plus(amount);
        contributed(by);
    }

    private void contributed(BatchContributor by) {
        boolean known = contributors().stream()
                .anyMatch(c -> c.username().equals(by.username()) && c.contribution() == by.contribution());
        if (!known) {
            newContributors.add(by);
        }
    }

    /** Everyone who put lines, cards or amounts into the batch, the creator first, including those added since it was read. */
    public List<BatchContributor> contributors() {
        List<BatchContributor> all = new ArrayList<>(contributors);
        all.addAll(newContributors);
        return List.copyOf(all);
    }

    /** The contributors added since the batch was read, for the store to record; the batch forgets them. */
    List<BatchContributor> takeNewContributors() {
        List<BatchContributor> added = List.copyOf(newContributors);
        contributors.addAll(added);
        newContributors.clear();
        return added;
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

    /** Events raised since the batch was read, to publish once it is saved. */
    public List<Object> events() {
        return List.copyOf(events);
    }

    /** The events raised since the last save, handed to the one who publishes them; the batch forgets them. */
    List<Object> takeEvents() {
        List<Object> raised = List.copyOf(events);
        events.clear();
        return raised;
    }

    private void requireMoveTo(BatchStatus next) {
        if (!status.canMoveTo(next)) {
            throw refusal(next);
        }
    }

    /** Why a batch in its status may not move to {@code next}, by the name staff know. */
    private BatchRefused refusal(BatchStatus next) {
        if (next == BatchStatus.RECONCILED) {
            return status == BatchStatus.RECONCILED ? new BatchAlreadyReconciled() : new BatchNotExported();
        }
        return switch (status) {
            case DRAFT -> new BatchNotApproved();
            case APPROVED -> new BatchAlreadyApproved();
            case EXPORTED, RECONCILED -> new BatchAlreadyExported();
        };
    }

    /** What removing a line changed: control totals before and after, and the approver whose approval was voided (or null). */
    public record LineRemoval(ControlTotals before, ControlTotals after, String voidedApprover) {

        public boolean approvalVoided() {
            return voidedApprover != null;
        }
    }

    public long id() {
        return id;
    }

    public int version() {
        return version;
    }

    public String reference() {
        return reference;
    }

    public Term term() {
        return term;
    }

    public String townshipCode() {
        return townshipCode;
    }

    public String programmeCode() {
        return programmeCode;
    }

    public String programmeName() {
        return programmeName;
    }

    public BatchStatus status() {
        return status;
    }

    public ControlTotals control() {
        return control;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public String exportedBy() {
        return exportedBy;
    }

    public Instant exportedAt() {
        return exportedAt;
    }

    public String bankTemplate() {
        return bankTemplate;
    }

    public Instant reconciledAt() {
        return reconciledAt;
    }

    @Override
    public String toString() {
        return "PayoutBatch[" + id + " " + reference + " " + status + " " + control + "]";
    }
}
