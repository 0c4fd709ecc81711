package com.aidloop.disbursement;

/** A rejection (驳回) or resubmission of a payout batch or round that its rules do not allow. */
public class BatchReviewRefused extends BatchRefused {

    private BatchReviewRefused(Kind kind, String code, Object... args) {
        super(kind, code, args);
    }

    /** A batch sent back to its makers is approved only after they resubmit it. */
    public static BatchReviewRefused returned() {
        return new BatchReviewRefused(Kind.CONFLICT, "batch.review.returned");
    }

    /** 驳回 needs the checker's opinion, so that the maker knows what to correct. */
    public static BatchReviewRefused needsOpinion() {
        return new BatchReviewRefused(Kind.UNPROCESSABLE, "batch.review.needsOpinion");
    }

    /** A maker does not review their own batch, not even to reject it. */
    public static BatchReviewRefused makerCannotReject(Contribution contribution) {
        BatchReviewRefused refused =
                new BatchReviewRefused(Kind.CONFLICT, "batch.review.makerCannotReject", contribution.label());
        refused.auditedAs(Concern.APPROVAL);
        return refused;
    }

    /** Only a batch that was sent back is resubmitted. */
    public static BatchReviewRefused notReturned() {
        return new BatchReviewRefused(Kind.CONFLICT, "batch.review.notReturned");
    }

    /** Only one of the batch's makers resubmits it (the checker does not correct it himself). */
    public static BatchReviewRefused onlyMakersResubmit() {
        return new BatchReviewRefused(Kind.CONFLICT, "batch.review.onlyMakersResubmit");
    }

    /** A round's action that finds no batch of the round in a state for it. */
    public static BatchReviewRefused nothingToReview() {
        return new BatchReviewRefused(Kind.CONFLICT, "batch.review.nothingToReview");
    }
}
