package com.aidloop.disbursement.reconciliation;

import com.aidloop.disbursement.batch.PaymentStatus;
import com.aidloop.iam.DataScope;
import com.aidloop.iam.ScopeFilter;
import com.aidloop.shared.Money;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads failed payments and writes the payments of reissue batches. */
@Repository
public class ReissueStore {

    private final JdbcClient jdbc;

    ReissueStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A payment as reissue needs it. */
    public record PaymentRow(
            long id,
            long batchId,
            String reference,
            long awardId,
            long studentId,
            long schoolId,
            String term,
            String programmeCode,
            String payeeName,
            String cardBank,
            String cardMasked,
            Money amount,
            PaymentStatus status,
            String failureReason) {}

    public Optional<PaymentRow> payment(long id, DataScope scope, boolean lock) {
        return jdbc.sql("""
                        SELECT p.id, p.batch_id, p.reference, p.award_id, p.student_id, p.school_id, p.term, p.programme_code,
                               p.payee_name, p.card_bank, p.card_number_masked, p.amount, p.status, p.failure_reason
                          FROM disbursement_payment p JOIN disbursement_batch b ON b.id = p.batch_id
                         WHERE p.id = :id AND
                        """ + ReconciliationStore.BATCH_IN_SCOPE + (lock ? " FOR UPDATE OF p" : ""))
                .param("id", id)
                .params(ScopeFilter.params(scope))
                .query((rs, n) -> new PaymentRow(
                        rs.getLong("id"),
                        rs.getLong("batch_id"),
                        rs.getString("reference"),
                        rs.getLong("award_id"),
                        rs.getLong("student_id"),
                        rs.getLong("school_id"),
                        rs.getString("term"),
                        rs.getString("programme_code"),
                        rs.getString("payee_name"),
                        rs.getString("card_bank"),
                        rs.getString("card_number_masked"),
                        new Money(rs.getBigDecimal("amount")),
                        PaymentStatus.valueOf(rs.getString("status")),
                        rs.getString("failure_reason")))
                .optional();
    }

    /** The reference of the payment that reissued this one, if any. */
    public Optional<String> reissuedAs(long paymentId) {
        return jdbc.sql("SELECT reference FROM disbursement_payment WHERE reissue_of_payment_id = :id")
                .param("id", paymentId)
                .query(String.class)
                .optional();
    }

    /**
     * The reference of a payment that is not failed (pending or paid) of the same award and
     * installment as the failed payment, if any.
     */
    public Optional<String> livePaymentLike(long failedPaymentId) {
        return jdbc.sql("""
                        SELECT p.reference FROM disbursement_payment p JOIN disbursement_payment f
                            ON f.award_id = p.award_id AND f.installment_no = p.installment_no
                         WHERE f.id = :failed AND p.status <> 'FAILED' LIMIT 1
                        """)
                .param("failed", failedPaymentId)
                .query(String.class)
                .optional();
    }

    public long nextPaymentNumber() {
        return jdbc.sql("SELECT nextval('disbursement_payment_seq')")
                .query(Long.class)
                .single();
    }

    /**
     * Adds the new payment (PENDING) as the batch's next line, paying the failed payment's
     * installment; the batch's control totals are the aggregate's.
     */
    public long addPayment(
            long batchId,
            PaymentRow failed,
            String reference,
            String cardBank,
            String sealed,
            String index,
            String masked) {
        return jdbc.sql("""
                        INSERT INTO disbursement_payment (batch_id, line_no, reference, award_id, student_id, school_id, term,
                               programme_code, payee_name, card_bank, card_number_sealed, card_number_index, card_number_masked,
                               amount, status, reissue_of_payment_id, installment_no, installment_count, due_on)
                        SELECT :batch, coalesce(max(p.line_no), 0) + 1, :reference, :award, :student, :school, :term, :programme,
                               :payee, :bank, :sealed, :index, :masked, :amount, 'PENDING', :failed,
                               f.installment_no, f.installment_count, f.due_on
                          FROM disbursement_payment f LEFT JOIN disbursement_payment p ON p.batch_id = :batch
                         WHERE f.id = :failed
                         GROUP BY f.installment_no, f.installment_count, f.due_on
                        RETURNING id
                        """)
                .param("batch", batchId)
                .param("reference", reference)
                .param("award", failed.awardId())
                .param("student", failed.studentId())
                .param("school", failed.schoolId())
                .param("term", failed.term())
                .param("programme", failed.programmeCode())
                .param("payee", failed.payeeName())
                .param("bank", cardBank)
                .param("sealed", sealed)
                .param("index", index)
                .param("masked", masked)
                .param("amount", failed.amount().yuan())
                .param("failed", failed.id())
                .query(Long.class)
                .single();
    }
}
