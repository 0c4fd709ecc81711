package com.aidloop.disbursement;

/**
 * Maker–checker over every maker: whoever put a line, a card or an amount into a batch (for
 * example by reissuing a failed payment into it) may not approve it.
 */
public class ContributorCannotApprove extends BatchRefused {

    public ContributorCannotApprove(Contribution contribution) {
        super("batch.contributorCannotApprove", contribution.label());
        auditedAs(Concern.APPROVAL);
    }
}
