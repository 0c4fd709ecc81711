package com.aidloop.disbursement.reconciliation;

import com.aidloop.disbursement.batch.PaymentStatus;
import com.aidloop.iam.ScopeFilter;
import com.aidloop.shared.Money;
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
 * Return files and exceptions as reconciliation writes them, and the payments as matching reads them.
 * Batches are read and saved by {@code batch.BatchRecords}, payments settled by {@code batch.PaymentRecords}.
 */
@Repository
public class ReconciliationStore {

    /** A region account sees the batches of townships in its subtree; a school account none. */
    static final String BATCH_IN_SCOPE = ScopeFilter.batches("b") + "\n";

    private final JdbcClient jdbc;

    ReconciliationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** When and by whom this batch got a file with the same digest, if it did. */
    public Optional<EarlierFile> sameFile(long batchId, String sha256) {
        return jdbc.sql(
                        "SELECT uploaded_at, uploaded_by FROM disbursement_return_file WHERE batch_id = :batch AND sha256 = :sha")
                .param("batch", batchId)
                .param("sha", sha256)
                .query((rs, n) -> new EarlierFile(instant(rs, "uploaded_at"), rs.getString("uploaded_by")))
                .optional();
    }

    /** A return file uploaded before. */
    public record EarlierFile(Instant at, String by) {}

    public Map<String, PaymentState> payments(long batchId) {
        Map<String, PaymentState> payments = new HashMap<>();
        jdbc.sql(
                        "SELECT id, reference, amount, status, failure_reason FROM disbursement_payment WHERE batch_id = :batch")
                .param("batch", batchId)
                .query((ResultSet rs) -> {
                    PaymentState p = new PaymentState(
                            rs.getLong("id"),
                            rs.getString("reference"),
                            new Money(rs.getBigDecimal("amount")),
                            PaymentStatus.valueOf(rs.getString("status")),
                            rs.getString("failure_reason"));
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
                .param(
                        "refs",
                        exceptions.stream().map(e -> e.line().reference()).toArray(String[]::new))
                .param(
                        "payments",
                        exceptions.stream()
                                .map(e ->
                                        e.payment() == null ? null : e.payment().id())
                                .toArray(Long[]::new))
                .param("kinds", exceptions.stream().map(e -> e.outcome().name()).toArray(String[]::new))
                .param(
                        "amounts",
                        exceptions.stream()
                                .map(e -> e.line().amount() == null
                                        ? null
                                        : e.line().amount().yuan())
                                .toArray(java.math.BigDecimal[]::new))
                .param("details", exceptions.stream().map(LineOutcome::detail).toArray(String[]::new))
                .update();
    }

    /** Counts and sums of the batch's payments by status. */
    public Map<PaymentStatus, Totals> totals(long batchId) {
        Map<PaymentStatus, Totals> totals = new HashMap<>();
        for (PaymentStatus s : PaymentStatus.values()) {
            totals.put(s, new Totals(0, Money.ZERO));
        }
        jdbc.sql(
                        "SELECT status, count(*) AS n, coalesce(sum(amount), 0) AS amount FROM disbursement_payment WHERE batch_id = :batch GROUP BY status")
                .param("batch", batchId)
                .query((ResultSet rs) -> {
                    totals.put(
                            PaymentStatus.valueOf(rs.getString("status")),
                            new Totals(rs.getInt("n"), new Money(rs.getBigDecimal("amount"))));
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

    static Instant instant(ResultSet rs, String column) throws SQLException {
        java.sql.Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
