package com.aidloop.disbursement;

import java.time.Instant;

/**
 * A batch sent back to its makers (驳回) with the checker's opinion (审核意见); it stays a draft
 * that nobody can approve until a maker resubmits it.
 *
 * @param by the checker who sent it back
 */
public record BatchReview(String opinion, String by, Instant at) {}
