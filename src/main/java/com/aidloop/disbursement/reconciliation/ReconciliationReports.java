package com.aidloop.disbursement.reconciliation;

import com.aidloop.disbursement.BatchView;
import com.aidloop.disbursement.ReconciliationNotFound;
import com.aidloop.disbursement.batch.BatchRecords;
import com.aidloop.disbursement.batch.PaymentStatus;
import com.aidloop.disbursement.reconciliation.ReconciliationStore.Totals;
import com.aidloop.iam.DataScope;
import com.aidloop.notification.SmsOutbox;
import com.aidloop.shared.Money;
import com.aidloop.shared.Paging;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the reconciliation of one batch inside the reader's scope. */
@Service
public class ReconciliationReports {

    /** Failed lines shown at once; a batch with more is a bank-wide problem, seen in the counts. */
    private static final int FAILED_SHOWN = 500;

    private final BatchRecords batches;
    private final ReconciliationStore store;
    private final SmsOutbox outbox;
    private final JdbcClient jdbc;

    ReconciliationReports(BatchRecords batches, ReconciliationStore store, SmsOutbox outbox, JdbcClient jdbc) {
        this.batches = batches;
        this.store = store;
        this.outbox = outbox;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public ReconciliationReport of(long batchId, DataScope scope) {
        BatchView batch = batches.view(batchId, scope)
                .orElseThrow(() -> new ReconciliationNotFound("reconciliation.batch.notFound", batchId));
        Map<PaymentStatus, Totals> totals = store.totals(batchId);
        List<ReconciliationReport.FailedPayment> failed = jdbc.sql("""
                        SELECT p.id, p.line_no, p.reference, p.payee_name, p.card_number_masked, p.amount, p.failure_reason,
                               r.reference AS reissued_as
                          FROM disbursement_payment p
                          LEFT JOIN disbursement_payment r ON r.reissue_of_payment_id = p.id
                         WHERE p.batch_id = :batch AND p.status = 'FAILED'
                         ORDER BY p.line_no LIMIT :limit
                        """)
                .param("batch", batchId)
                .param("limit", FAILED_SHOWN)
                .query((rs, n) -> new ReconciliationReport.FailedPayment(
                        rs.getLong("id"),
                        rs.getInt("line_no"),
                        rs.getString("reference"),
                        rs.getString("payee_name"),
                        rs.getString("card_number_masked"),
                        new Money(rs.getBigDecimal("amount")),
                        rs.getString("failure_reason"),
                        rs.getString("reissued_as")))
                .list();
        List<ReconciliationReport.ReturnFileRow> files = jdbc.sql("""
                        SELECT id, file_name, line_count, paid_count, failed_count, exception_count, uploaded_by, uploaded_at
                          FROM disbursement_return_file WHERE batch_id = :batch ORDER BY uploaded_at, id
                        """)
                .param("batch", batchId)
                .query((rs, n) -> new ReconciliationReport.ReturnFileRow(
                        rs.getLong("id"),
                        rs.getString("file_name"),
                        rs.getInt("line_count"),
                        rs.getInt("paid_count"),
                        rs.getInt("failed_count"),
                        rs.getInt("exception_count"),
                        rs.getString("uploaded_by"),
                        ReconciliationStore.instant(rs, "uploaded_at")))
                .list();
        return new ReconciliationReport(
                batch,
                totals.get(PaymentStatus.PAID),
                totals.get(PaymentStatus.FAILED),
                totals.get(PaymentStatus.PENDING),
                store.openExceptions(batchId),
                failed,
                files,
                outbox.statusForBatch(batch.reference(), scope, Paging.first()));
    }
}
