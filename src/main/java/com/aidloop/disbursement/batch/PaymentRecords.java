package com.aidloop.disbursement.batch;

import static com.aidloop.platform.PostgresCopy.field;

import com.aidloop.disbursement.PaymentLine;
import com.aidloop.disbursement.installment.InstallmentKey;
import com.aidloop.platform.PostgresCopy;
import com.aidloop.shared.Money;
import com.aidloop.shared.Paged;
import com.aidloop.shared.Paging;
import com.aidloop.shared.Term;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The payment lines of batches: written once by COPY, read in pages, and settled PAID or FAILED only
 * along the moves of {@link PaymentStatus}.
 */
@Repository
public class PaymentRecords {

    private static final String COPY = """
            COPY disbursement_payment (batch_id, line_no, reference, award_id, student_id, school_id, term, programme_code, payee_name,
                                       card_bank, card_number_sealed, card_number_index, card_number_masked, amount, status,
                                       installment_no, installment_count, due_on)
            FROM STDIN
            """;

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    PaymentRecords(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /**
     * Awards of the term, programme and household township that have any payment row (pending,
     * paid or failed): never picked for a new batch. A batch and its reissue batch carry the township.
     */
    public Set<Long> awardsWithPayment(Term term, String townshipCode, String programmeCode) {
        return new HashSet<>(jdbc.sql("""
                        SELECT p.award_id FROM disbursement_payment p JOIN disbursement_batch b ON b.id = p.batch_id
                         WHERE p.term = :term AND p.programme_code = :programme AND b.township_code = :township
                        """)
                .param("term", term.code())
                .param("programme", programmeCode)
                .param("township", townshipCode)
                .query(Long.class)
                .list());
    }

    /** Awards of the term and programmes that have any payment row, whatever the batch: never picked for a round. */
    public Set<Long> awardsWithPayment(Term term, java.util.Collection<String> programmeCodes) {
        return new HashSet<>(jdbc.sql("""
                        SELECT p.award_id FROM disbursement_payment p
                         WHERE p.term = :term AND p.programme_code = ANY(CAST(:programmes AS TEXT[]))
                        """)
                .param("term", term.code())
                .param("programmes", programmeCodes.toArray(String[]::new))
                .query(Long.class)
                .list());
    }

    /**
     * The installments of the term's awards of these programmes that have any payment row, whatever
     * the batch (an award paid at once is its installment 1): never picked for a new batch.
     */
    public Set<InstallmentKey> installmentsWithPayment(Term term, java.util.Collection<String> programmeCodes) {
        return new HashSet<>(jdbc.sql("""
                        SELECT p.award_id, p.installment_no FROM disbursement_payment p
                         WHERE p.term = :term AND p.programme_code = ANY(CAST(:programmes AS TEXT[]))
                        """)
                .param("term", term.code())
                .param("programmes", programmeCodes.toArray(String[]::new))
                .query((rs, n) -> new InstallmentKey(rs.getLong(1), rs.getInt(2)))
                .list());
    }

    /** {@code n} new numbers for payment references, ascending; never reused, also after a rollback. */
    public List<Long> nextReferenceNumbers(int n) {
        return jdbc.sql("SELECT nextval('disbursement_payment_seq') AS n FROM generate_series(1, :n) ORDER BY 1")
                .param("n", n)
                .query(Long.class)
                .list();
    }

    /**
     * Writes the lines of a new batch in one COPY on the caller's transaction. A line whose award
     * has a live payment meanwhile fails the unique index: Spring's DuplicateKeyException.
     */
    public void copy(long batchId, List<NewPayment> payments) {
        StringBuilder rows = new StringBuilder(payments.size() * 320);
        for (NewPayment p : payments) {
            field(rows, Long.toString(batchId)).append('\t');
            field(rows, Integer.toString(p.lineNo())).append('\t');
            field(rows, p.reference()).append('\t');
            field(rows, Long.toString(p.awardId())).append('\t');
            field(rows, Long.toString(p.studentId())).append('\t');
            field(rows, Long.toString(p.schoolId())).append('\t');
            field(rows, p.term().code()).append('\t');
            field(rows, p.programmeCode()).append('\t');
            field(rows, p.payeeName()).append('\t');
            field(rows, p.cardBank()).append('\t');
            field(rows, p.cardNumberSealed()).append('\t');
            field(rows, p.cardNumberIndex()).append('\t');
            field(rows, p.cardNumberMasked()).append('\t');
            field(rows, p.amount().yuan().toPlainString()).append('\t');
            rows.append("PENDING\t");
            field(rows, Integer.toString(p.installmentNo())).append('\t');
            field(rows, Integer.toString(p.installmentCount())).append('\t');
            field(rows, p.dueOn() == null ? null : p.dueOn().toString()).append('\n');
        }
        PostgresCopy.copyIn(dataSource, COPY, rows);
    }

    /** Count and sum of the batch's lines as stored. */
    public ControlTotals totals(long batchId) {
        return jdbc.sql(
                        "SELECT count(*) AS n, coalesce(sum(amount), 0) AS total FROM disbursement_payment WHERE batch_id = :batch")
                .param("batch", batchId)
                .query((rs, row) -> new ControlTotals(rs.getLong("n"), new Money(rs.getBigDecimal("total"))))
                .single();
    }

    public Paged<PaymentLine> lines(long batchId, Paging paging) {
        long total = jdbc.sql("SELECT count(*) FROM disbursement_payment WHERE batch_id = :batch")
                .param("batch", batchId)
                .query(Long.class)
                .single();
        List<PaymentLine> content = jdbc.sql("""
                SELECT p.*, s.name AS school_name
                  FROM disbursement_payment p
                  LEFT JOIN school_school s ON s.id = p.school_id
                 WHERE p.batch_id = :batch
                 ORDER BY p.line_no
                 LIMIT :limit OFFSET :offset
                """)
                .param("batch", batchId)
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query(PaymentRecords::line)
                .list();
        return Paged.of(content, total, paging);
    }

    public Optional<PaymentLine> line(long batchId, long paymentId) {
        return jdbc.sql("""
                SELECT p.*, s.name AS school_name
                  FROM disbursement_payment p
                  LEFT JOIN school_school s ON s.id = p.school_id
                 WHERE p.batch_id = :batch AND p.id = :id
                """)
                .param("batch", batchId)
                .param("id", paymentId)
                .query(PaymentRecords::line)
                .optional();
    }

    /** Deletes a pending line of the batch; the award becomes payable again in a later batch. */
    public boolean delete(long batchId, long paymentId) {
        return jdbc.sql("DELETE FROM disbursement_payment WHERE batch_id = :batch AND id = :id AND status = :pending")
                        .param("batch", batchId)
                        .param("pending", PaymentStatus.PENDING.name())
                        .param("id", paymentId)
                        .update()
                == 1;
    }

    /**
     * Settles payments in one statement, each only along a move of {@link PaymentStatus} from one of
     * {@code from} (the moves are bound as pairs, so the SQL allows exactly what the state machine
     * allows); returns how many moved. A payment that may not move is left alone: the caller compares
     * the count with what it asked for.
     *
     * @param from the statuses the caller's rule lets move, e.g. {@link PaymentStatus#settledByBank()}
     */
    public int settle(List<PaymentSettlement> settlements, Set<PaymentStatus> from) {
        if (settlements.isEmpty()) {
            return 0;
        }
        List<PaymentStatus[]> moves = from.stream()
                .flatMap(f -> f.next().stream().map(t -> new PaymentStatus[] {f, t}))
                .toList();
        return jdbc.sql("""
                        UPDATE disbursement_payment p
                           SET status = s.status, failure_reason = s.reason, settled_at = now(), version = p.version + 1
                          FROM unnest(CAST(:ids AS bigint[]), CAST(:statuses AS text[]), CAST(:reasons AS text[])) AS s(id, status, reason)
                         WHERE p.id = s.id
                           AND (p.status, s.status) IN (SELECT m.f, m.t FROM unnest(CAST(:movesFrom AS text[]), CAST(:movesTo AS text[])) AS m(f, t))
                        """)
                .param(
                        "ids",
                        settlements.stream().map(PaymentSettlement::paymentId).toArray(Long[]::new))
                .param("statuses", settlements.stream().map(m -> m.to().name()).toArray(String[]::new))
                .param(
                        "reasons",
                        settlements.stream()
                                .map(PaymentSettlement::failureReason)
                                .toArray(String[]::new))
                .param("movesFrom", moves.stream().map(m -> m[0].name()).toArray(String[]::new))
                .param("movesTo", moves.stream().map(m -> m[1].name()).toArray(String[]::new))
                .update();
    }

    private static PaymentLine line(ResultSet rs, int row) throws SQLException {
        return new PaymentLine(
                rs.getLong("id"),
                rs.getInt("line_no"),
                rs.getString("reference"),
                rs.getLong("award_id"),
                rs.getLong("student_id"),
                rs.getString("school_name"),
                rs.getString("payee_name"),
                rs.getString("card_bank"),
                rs.getString("card_number_masked"),
                new Money(rs.getBigDecimal("amount")),
                rs.getString("status"),
                rs.getString("failure_reason"),
                rs.getObject("reissue_of_payment_id", Long.class),
                rs.getInt("installment_no"),
                rs.getInt("installment_count"),
                rs.getObject("due_on", java.time.LocalDate.class));
    }
}
