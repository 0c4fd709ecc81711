package com.aidloop.audit.chain;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.audit.AuditVerification;
import com.aidloop.audit.VerificationReport;
import com.aidloop.audit.VerificationReport.Finding;
import com.aidloop.audit.VerificationReport.Kind;
import com.aidloop.privacy.MessageSigner;
import com.aidloop.shared.Messages;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Walks the audit chain in id order, a page at a time, and reports every row whose content no
 * longer matches its hash and every row that does not link to the row before it. Ids may skip
 * where a transaction rolled back, so a missing row shows as a broken link, not as a gap. Every
 * verification is itself recorded ({@code VERIFY}, with what it found), after the walk.
 */
@Component
class ChainVerifier implements AuditVerification {

    static final int PAGE = 1000;
    static final int MAX_FINDINGS = 10_000;

    private final JdbcClient jdbc;
    private final MessageSigner signer;
    private final AuditTrail trail;
    private final Clock clock;

    ChainVerifier(JdbcClient jdbc, MessageSigner signer, AuditTrail trail, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.signer = signer;
        this.trail = trail;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    @Override
    public VerificationReport verify() {
        Walk walk = new Walk();
        List<AuditEntry> page;
        do {
            page = page(walk.previousId);
            page.forEach(walk::check);
        } while (page.size() == PAGE);
        VerificationReport report =
                new VerificationReport(walk.checked, walk.previousId, walk.findings, walk.truncated, clock.instant());
        trail.record(AuditRecord.of(
                "VERIFY", "audit_event", report.lastId() == 0 ? null : report.lastId(), summary(report)));
        return report;
    }

    private static String summary(VerificationReport report) {
        if (report.intact()) {
            return Messages.format("audit.verification.audit.intact", String.valueOf(report.checked()));
        }
        return Messages.format(
                "audit.verification.audit.broken",
                String.valueOf(report.checked()),
                String.valueOf(report.findings().size()) + (report.truncated() ? "+" : ""),
                String.valueOf(report.findings().getFirst().id()));
    }

    private List<AuditEntry> page(long afterId) {
        return jdbc.sql("""
                SELECT id, occurred_at, actor, client_ip, action, object_type, object_id, summary,
                       changes::text AS changes, prev_hash, hash
                FROM audit_event
                WHERE id > :afterId
                ORDER BY id
                LIMIT :limit
                """)
                .param("afterId", afterId)
                .param("limit", PAGE)
                .query((rs, n) -> new AuditEntry(
                        rs.getLong("id"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        rs.getString("actor"),
                        rs.getString("client_ip"),
                        rs.getString("action"),
                        rs.getString("object_type"),
                        rs.getString("object_id"),
                        rs.getString("summary"),
                        ChangesJson.read(rs.getString("changes")),
                        rs.getString("prev_hash"),
                        rs.getString("hash")))
                .list();
    }

    private final class Walk {
        long previousId;
        String previousHash = AuditEntry.GENESIS;
        long checked;
        boolean truncated;
        final List<Finding> findings = new ArrayList<>();

        void check(AuditEntry entry) {
            checked++;
            if (!signer.verify(entry.canonicalText(), entry.hash())) {
                add(new Finding(
                        Kind.ALTERED,
                        entry.id(),
                        previousId,
                        Messages.format("audit.finding.altered", Long.toString(entry.id()))));
            }
            if (!sameHash(previousHash, entry.prevHash())) {
                String description = previousId == 0
                        ? Messages.format("audit.finding.headMissing", Long.toString(entry.id()))
                        : Messages.format(
                                "audit.finding.linkBroken", Long.toString(previousId), Long.toString(entry.id()));
                add(new Finding(Kind.LINK_BROKEN, entry.id(), previousId, description));
            }
            previousId = entry.id();
            previousHash = entry.hash();
        }

        private void add(Finding finding) {
            if (findings.size() < MAX_FINDINGS) {
                findings.add(finding);
            } else {
                truncated = true;
            }
        }
    }

    private static boolean sameHash(String expected, String actual) {
        return actual != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.US_ASCII), actual.getBytes(StandardCharsets.US_ASCII));
    }
}
