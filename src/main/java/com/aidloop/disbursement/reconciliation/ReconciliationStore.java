package com.aidloop.disbursement.reconciliation;

import com.aidloop.disbursement.BatchStatus;
import com.aidloop.disbursement.batch.PaymentStatus;
import com.aidloop.iam.DataScope;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Batches, payments, return files and exceptions as reconciliation writes them. Settlements are
 * applied in one statement per file (arrays unnested), each guarded by the payment still pending.
 */
@Repository
public class ReconciliationStore {

    /** A region account sees the batches of townships in its subtree; a school account none. */
    static final String BATCH_IN_SCOPE = """
            CAST(:scopeRegion AS text) IS NOT NULL AND b.township_code LIKE CAST(:scopeRegion AS text) || '%'
            """;

    private static final String BATCH_COLUMNS = """
            b.id, b.reference, b.term, b.county_code, b.township_code, b.programme_code, b.programme_name, b.status,
            b.control_count, b.control_amount, b.reissue_of_batch_id, b.bank_template
            """;

    private final JdbcClient jdbc;

    ReconciliationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PayoutBatchRow> batch(long id, DataScope scope, boolean lock) {
        return jdbc.sql("SELECT " + BATCH_COLUMNS + " FROM disbursement_batch b WHERE b.id = :id AND " + BATCH_IN_SCOPE
                        + (lock ? " FOR UPDATE" : ""))
                .param("id", id)
                .param("scopeRegion", scope.regionPrefix())
                .query(ReconciliationStore::batchRow)
                .optional();
    }

    /** The id of the batch with this reference (PB…) inside the scope. */
    public Optional<Long> idOf(String reference, DataScope scope) {
        return jdbc.sql("SELECT b.id FROM disbursement_batch b WHERE b.reference = :reference AND " + BATCH_IN_SCOPE)
                .param("reference", reference)
                .param("scopeRegion", scope.regionPrefix())
                .query(Long.class)
                .optional();
    }

    /** When and by whom this batch got a file with the same digest, if it did. */
    public Optional<EarlierFile> sameFile(long batchId, String sha256) {
        return jdbc.sql("SELECT uploaded_at, uploaded_by FROM disbursement_return_file WHERE batch_id = :batch AND sha256 = :sha")
                .param("batch", batchId)
                .param("sha", sha256)
                .query((rs, n) -> new EarlierFile(instant(rs, "uploaded_at"), rs.getString("uploaded_by")))
                .optional();
    }

    /** A return file uploaded before. */
    public record EarlierFile(Instant at, String by) {}

    public Map<String, PaymentState> payments(long batchId) {
        Map<String, PaymentState> payments = new HashMap<>();
        jdbc.sql("SELECT id, reference, amount, status, failure_reason FROM disbursement_payment WHERE batch_id = :batch")
                .param("batch", batchId)
                .query((ResultSet rs) -> {
                    PaymentState p = new PaymentState(rs.getLong("id"), rs.getString("reference"), new Money(rs.getBigDecimal("amount")),
                            PaymentStatus.valueOf(rs.getString("status")), rs.getString("failure_reason"));
                    payments.put(p.reference(), p);
                });
        return payments;
    }

    public long insertReturnFile(long batchId, String fileName, String sha256, Matching.Matched matched, String by) {
        return jdbc.sql("""
                        INSERT INTO disbursement_return_file (batch_id, file_name, sha256, line_count, paid_count, failed_count,
                               exception_count, uploaded_by)
                        VALUES (:batch, :name, :sha, :lines, :paid, :failed, :exceptions, :by)
                        RETURNING id
                        """)
                .param("batch", batchId)
                .param("name", fileName)
                .param("sha", sha256)
                .param("lines", matched.lines().size())
                .param("paid", matched.count(Outcome.PAID))
                .param("failed", matched.count(Outcome.FAILED))
                .param("exceptions", matched.queued())
                .param("by", by)
                .query(Long.class)
                .single();
    }

