package com.aidloop.disbursement;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditRecord.FieldChange;
import com.aidloop.audit.AuditTrail;
import com.aidloop.award.PayableAwards;
import com.aidloop.disbursement.batch.BatchRecords;
import com.aidloop.disbursement.batch.ControlTotals;
import com.aidloop.disbursement.batch.NewPayment;
import com.aidloop.disbursement.batch.PaymentRecords;
import com.aidloop.disbursement.batch.PayoutBatch;
import com.aidloop.disbursement.installment.DueInstallment;
import com.aidloop.disbursement.round.RoundPayments;
import com.aidloop.disbursement.round.RoundSplit;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.DataScope;
import com.aidloop.region.RegionManagement;
import com.aidloop.registry.AidCardChanges;
import com.aidloop.shared.FreeText;
import com.aidloop.shared.Masking;
import com.aidloop.shared.Paged;
import com.aidloop.shared.Paging;
import com.aidloop.shared.Refusal.Concern;
import com.aidloop.shared.Term;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payout batches (发放批次): created by county staff from the confirmed awards of a term, household
 * township and programme that have no payment yet, one PENDING line per award paid once per term or
 * per installment due today of an award paid monthly; approved by someone
 * who put nothing into it (maker–checker over every contributor); a line removed from an approved
 * batch voids its approval. Every step is
 * audited in the same transaction, and an approval is published ({@link PayoutBatchApproved}). The
 * bank file and the EXPORTED step are {@link BankFiles}.
 */
@Service
public class PayoutBatches {

    /** The audit trail's object type of a payout batch, for every step of its life (creation to reconciliation). */
    public static final String AUDIT_TYPE = "payout_batch";

    private final PayableAwards awards;
    private final BatchRecords batches;
    private final PaymentRecords payments;
    private final AuditTrail audit;
    private final RegionManagement regions;
    private final RoundPayments lines;
    private final AidCardChanges cardChanges;

    PayoutBatches(
            PayableAwards awards,
            BatchRecords batches,
            PaymentRecords payments,
            AuditTrail audit,
            RegionManagement regions,
            RoundPayments lines,
            AidCardChanges cardChanges) {
        this.awards = awards;
        this.cardChanges = cardChanges;
        this.batches = batches;
        this.payments = payments;
        this.audit = audit;
        this.regions = regions;
        this.lines = lines;
    }

    /** What a batch of the term, township and programme would hold now. */
    @Transactional(readOnly = true)
    public BatchPreview preview(Term term, String townshipCode, String programmeCode, CurrentAccount account) {
        return gather(term, townshipCode, programmeCode, account, false).preview();
    }

    /**
     * Creates the batch in DRAFT with its lines and frozen control totals. Refused when nothing is
     * left to pay ({@link EmptyBatch}) or when another batch took the same awards at the same time
     * ({@link AwardsAlreadyInBatch}).
     */
    @Transactional
    public CreatedBatch create(Term term, String townshipCode, String programmeCode, CurrentAccount account) {
        Gathered gathered = gather(term, townshipCode, programmeCode, account, true);
        List<DueInstallment> due = gathered.lines();
        if (due.isEmpty()) {
            throw new EmptyBatch();
        }
        List<NewPayment> rows = lines.installmentRows(term, due);
        ControlTotals control = RoundSplit.totals(due);
        String reference = PayoutReference.batch(term, batches.nextBatchNumber());
        Instant now = Instant.now();
        long id = batches.insert(
                reference,
                term,
                townshipCode,
                programmeCode,
                due.getFirst().award().programmeName(),
                control,
                account.username(),
                now);
        try {
            payments.copy(id, rows);
        } catch (DuplicateKeyException taken) {
            throw new AwardsAlreadyInBatch();
        }
        BatchView view = get(id, account.scope());
        audit.record(AuditRecord.of(
                        "CREATE",
                        AUDIT_TYPE,
                        id,
                        "创建发放批次 " + reference + "（" + view.townshipName() + " "
                                + view.programmeName() + " " + term.label() + "）：" + control.count() + " 笔，"
                                + control.amount() + " 元"
                                + (gathered.missingCard() > 0 ? "；" + gathered.missingCard() + " 名学生缺少资助卡号未编入" : ""))
                .withChanges(List.of(
                        new FieldChange("control_count", null, Long.toString(control.count())),
                        new FieldChange("control_amount", null, control.amount().toString())))
                .by(account.username()));
        return new CreatedBatch(view, gathered.missingCard());
    }

    /**
     * 审核通过, by someone who put nothing into the batch (not its creator, nor anyone who reissued a
     * payment into it). {@code seenVersion} (optional) is the version the approver looked at: a batch
     * changed since is refused, as is the second of two approvals at once. The students' card
     * changes that a reissue batch carries take effect with its approval. Every refused approval
     * (a contributor approving, a batch changed or approved meanwhile, totals that do not add up) is
     * marked for the audit trail.
     */
    @Transactional
    public BatchView approve(long id, Integer seenVersion, CurrentAccount account) {
        PayoutBatch batch = batches.find(id, account.scope()).orElseThrow(() -> new BatchNotFound(id));
        try {
            if (seenVersion != null && seenVersion != batch.version()) {
                throw new BatchChangedMeanwhile();
            }
            batch.approve(account.username(), Instant.now(), payments.totals(id));
            batches.save(batch);
        } catch (BatchRefused refused) {
            throw refused.auditedAs(Concern.APPROVAL).about(AUDIT_TYPE, id);
        }
        audit.record(AuditRecord.of("APPROVE", AUDIT_TYPE, id, "审核通过发放批次 " + batch.reference() + "：" + batch.control())
                .withChanges(List.of(
                        new FieldChange("status", BatchStatus.DRAFT.name(), BatchStatus.APPROVED.name()),
                        new FieldChange("approved_by", null, account.username())))
                .by(account.username()));
        cardChanges.approveCarried(id, account.username(), account.scope());
        return get(id, account.scope());
    }

