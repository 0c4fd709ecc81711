package com.aidloop.audit;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of walking the audit chain.
 *
 * @param checked how many rows were read
 * @param lastId the id of the last row read, or 0 for an empty trail
 * @param findings every broken link found, in id order (capped; see {@code truncated})
 * @param truncated true when there were more findings than the report lists
 * @param verifiedAt when the walk finished
 */
public record VerificationReport(
        long checked, long lastId, List<Finding> findings, boolean truncated, Instant verifiedAt) {

    public VerificationReport {
        findings = List.copyOf(findings);
    }

    public boolean intact() {
        return findings.isEmpty();
    }

    /**
     * One broken link.
     *
     * @param kind what is wrong
     * @param id the row at which it shows
     * @param previousId for a broken link, the id of the row before it that is still there (0 if none)
     * @param description one Chinese sentence for the audit admin
     */
    public record Finding(Kind kind, long id, long previousId, String description) {}

    public enum Kind {
        /** The row's content no longer matches its hash: it was changed after it was written. */
        ALTERED,
        /** The row does not link to the row before it: rows in between were removed, or that row's hash was changed. */
        LINK_BROKEN
    }
}
