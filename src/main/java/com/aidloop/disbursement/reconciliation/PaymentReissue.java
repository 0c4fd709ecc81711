package com.aidloop.disbursement.reconciliation;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditRecord.FieldChange;
import com.aidloop.audit.AuditTrail;
import com.aidloop.disbursement.BatchContributor;
import com.aidloop.disbursement.BatchView;
import com.aidloop.disbursement.Contribution;
import com.aidloop.disbursement.PayoutReference;
import com.aidloop.disbursement.ReconciliationNotFound;
import com.aidloop.disbursement.ReconciliationRefused;
import com.aidloop.disbursement.batch.BatchRecords;
import com.aidloop.disbursement.batch.PayoutBatch;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.iam.DataScope;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.privacy.SensitiveKind;
import com.aidloop.registry.AidCardChanges;
import com.aidloop.registry.CardChangeCarrier;
import com.aidloop.shared.BankCardNumber;
import com.aidloop.shared.Messages;
import com.aidloop.shared.Term;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reissue (重新发放): a FAILED payment, with the corrected card, goes as a new payment with a new
 * reference into the original batch's open reissue batch (a DRAFT with {@code reissue_of_batch_id},
 * created when there is none), whose control totals grow while it is a draft. No payment is ever
 * made twice: a payment is reissued at most once, never while it is pending or paid, and never
 * while the award has another live payment — checked under the original batch's lock and, last,
 * by the unique indexes of V15. Whoever reissues becomes a contributor of the reissue batch, and
 * so may not approve it. The corrected card is also asked for as a change of the student's
 * registry record, carried by the reissue batch: it takes effect when a second person approves
 * the batch, so that the next term's awards carry it.
 */
@Service
public class PaymentReissue {

    private final ReissueStore store;
    private final BatchRecords batches;
    private final SensitiveData sensitive;
    private final AuditTrail audit;
    private final CurrentAccounts accounts;
    private final AidCardChanges cardChanges;

    PaymentReissue(
            ReissueStore store,
            BatchRecords batches,
            SensitiveData sensitive,
            AuditTrail audit,
            CurrentAccounts accounts,
            AidCardChanges cardChanges) {
        this.store = store;
        this.cardChanges = cardChanges;
        this.batches = batches;
        this.sensitive = sensitive;
        this.audit = audit;
        this.accounts = accounts;
    }

    /**
     * The new payment; {@code luhnWarning} when the card fails the check digit (a warning, not a
     * refusal); {@code registryChangePending} when the corrected card waits, as a change of the
     * student's registry record, for the reissue batch's approval.
     */
    public record Reissued(
            long paymentId,
            String reference,
            long batchId,
            String batchReference,
            boolean newBatch,
            String cardMasked,
            boolean luhnWarning,
            boolean registryChangePending) {}

    /**
     * @param cardNumber the corrected aid card number (16–19 digits), validated; an {@code InvalidValue} if not a card number
     * @param cardBank the card's bank, or null to keep the failed payment's
     */
    @Transactional
    public Reissued reissue(long paymentId, String cardNumber, String cardBank, DataScope scope) {
        BankCardNumber card = new BankCardNumber(cardNumber);
        ReissueStore.PaymentRow seen = store.payment(paymentId, scope, false)
                .orElseThrow(() -> new ReconciliationNotFound("reissue.payment.notFound", paymentId));
        BatchView original = batches.locked(seen.batchId(), scope)
                .orElseThrow(() -> new ReconciliationNotFound("reissue.payment.notFound", paymentId));
        ReissueStore.PaymentRow failed = store.payment(paymentId, scope, true).orElseThrow();
        refuseUnlessReissuable(paymentId, failed);
        String by =
                accounts.find().map(com.aidloop.iam.CurrentAccount::username).orElse("system");
        Term term = Term.parse(failed.term());
        Long open = batches.openReissueOf(original.id(), term).orElse(null);
        long batchId = open != null
                ? open
                : batches.insertReissue(original, PayoutReference.batch(term, batches.nextBatchNumber()), by);
        PayoutBatch reissueBatch = batches.find(batchId, scope).orElseThrow();
        reissueBatch.addLine(failed.amount(), new BatchContributor(by, Contribution.REISSUED, Instant.now()));
        batches.save(reissueBatch);
        String reference = PayoutReference.payment(term, store.nextPaymentNumber());
        String bank = cardBank == null || cardBank.isBlank() ? failed.cardBank() : cardBank.strip();
        long newId = addPayment(batchId, failed, reference, bank, card);
        String batchReference = reissueBatch.reference();
        boolean registryChangePending = cardChanges.requestForReissue(
                failed.studentId(), bank, card, new CardChangeCarrier(batchId, batchReference, newId), by, scope);
        recordInAudit(paymentId, failed, reference, batchReference, card);
        return new Reissued(
                newId,
                reference,
                batchId,
                batchReference,
                open == null,
                card.masked(),
                !card.passesLuhn(),
                registryChangePending);
    }

    /** Only a failed payment is reissued, once, and never while its award has another live payment of that installment. */
    private void refuseUnlessReissuable(long paymentId, ReissueStore.PaymentRow failed) {
        if (!failed.status().mayBeReissued()) {
            throw new ReconciliationRefused(
                    "reissue.refused.notFailed", failed.status().label());
        }
        store.reissuedAs(paymentId).ifPresent(ref -> {
            throw new ReconciliationRefused("reissue.refused.already", ref);
        });
        store.livePaymentLike(paymentId).ifPresent(ref -> {
            throw new ReconciliationRefused("reissue.refused.live", ref);
        });
    }

    /** The new payment with the corrected card, sealed; a reissue that raced another one is refused by the unique indexes. */
    private long addPayment(
            long batchId, ReissueStore.PaymentRow failed, String reference, String bank, BankCardNumber card) {
        try {
            return store.addPayment(
                    batchId,
                    failed,
                    reference,
                    bank,
                    sensitive.seal(card.value()),
                    sensitive.blindIndex(SensitiveKind.BANK_CARD, card.value()),
                    card.masked());
        } catch (DuplicateKeyException raced) {
            throw new ReconciliationRefused("reissue.refused.already", "—");
        }
    }

    private void recordInAudit(
            long paymentId,
            ReissueStore.PaymentRow failed,
            String reference,
            String batchReference,
            BankCardNumber card) {
        audit.record(AuditRecord.of(
                        "REISSUE",
                        "payment",
                        paymentId,
                        Messages.format(
                                "reissue.audit",
                                failed.reference(),
                                failed.payeeName(),
                                failed.failureReason(),
                                reference,
                                batchReference,
                                card.masked()))
                .withChanges(List.of(new FieldChange("资助卡号", failed.cardMasked(), card.masked()))));
    }
}
