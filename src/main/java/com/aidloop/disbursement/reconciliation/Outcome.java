package com.aidloop.disbursement.reconciliation;

/**
 * The named outcome of matching one return-file line. Clean results settle the payment; the
 * idempotent ones change nothing and are only counted; every other outcome goes to the exceptions
 * queue, under the exception kind of the same name, for a person to decide.
 */
public enum Outcome {
    /** The bank paid it: the payment becomes PAID. */
    PAID(false),
    /** The bank did not pay it: the payment becomes FAILED with the bank's reason. */
    FAILED(false),
    /** An earlier return file (or a decision) settled it with the same result: nothing to do. */
    ALREADY_SETTLED(false),
    /** The same line again in this file, with the same result and amount: nothing to do. */
    DUPLICATE_LINE(false),
    /** The reference is not one of this batch's payments. */
    UNKNOWN_REFERENCE(true),
    /** The reference appears more than once in this file with different contents: none applied. */
    DUPLICATE(true),
    /** The amount differs from the payment's: never marked paid. */
    AMOUNT_MISMATCH(true),
    /** The line cannot be read (truncated, a field missing, an unreadable amount or reference). */
    MALFORMED_LINE(true),
    /** The result word is not one the return template knows. */
    UNKNOWN_RESULT(true),
    /** The payment was settled before with the other result. */
    CONFLICTING_RESULT(true);

    private final boolean queued;

    Outcome(boolean queued) {
        this.queued = queued;
    }

    /** Whether a person must decide: the line goes to the exceptions queue. */
    public boolean queued() {
        return queued;
    }

    public boolean settles() {
        return this == PAID || this == FAILED;
    }
}
