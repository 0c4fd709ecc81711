package com.aidloop.disbursement.reconciliation;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.disbursement.BatchView;
import com.aidloop.disbursement.PayoutBatches;
import com.aidloop.disbursement.ReturnFileRefused;
import com.aidloop.disbursement.batch.PaymentRecords;
import com.aidloop.disbursement.batch.PaymentSettlement;
import com.aidloop.disbursement.batch.PaymentStatus;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.iam.DataScope;
import com.aidloop.shared.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a bank's return file (回盘文件) for an exported batch, in one transaction: every line
 * matched and applied, or nothing written. Clean paid and failed lines settle their payments in
 * one statement; paid ones get their SMS notice in the same transaction; every other line goes to
 * the exceptions queue with its reason. The same file twice is refused. Audited.
 */
@Service
public class ReturnFileImport {

    private final ReturnFileIntake intake;
    private final PaymentRecords payments;
    private final ReconciliationStore store;
    private final PaidNotices notices;
    private final BatchReconciling reconciling;
    private final AuditTrail audit;
    private final CurrentAccounts accounts;

    ReturnFileImport(
            ReturnFileIntake intake,
            PaymentRecords payments,
            ReconciliationStore store,
            PaidNotices notices,
            BatchReconciling reconciling,
            AuditTrail audit,
            CurrentAccounts accounts) {
        this.intake = intake;
        this.payments = payments;
        this.store = store;
        this.notices = notices;
        this.reconciling = reconciling;
        this.audit = audit;
        this.accounts = accounts;
    }

    /**
     * @param file the uploaded bytes, saved by the caller
     * @param fileName the name the person's computer gave it
     * @throws ReturnFileRefused when the file cannot be read, was uploaded before, or the batch is not exported
     * @throws ReconciliationNotFound when the batch does not exist in the scope
     */
    @Transactional
    public ReturnFileResult upload(long batchId, String fileName, Path file, DataScope scope) {
        ReturnFileIntake.Taken taken = intake.take(batchId, fileName, file, scope);
        BatchView batch = taken.batch();
        ReturnFileReader.Parsed parsed = taken.parsed();
        String sha256 = taken.sha256();
        Map<String, PaymentState> states = store.payments(batchId);
        Matching.Matched matched = Matching.match(parsed.lines(), states::get);

        String by =
                accounts.find().map(com.aidloop.iam.CurrentAccount::username).orElse("system");
        long fileId = store.insertReturnFile(batchId, fileName, sha256, matched, by);
        List<LineOutcome> exceptions = matched.exceptions();
        store.insertExceptions(batchId, fileId, exceptions);
        List<LineOutcome> settling = matched.settling();
        settle(batchId, settling);
        List<Long> paidIds = settling.stream()
                .filter(o -> o.outcome() == Outcome.PAID)
                .map(o -> o.payment().id())
                .toList();
        PaidNotices.Sent sms = notices.enqueue(batch.reference(), paidIds);
        recordInAudit(batch, fileName, matched);
        boolean reconciled = reconciling.completeIfDone(batchId, scope);
        return new ReturnFileResult(
                fileId,
                batchId,
                batch.reference(),
                parsed.format(),
                matched.lines().size(),
                matched.count(Outcome.PAID),
                matched.count(Outcome.FAILED),
                matched.count(Outcome.ALREADY_SETTLED),
                matched.count(Outcome.DUPLICATE_LINE),
                exceptions.stream().map(LineOutcome::detail).toList(),
                sms.enqueued(),
                sms.withoutPhone(),
                reconciled);
    }

    /** Settles every clean paid and failed line in one statement, or none. */
    private void settle(long batchId, List<LineOutcome> settling) {
        int settled = payments.settle(settlements(settling), PaymentStatus.settledByBank());
        if (settled != settling.size()) {
            // the batch row is locked, so nothing else settles its payments meanwhile; never apply half a file
            throw new IllegalStateException("payments of batch " + batchId + " changed during the import");
        }
    }

    private void recordInAudit(BatchView batch, String fileName, Matching.Matched matched) {
        audit.record(AuditRecord.of(
                "RETURN_FILE_UPLOAD",
                PayoutBatches.AUDIT_TYPE,
                batch.id(),
                Messages.format(
                        "reconciliation.audit.upload",
                        fileName,
                        batch.reference(),
                        String.valueOf(matched.lines().size()),
                        String.valueOf(matched.count(Outcome.PAID)),
                        String.valueOf(matched.count(Outcome.FAILED)),
                        String.valueOf(matched.count(Outcome.DUPLICATE_LINE) + matched.count(Outcome.ALREADY_SETTLED)),
                        String.valueOf(matched.exceptions().size()))));
    }

    /** The clean paid and failed lines as settlements; a failure without the bank's reason gets a sentence saying so. */
    private static List<PaymentSettlement> settlements(List<LineOutcome> settling) {
        String noReason = Messages.format("reconciliation.noReason");
        return settling.stream()
                .map(o -> o.outcome() == Outcome.PAID
                        ? PaymentSettlement.paid(o.payment().id())
                        : PaymentSettlement.failed(
                                o.payment().id(),
                                o.line().reason().isEmpty()
                                        ? noReason
                                        : o.line().reason()))
                .toList();
    }
}
