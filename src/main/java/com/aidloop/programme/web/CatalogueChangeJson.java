package com.aidloop.programme.web;

import com.aidloop.programme.CatalogueChangeView;
import java.time.Instant;
import java.util.List;

/** Proposed changes of the catalogue as the API writes them. */
final class CatalogueChangeJson {

    private CatalogueChangeJson() {}

    /**
     * @param owner the province or county code the change belongs to, or null for a national one
     * @param status PENDING, APPROVED, REJECTED or WITHDRAWN
     */
    record ChangeBody(
            long id,
            String kind,
            String kindName,
            String owner,
            String status,
            String statusName,
            String summary,
            String programmeCode,
            List<String> programmeCodes,
            String tierCode,
            String validFrom,
            Long exclusionId,
            String proposedBy,
            String proposedAt,
            String decidedBy,
            String decidedAt,
            String decisionNote) {

        static ChangeBody of(CatalogueChangeView c) {
            return new ChangeBody(
                    c.id(),
                    c.kind().name(),
                    c.kind().label(),
                    c.owner().regionCode(),
                    c.status().name(),
                    c.status().label(),
                    c.summary(),
                    c.programmeCode(),
                    c.programmeCodes(),
                    c.tier() == null ? null : c.tier().code(),
                    c.validFrom() == null ? null : c.validFrom().code(),
                    c.exclusionId(),
                    c.proposedBy(),
                    text(c.proposedAt()),
                    c.decidedBy(),
                    text(c.decidedAt()),
                    c.decisionNote());
        }
    }

    /** A reason for rejecting a change. */
    record RejectionRequest(String reason) {}

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
