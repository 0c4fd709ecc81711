package com.aidloop.disbursement.reconciliation;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditRecord.FieldChange;
import com.aidloop.audit.AuditTrail;
import com.aidloop.disbursement.BatchView;
import com.aidloop.disbursement.ReconciliationNotFound;
import com.aidloop.disbursement.ReconciliationRefused;
import com.aidloop.disbursement.batch.BatchRecords;
import com.aidloop.disbursement.batch.PaymentRecords;
import com.aidloop.disbursement.batch.PaymentSettlement;
import com.aidloop.disbursement.batch.PaymentStatus;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.iam.DataScope;
import com.aidloop.shared.Messages;
import com.aidloop.shared.Paged;
import com.aidloop.shared.Paging;
import com.aidloop.shared.Refusal.Concern;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The exceptions queue (异常处理): county staff decide each open exception — mark the payment paid
 * or failed after checking with the bank, or dismiss it with a note. A decision is taken at the
 * version the person saw (two people at once: exactly one wins), under the batch's lock, audited,
 * and may complete the batch's reconciliation. A payment marked paid gets its SMS notice.
 */
@Service
public class ExceptionQueue {

    private static final String NOT_FOUND = "reconciliation.exception.notFound";
    private static final String AUDIT_TYPE = "payout-exception";

    private final ExceptionStore exceptions;
    private final BatchRecords batches;
    private final PaymentRecords payments;
    private final PaidNotices notices;
    private final BatchReconciling reconciling;
    private final AuditTrail audit;
    private final CurrentAccounts accounts;

    ExceptionQueue(
            ExceptionStore exceptions,
            BatchRecords batches,
            PaymentRecords payments,
            PaidNotices notices,
            BatchReconciling reconciling,
            AuditTrail audit,
            CurrentAccounts accounts) {
        this.exceptions = exceptions;
        this.batches = batches;
        this.payments = payments;
        this.notices = notices;
        this.reconciling = reconciling;
        this.audit = audit;
        this.accounts = accounts;
    }

    /** What a decision did. */
    public record Decided(PayoutExceptionView exception, boolean batchReconciled) {}

    @Transactional(readOnly = true)
    public Paged<PayoutExceptionView> list(Long batchId, Boolean open, DataScope scope, Paging paging) {
        return exceptions.list(batchId, open, scope, paging);
    }

    /**
     * The exceptions of the batch staff name by its reference (PB…) or its number, or of every
     * batch when {@code batch} is blank; a batch unknown in the scope has none.
     */
    @Transactional(readOnly = true)
    public Paged<PayoutExceptionView> list(String batch, Boolean open, DataScope scope, Paging paging) {
        String named = batch == null ? "" : batch.strip().toUpperCase(java.util.Locale.ROOT);
        if (named.isEmpty()) {
            return list((Long) null, open, scope, paging);
        }
        Long id = named.matches("[0-9]{1,18}")
                ? Long.valueOf(named)
                : batches.idOf(named, scope).orElse(-1L);
        return list(id, open, scope, paging);
    }

    @Transactional(readOnly = true)
    public PayoutExceptionView get(long id, DataScope scope) {
        return exceptions.find(id, scope).orElseThrow(() -> new ReconciliationNotFound(NOT_FOUND, id));
    }

    /**
     * @param version the exception's version as the person saw it
     * @throws ReconciliationRefused when someone decided first, or the rule of {@link Decision#refusal} refuses
     */
    @Transactional
    public Decided decide(long id, int version, Decision decision, DataScope scope) {
        PayoutExceptionView seen = get(id, scope);
        BatchView batch =
                batches.locked(seen.batchId(), scope).orElseThrow(() -> new ReconciliationNotFound(NOT_FOUND, id));
        PayoutExceptionView current = get(id, scope);
        refuseUnlessOpenAt(current, version);
        PaymentStatus before = current.paymentId() == null
                ? null
                : exceptions.lockPayment(current.paymentId()).orElseThrow();
        boolean reissued = current.paymentId() != null && exceptions.reissued(current.paymentId());
        decision.refusal(before, reissued).ifPresent(refusal -> {
            throw refusal;
        });
        boolean changed =
                decision.settlement(current.paymentId()).map(this::settle).orElse(false);
        String by =
                accounts.find().map(com.aidloop.iam.CurrentAccount::username).orElse("system");
        if (!exceptions.resolve(id, version, decision.resolution(), by)) {
            throw new ReconciliationRefused("reconciliation.decision.decidedMeanwhile")
                    .auditedAs(Concern.LOST_RACE)
                    .about(AUDIT_TYPE, id);
        }
        if (decision.kind() == Decision.Kind.MARK_PAID && changed) {
            notices.enqueue(batch.reference(), List.of(current.paymentId()));
        }
        audit.record(AuditRecord.of(
                        "RECONCILIATION_DECISION",
                        AUDIT_TYPE,
                        id,
                        Messages.format(
                                "reconciliation.audit.decision",
                                batch.reference(),
                                String.valueOf(current.lineNo()),
                                current.kindLabel(),
                                decision.resolution()))
                .withChanges(changes(current, decision, before, changed)));
        boolean reconciled = reconciling.completeIfDone(batch.id(), scope);
        return new Decided(get(id, scope), reconciled);
    }

    /** A decision is taken on an open exception, at the version the person saw. */
    private static void refuseUnlessOpenAt(PayoutExceptionView current, int version) {
        if (!current.open()) {
            throw new ReconciliationRefused("reconciliation.decision.notOpen", current.resolvedBy());
        }
        if (current.version() != version) {
            throw new ReconciliationRefused("reconciliation.decision.decidedMeanwhile")
                    .auditedAs(Concern.LOST_RACE)
                    .about(AUDIT_TYPE, current.id());
        }
    }

    /** What the audit shows changed: the exception, and the payment's status when the decision moved it. */
    private static List<FieldChange> changes(
            PayoutExceptionView decided, Decision decision, PaymentStatus before, boolean paymentMoved) {
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("异常状态", "待处理", "已处理"));
        if (paymentMoved) {
            changes.add(new FieldChange(
                    "支付状态（" + decided.reference() + "）",
                    before.label(),
                    decision.kind() == Decision.Kind.MARK_PAID
                            ? PaymentStatus.PAID.label()
                            : PaymentStatus.FAILED.label()));
        }
        return changes;
    }

    /** Moves the payment (locked, its move allowed by {@link Decision#refusal}); a refused move is a fault, never skipped. */
    private boolean settle(PaymentSettlement settlement) {
        if (payments.settle(List.of(settlement), PaymentStatus.allowedFrom(settlement.to())) != 1) {
            throw new IllegalStateException(
                    "payment " + settlement.paymentId() + " did not move to " + settlement.to());
        }
        return true;
    }
}