    /**
     * Takes a pending line out of a draft or approved batch (e.g. a doubtful card). The control
     * totals become those of the remaining lines, recorded old → new in the audit trail, and an
     * approval is voided (APPROVED → DRAFT). The award can be paid in a later batch. A card change
     * the line carried (a reissue's corrected card) stays pending, now to be approved on its own.
     */
    @Transactional
    public BatchView removePayment(long id, long paymentId, String reason, CurrentAccount account) {
        if (reason == null || reason.isBlank()) {
            throw new RemovalNeedsReason();
        }
        reason = FreeText.limited("reason", reason, FreeText.NOTE_MAX);
        PayoutBatch batch = batches.find(id, account.scope()).orElseThrow(() -> new BatchNotFound(id));
        PaymentLine line = payments.line(id, paymentId).orElseThrow(() -> new BatchNotFound(id));
        BatchStatus before = batch.status();
        PayoutBatch.LineRemoval removal = batch.removeLine(
                line.amount(), new BatchContributor(account.username(), Contribution.REMOVED_LINE, null));
        if (!payments.delete(id, paymentId)) {
            throw new BatchChangedMeanwhile().about(AUDIT_TYPE, id);
        }
        cardChanges.releaseCarried(paymentId, account.username(), account.scope());
        batches.save(batch);
        List<FieldChange> changes = new ArrayList<>(List.of(
                new FieldChange(
                        "control_count",
                        Long.toString(removal.before().count()),
                        Long.toString(removal.after().count())),
                new FieldChange(
                        "control_amount",
                        removal.before().amount().toString(),
                        removal.after().amount().toString()),
                new FieldChange(
                        "payment", line.reference() + " " + line.cardNumberMasked() + " " + line.amount(), null)));
        if (removal.approvalVoided()) {
            changes.add(new FieldChange("status", before.name(), batch.status().name()));
            changes.add(new FieldChange("approved_by", removal.voidedApprover(), null));
        }
        audit.record(AuditRecord.of(
                        "UPDATE",
                        AUDIT_TYPE,
                        id,
                        "从发放批次 " + batch.reference() + " 移除第 " + line.lineNo() + " 行 "
                                + line.reference() + "（" + line.amount() + " 元），原因："
                                + Masking.withinText(reason.strip())
                                + (removal.approvalVoided() ? "；原审核已作废" : ""))
                .withChanges(changes)
                .by(account.username()));
        return get(id, account.scope());
    }

    @Transactional(readOnly = true)
    public BatchView get(long id, DataScope scope) {
        return named(List.of(batches.view(id, scope).orElseThrow(() -> new BatchNotFound(id))))
                .getFirst();
    }

    @Transactional(readOnly = true)
    public Paged<BatchView> list(BatchFilter filter, DataScope scope, Paging paging) {
        Paged<BatchView> page = batches.list(filter, scope, paging);
        return new Paged<>(named(page.content()), page.totalElements(), page.page(), page.size());
    }

    /** The batch's lines in line order, cards masked. */
    @Transactional(readOnly = true)
    public Paged<PaymentLine> lines(long id, DataScope scope, Paging paging) {
        batches.view(id, scope).orElseThrow(() -> new BatchNotFound(id));
        return payments.lines(id, paging);
    }

    /** @param toPay lock the awards for the batch being created (see {@link PayableAwards#forEachToPay}) */
    private Gathered gather(
            Term term, String townshipCode, String programmeCode, CurrentAccount account, boolean toPay) {
        DataScope scope = account.scope();
        if (townshipCode == null
                || !townshipCode.matches("[0-9]{9}")
                || scope.schoolId() != null
                || scope.regionPrefix() == null
                || !townshipCode.startsWith(scope.regionPrefix())
                || regions.find(townshipCode).isEmpty()) {
            throw new TownshipNotInScope(townshipCode);
        }
        Gathered gathered = new Gathered(
                lines.split(term, List.of(programmeCode), lines.today()).inOneBatch());
        if (toPay) {
            awards.forEachToPay(term, townshipCode, programmeCode, scope, gathered.split()::take);
        } else {
            awards.forEach(term, townshipCode, programmeCode, scope, gathered.split()::take);
        }
        return gathered;
    }

    private List<BatchView> named(List<BatchView> views) {
        Map<String, String> names =
                regions.namesOf(views.stream().map(BatchView::townshipCode).toList());
        return views.stream()
                .map(v -> v.named(names.getOrDefault(v.townshipCode(), v.townshipCode())))
                .toList();
    }

    /**
     * The installments due today of a new batch (an award paid once per term is one), and those left
     * out: awards without a card, installments already in a batch.
     */
    private record Gathered(RoundSplit split) {

        List<DueInstallment> lines() {
            return split.byBank().getOrDefault(RoundSplit.ONE_BATCH, List.of());
        }

        long missingCard() {
            return split.withoutCard().size();
        }

        BatchPreview preview() {
            ControlTotals totals = RoundSplit.totals(lines());
            return new BatchPreview(totals.count(), totals.amount(), missingCard(), split.alreadyPaid());
        }
    }
}
