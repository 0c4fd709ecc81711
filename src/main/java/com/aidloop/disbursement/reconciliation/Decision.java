package com.aidloop.disbursement.reconciliation;

import com.aidloop.disbursement.ReconciliationRefused;
import com.aidloop.disbursement.batch.PaymentSettlement;
import com.aidloop.disbursement.batch.PaymentStatus;
import com.aidloop.shared.FreeText;
import com.aidloop.shared.Messages;
import java.util.Optional;

/**
 * What a person decides about an open exception, after checking with the bank.
 *
 * @param text the failure reason (MARK_FAILED), or the note (DISMISS, optional for MARK_PAID)
 */
public record Decision(Kind kind, String text) {

    public enum Kind {
        /** The bank confirms the money is on the card. */
        MARK_PAID,
        /** The bank confirms it did not pay; the reason is kept. */
        MARK_FAILED,
        /** Nothing to change for this batch (e.g. another bank's or batch's line), with a note. */
        DISMISS
    }

    public Decision {
        text = FreeText.limited("text", text, FreeText.NOTE_MAX);
    }

    /**
     * The rule: a payment is marked paid or failed only along a move {@link PaymentStatus} allows
     * (paid while pending, or failed and not reissued: the bank paid after all; failed only while
     * pending); an exception without a payment of the batch can only be dismissed. Returns the
     * refusal, if any.
     *
     * @param payment the payment's status, or null when the exception names none
     * @param reissued whether the payment was reissued already
     */
    public Optional<ReconciliationRefused> refusal(PaymentStatus payment, boolean reissued) {
        if (kind == null) {
            return Optional.of(new ReconciliationRefused("reconciliation.decision.unknown"));
        }
        return switch (kind) {
            case DISMISS ->
                text.isEmpty()
                        ? Optional.of(new ReconciliationRefused("reconciliation.decision.noteRequired"))
                        : Optional.empty();
            case MARK_FAILED -> {
                if (text.isEmpty()) {
                    yield Optional.of(new ReconciliationRefused("reconciliation.decision.reasonRequired"));
                }
                yield payment == null
                        ? Optional.of(new ReconciliationRefused("reconciliation.decision.noPayment"))
                        : !payment.canMoveTo(PaymentStatus.FAILED)
                                ? Optional.of(new ReconciliationRefused(
                                        "reconciliation.decision.notPending",
                                        payment.label(),
                                        PaymentStatus.FAILED.label()))
                                : Optional.empty();
            }
            case MARK_PAID -> {
                if (payment == null) {
                    yield Optional.of(new ReconciliationRefused("reconciliation.decision.noPayment"));
                }
                if (!payment.canMoveTo(PaymentStatus.PAID)) {
                    yield Optional.of(new ReconciliationRefused(
                            "reconciliation.decision.notPending", payment.label(), PaymentStatus.PAID.label()));
                }
                yield payment == PaymentStatus.FAILED && reissued
                        ? Optional.of(new ReconciliationRefused("reconciliation.decision.reissued"))
                        : Optional.empty();
            }
        };
    }

    /** The payment's move this decision makes (none for a dismissal), once {@link #refusal} allowed it. */
    public Optional<PaymentSettlement> settlement(Long paymentId) {
        return switch (kind) {
            case MARK_PAID -> Optional.of(PaymentSettlement.paid(paymentId));
            case MARK_FAILED -> Optional.of(PaymentSettlement.failed(paymentId, text));
            case DISMISS -> Optional.empty();
        };
    }

    /** The sentence kept as the exception's resolution. */
    public String resolution() {
        String what = Messages.format(
                switch (kind) {
                    case MARK_PAID -> "reconciliation.decision.paid";
                    case MARK_FAILED -> "reconciliation.decision.failed";
                    case DISMISS -> "reconciliation.decision.dismissed";
                });
        return text.isEmpty() ? what : what + "：" + text;
    }
}
