package com.aidloop.disbursement.reconciliation;

import com.aidloop.disbursement.batch.PaymentStatus;
import com.aidloop.iam.DataScope;
import com.aidloop.iam.ScopeFilter;
import com.aidloop.shared.Money;
import com.aidloop.shared.Paged;
import com.aidloop.shared.Paging;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The exceptions queue ({@code disbursement_exception}); the payment a decision settles is {@code batch.PaymentRecords}'. */
@Repository
public class ExceptionStore {

    private static final String SELECT = """
            SELECT e.id, e.version, e.batch_id, b.reference AS batch_ref, f.file_name, f.uploaded_at, e.line_no, e.reference,
                   e.payment_id, p.status AS payment_status, p.payee_name, p.card_number_masked, p.amount, e.reported_amount,
                   e.kind, e.detail, e.status, e.resolution, e.resolved_by, e.resolved_at
              FROM disbursement_exception e
              JOIN disbursement_batch b ON b.id = e.batch_id
              JOIN disbursement_return_file f ON f.id = e.return_file_id
              LEFT JOIN disbursement_payment p ON p.id = e.payment_id
            """;
    private static final String FILTER = """
             WHERE
            """ + ReconciliationStore.BATCH_IN_SCOPE + """
               AND (CAST(:batch AS bigint) IS NULL OR e.batch_id = :batch)
               AND (CAST(:open AS boolean) IS NULL OR (e.status = 'OPEN') = :open)
            """;

    private final JdbcClient jdbc;

    ExceptionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PayoutExceptionView> find(long id, DataScope scope) {
        return jdbc.sql(SELECT + " WHERE e.id = :id AND " + ReconciliationStore.BATCH_IN_SCOPE)
                .param("id", id)
                .params(ScopeFilter.params(scope))
                .query(ExceptionStore::view)
                .optional();
    }

    /** One page, open ones first, then by batch and line. */
    public Paged<PayoutExceptionView> list(Long batchId, Boolean open, DataScope scope, Paging paging) {
        long total = jdbc.sql(
                        "SELECT count(*) FROM disbursement_exception e JOIN disbursement_batch b ON b.id = e.batch_id"
                                + FILTER)
                .params(ScopeFilter.params(scope))
                .param("batch", batchId)
                .param("open", open)
                .query(Long.class)
                .single();
        List<PayoutExceptionView> page = jdbc.sql(
                        SELECT + FILTER
                                + " ORDER BY (e.status = 'OPEN') DESC, e.batch_id DESC, e.return_file_id, e.line_no, e.id LIMIT :limit OFFSET :offset")
                .params(ScopeFilter.params(scope))
                .param("batch", batchId)
                .param("open", open)
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query(ExceptionStore::view)
                .list();
        return Paged.of(page, total, paging);
    }

    public Optional<PaymentStatus> lockPayment(long paymentId) {
        return jdbc.sql("SELECT status FROM disbursement_payment WHERE id = :id FOR UPDATE")
                .param("id", paymentId)
                .query((rs, n) -> PaymentStatus.valueOf(rs.getString("status")))
                .optional();
    }

    public boolean reissued(long paymentId) {
        return jdbc.sql("SELECT count(*) FROM disbursement_payment WHERE reissue_of_payment_id = :id")
                        .param("id", paymentId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Resolves an open exception at the version the person saw; false if someone decided first. */
    public boolean resolve(long id, int version, String resolution, String by) {
        return jdbc.sql("""
                        UPDATE disbursement_exception
                           SET status = 'RESOLVED', resolution = :resolution, resolved_by = :by, resolved_at = now(), version = version + 1
                         WHERE id = :id AND version = :version AND status = 'OPEN'
                        """)
                        .param("id", id)
                        .param("version", version)
                        .param("resolution", resolution)
                        .param("by", by)
                        .update()
                == 1;
    }

    private static PayoutExceptionView view(ResultSet rs, int row) throws SQLException {
        Long paymentId = rs.getObject("payment_id", Long.class);
        String paymentStatus = rs.getString("payment_status");
        BigDecimal amount = rs.getBigDecimal("amount");
        BigDecimal reported = rs.getBigDecimal("reported_amount");
        return new PayoutExceptionView(
                rs.getLong("id"),
                rs.getInt("version"),
                rs.getLong("batch_id"),
                rs.getString("batch_ref"),
                rs.getString("file_name"),
                ReconciliationStore.instant(rs, "uploaded_at"),
                rs.getInt("line_no"),
                rs.getString("reference"),
                paymentId,
                paymentStatus == null ? null : PaymentStatus.valueOf(paymentStatus),
                rs.getString("payee_name"),
                rs.getString("card_number_masked"),
                amount == null ? null : new Money(amount),
                reported == null ? null : new Money(reported),
                rs.getString("kind"),
                rs.getString("detail"),
                "OPEN".equals(rs.getString("status")),
                rs.getString("resolution"),
                rs.getString("resolved_by"),
                ReconciliationStore.instant(rs, "resolved_at"));
    }
}
