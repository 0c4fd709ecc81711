package com.aidloop.disbursement;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditRecord.FieldChange;
import com.aidloop.audit.AuditTrail;
import com.aidloop.disbursement.bankfile.BankFileContent;
import com.aidloop.disbursement.bankfile.BankFileRecords;
import com.aidloop.disbursement.bankfile.BankTemplates;
import com.aidloop.disbursement.batch.BatchRecords;
import com.aidloop.disbursement.batch.ControlTotals;
import com.aidloop.disbursement.batch.PaymentRecords;
import com.aidloop.disbursement.batch.PayoutBatch;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.DataScope;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bank files (银行代发文件) of approved batches. The content depends only on the batch's stored
 * lines (whose reference, payee, card and amount never change) and the template, so generating
 * again gives the same bytes. Each generation is recorded with its SHA-256 and audited (who,
 * batch, template, digest; never the content); the first one marks the batch EXPORTED in the same
 * transaction (published as {@link PayoutBatchExported}), so a crash before commit leaves the batch
 * APPROVED and a rerun hands out the same file.
 */
@Service
public class BankFiles {

    private final BankTemplates templates;
    private final BatchRecords batches;
    private final PaymentRecords payments;
    private final BankFileRecords files;
    private final BankFileContent content;
    private final AuditTrail audit;
    private final PayoutBatches views;

    BankFiles(
            BankTemplates templates,
            BatchRecords batches,
            PaymentRecords payments,
            BankFileRecords files,
            BankFileContent content,
            AuditTrail audit,
            PayoutBatches views) {
        this.templates = templates;
        this.batches = batches;
        this.payments = payments;
        this.files = files;
        this.content = content;
        this.audit = audit;
        this.views = views;
    }

    public List<BankTemplate> templates() {
        return templates.all();
    }

    /** Count and total of the file before it is downloaded (确认页). */
    @Transactional(readOnly = true)
    public BankFileSummary summary(long batchId, String templateName, DataScope scope) {
        BankTemplate template = templates.named(templateName);
        PayoutBatch batch = batches.find(batchId, scope).orElseThrow(() -> new BatchNotFound(batchId));
        if (!batch.mayHaveBankFile()) {
            throw new BatchNotApproved();
        }
        ControlTotals lines = payments.totals(batchId);
        batch.requireLinesMatch(lines);
        return new BankFileSummary(
                views.get(batchId, scope),
                template,
                lines.count(),
                lines.amount(),
                batch.status().canMoveTo(BatchStatus.EXPORTED));
    }

    /** Generates, records and audits the batch's bank file; the first one marks the batch EXPORTED. */
    @Transactional
    public BankFile download(long batchId, String templateName, CurrentAccount account) {
        BankTemplate template = templates.named(templateName);
        PayoutBatch batch = batches.find(batchId, account.scope()).orElseThrow(() -> new BatchNotFound(batchId));
        if (!batch.mayHaveBankFile()) {
            throw new BatchNotApproved();
        }
        ControlTotals lines = payments.totals(batchId);
        batch.requireLinesMatch(lines);
        BatchView view = views.get(batchId, account.scope());
        byte[] bytes = content.of(batch, template, view);
        String sha256 = sha256(bytes);
        if (files.digests(batchId, template.name()).stream().anyMatch(d -> !d.equals(sha256))) {
            throw new BankFileRefused("bankfile.differs", batch.reference(), template.label());
        }
        String fileName = (view.isReissue() ? "补发-" : "") + batch.reference() + "-"
                + batch.programmeName().replaceAll("[\\\\/:*?\"<>|]", "_") + "-" + template.name() + "."
                + template.format().extension();
        files.insert(batchId, template.name(), fileName, sha256, lines.count(), lines.amount(), account.username());
        List<FieldChange> changes = new ArrayList<>(List.of(new FieldChange("sha256", null, sha256)));
        if (batch.status().canMoveTo(BatchStatus.EXPORTED)) {
            batch.markExported(account.username(), Instant.now(), template.name(), lines);
            batches.save(batch);
            changes.add(new FieldChange("status", BatchStatus.APPROVED.name(), BatchStatus.EXPORTED.name()));
        }
        audit.record(AuditRecord.of(
                        "EXPORT",
                        PayoutBatches.AUDIT_TYPE,
                        batchId,
                        "下载发放批次 " + batch.reference() + " 的银行代发文件（" + template.label() + "）：" + lines.count() + " 笔，"
                                + lines.amount() + " 元，SHA-256 " + sha256)
                .withChanges(changes)
                .by(account.username()));
        return new BankFile(fileName, template.format().mediaType(), bytes, sha256, lines.count(), lines.amount());
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
