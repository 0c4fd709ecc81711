package com.aidloop.disbursement;

import com.aidloop.shared.Money;

/**
 * One break of the money chain, named where it is: the batch, the payment, the school and the
 * masked card where they apply; what should be and what is.
 *
 * @param expected what the other side holds (the award's amount, the control total, the batch's lines), or null
 * @param actual what this side holds, or null
 * @param expectedCount, actualCount the same for counts, or -1 where no count is compared
 */
public record IntegrityBreak(
        Kind kind,
        String batchReference,
        String paymentReference,
        Long schoolId,
        String schoolName,
        String cardNumberMasked,
        Long awardId,
        Money expected,
        Money actual,
        long expectedCount,
        long actualCount) {

    /** The kinds of break; each has a sentence {@code integrity.break.<KIND>} in messages/disbursement. */
    public enum Kind {
        /** A payment whose amount is not its award's. */
        AMOUNT_DIFFERS,
        /** A payment for an award id that does not exist, or of another term. */
        AWARD_UNKNOWN,
        /** A payment for an award that is not confirmed. */
        AWARD_NOT_CONFIRMED,
        /** Two payments for one award that are not failed (the database index forbids it; still checked). */
        DUPLICATE_PAYMENT,
        /** A reissue of a payment that did not fail, or of another award's payment. */
        REISSUE_MISMATCH,
        /** A batch whose lines differ from its control totals frozen at creation. */
        CONTROL_TOTALS_DIFFER,
        /** A recorded bank file whose line count or total differs from its batch's lines. */
        BANK_FILE_DIFFERS,
        /** A batch marked exported without any recorded bank file. */
        EXPORTED_WITHOUT_BANK_FILE,
        /** A line reported paid or failed in a batch the bank never received (paid + failed + pending ≠ lines sent). */
        SETTLED_BEFORE_EXPORT,
        /** A transfer to a school recorded for other students or another sum than the school's confirmed awards. */
        TRANSFER_DIFFERS,
        /** A transfer to a school recorded for a programme that pays by card in the term. */
        TRANSFER_FOR_CARD_PROGRAMME
    }

    public static IntegrityBreak ofPayment(
            Kind kind,
            String batchReference,
            String paymentReference,
            long schoolId,
            String card,
            long awardId,
            Money expected,
            Money actual) {
        return new IntegrityBreak(
                kind, batchReference, paymentReference, schoolId, null, card, awardId, expected, actual, -1, -1);
    }

    public static IntegrityBreak ofBatch(
            Kind kind, String batchReference, Money expected, Money actual, long expectedCount, long actualCount) {
        return new IntegrityBreak(
                kind, batchReference, null, null, null, null, null, expected, actual, expectedCount, actualCount);
    }

    /** A break of a transfer to a school, named by its reference (in the batch column) and school. */
    public static IntegrityBreak ofTransfer(
            Kind kind,
            String reference,
            long schoolId,
            String schoolName,
            Money expected,
            Money actual,
            long expectedCount,
            long actualCount) {
        return new IntegrityBreak(
                kind, reference, null, schoolId, schoolName, null, null, expected, actual, expectedCount, actualCount);
    }

    public IntegrityBreak named(String name) {
        return new IntegrityBreak(
                kind,
                batchReference,
                paymentReference,
                schoolId,
                name,
                cardNumberMasked,
                awardId,
                expected,
                actual,
                expectedCount,
                actualCount);
    }
}
