package com.aidloop.disbursement;

import java.time.Instant;
import java.util.Objects;

/**
 * Someone who put lines, cards or amounts into a payout batch, how, and when they first did. Kept
 * for the life of the batch ({@code disbursement_batch_contributor}); none of them approves it.
 */
public record BatchContributor(String username, Contribution contribution, Instant since) {

    public BatchContributor {
        Objects.requireNonNull(username);
        Objects.requireNonNull(contribution);
    }

    /** "county（创建批次）", as pages and refusals name a contributor. */
    public String label() {
        return username + "（" + contribution.label() + "）";
    }
}