    public void insertExceptions(long batchId, long returnFileId, List<LineOutcome> exceptions) {
        if (exceptions.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO disbursement_exception (batch_id, return_file_id, line_no, reference, payment_id, kind,
                               reported_amount, detail)
                        SELECT :batch, :file, l, NULLIF(r, ''), p, k, a, d
                          FROM unnest(CAST(:lines AS integer[]), CAST(:refs AS text[]), CAST(:payments AS bigint[]),
                                      CAST(:kinds AS text[]), CAST(:amounts AS numeric[]), CAST(:details AS text[]))
                               AS e(l, r, p, k, a, d)
                        """)
                .param("batch", batchId)
                .param("file", returnFileId)
                .param("lines", exceptions.stream().map(e -> e.line().lineNo()).toArray(Integer[]::new))
                .param("refs", exceptions.stream().map(e -> e.line().reference()).toArray(String[]::new))
                .param("payments", exceptions.stream().map(e -> e.payment() == null ? null : e.payment().id()).toArray(Long[]::new))
                .param("kinds", exceptions.stream().map(e -> e.outcome().name()).toArray(String[]::new))
                .param("amounts", exceptions.stream().map(e -> e.line().amount() == null ? null : e.line().amount().yuan())
                        .toArray(java.math.BigDecimal[]::new))
                .param("details", exceptions.stream().map(LineOutcome::detail).toArray(String[]::new))
                .update();
    }

    /**
     * Settles pending payments as paid or failed in one statement; returns how many changed.
     * A payment no longer pending is left alone (the caller compares the count and rolls back).
     */
    public int settle(List<LineOutcome> settling, String noReason) {
        if (settling.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                        UPDATE disbursement_payment p
                           SET status = s.status, failure_reason = s.reason, settled_at = now(), version = p.version + 1
                          FROM unnest(CAST(:ids AS bigint[]), CAST(:statuses AS text[]), CAST(:reasons AS text[])) AS s(id, status, reason)
                         WHERE p.id = s.id AND p.status = 'PENDING'
                        """)
                .param("ids", settling.stream().map(o -> o.payment().id()).toArray(Long[]::new))
                .param("statuses", settling.stream().map(o -> o.outcome().name()).toArray(String[]::new))
                .param("reasons", settling.stream()
                        .map(o -> o.outcome() == Outcome.PAID ? null : o.line().reason().isEmpty() ? noReason : o.line().reason())
                        .toArray(String[]::new))
                .update();
    }

    /**
     * Moves the batch EXPORTED → RECONCILED when no payment is pending and no exception open;
     * guarded by the status, so it happens once. Returns whether it moved.
     */
    public boolean reconcileIfComplete(long batchId) {
        return jdbc.sql("""
                        UPDATE disbursement_batch b SET status = 'RECONCILED', reconciled_at = now(), version = b.version + 1
                         WHERE b.id = :batch AND b.status = 'EXPORTED'
                           AND NOT EXISTS (SELECT 1 FROM disbursement_payment p WHERE p.batch_id = b.id AND p.status = 'PENDING')
                           AND NOT EXISTS (SELECT 1 FROM disbursement_exception e WHERE e.batch_id = b.id AND e.status = 'OPEN')
                        """)
                .param("batch", batchId)
                .update() == 1;
    }

    /** Counts and sums of the batch's payments by status. */
    public Map<PaymentStatus, Totals> totals(long batchId) {
        Map<PaymentStatus, Totals> totals = new HashMap<>();
        for (PaymentStatus s : PaymentStatus.values()) {
            totals.put(s, new Totals(0, Money.ZERO));
        }
        jdbc.sql("SELECT status, count(*) AS n, coalesce(sum(amount), 0) AS amount FROM disbursement_payment WHERE batch_id = :batch GROUP BY status")
                .param("batch", batchId)
                .query((ResultSet rs) -> {
                    totals.put(PaymentStatus.valueOf(rs.getString("status")), new Totals(rs.getInt("n"), new Money(rs.getBigDecimal("amount"))));
                });
        return totals;
    }

    public int openExceptions(long batchId) {
        return jdbc.sql("SELECT count(*) FROM disbursement_exception WHERE batch_id = :batch AND status = 'OPEN'")
                .param("batch", batchId)
                .query(Integer.class)
                .single();
    }

    /** A count and a sum of money. */
    public record Totals(int count, Money amount) {}

    static PayoutBatchRow batchRow(ResultSet rs, int row) throws SQLException {
        Long reissueOf = rs.getObject("reissue_of_batch_id", Long.class);
        return new PayoutBatchRow(rs.getLong("id"), rs.getString("reference"), Term.parse(rs.getString("term")),
                rs.getString("county_code"), rs.getString("township_code"), rs.getString("programme_code"),
                rs.getString("programme_name"), BatchStatus.valueOf(rs.getString("status")), rs.getInt("control_count"),
                new Money(rs.getBigDecimal("control_amount")), reissueOf, rs.getString("bank_template"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        java.sql.Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
