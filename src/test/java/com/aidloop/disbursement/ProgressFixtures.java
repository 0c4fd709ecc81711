package com.aidloop.disbursement;

import com.aidloop.shared.Term;
import com.aidloop.testing.AwardSeeds;
import com.aidloop.testing.AwardSeeds.Facts;
import java.math.BigDecimal;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Confirmed awards, payout batches, payments and bank files of the demo county (平江县) written
 * straight into their tables, as the batch and reconciliation code will write them: awards of
 * real demo students of a school (the {@code nth} by id), batches of the students' household
 * township with frozen control totals, payments copying their award's student, school, masked
 * card and amount. Each test class uses terms of its own, far from real ones.
 */
public final class ProgressFixtures {

    public static final String COUNTY = "430626";
    public static final String SANSHI_PRIMARY = "2143062611";
    public static final String ANDING_PRIMARY = "2143062612";
    public static final String LIVING_SUBSIDY = "PRIMARY_LIVING_SUBSIDY";
    public static final String LIVING_SUBSIDY_NAME = "义务教育家庭经济困难学生生活补助";
    public static final String PRESCHOOL_AID = "PRESCHOOL_AID";
    public static final String PRESCHOOL_AID_NAME = "学前教育资助";

    private ProgressFixtures() {}

    /** Removes every award, payment, bank file and batch of the term. */
    public static void clear(JdbcClient jdbc, Term term) {
        String t = term.code();
        jdbc.sql(
                        "DELETE FROM disbursement_bank_file WHERE batch_id IN (SELECT id FROM disbursement_batch WHERE term = :t)")
                .param("t", t)
                .update();
        jdbc.sql("DELETE FROM disbursement_payment WHERE term = :t AND reissue_of_payment_id IS NOT NULL")
                .param("t", t)
                .update();
        jdbc.sql("DELETE FROM disbursement_payment WHERE term = :t")
                .param("t", t)
                .update();
        jdbc.sql("DELETE FROM disbursement_batch WHERE term = :t AND reissue_of_batch_id IS NOT NULL")
                .param("t", t)
                .update();
        jdbc.sql("DELETE FROM disbursement_batch WHERE term = :t").param("t", t).update();
        jdbc.sql("DELETE FROM award_award WHERE term = :t").param("t", t).update();
    }

    public static long schoolId(JdbcClient jdbc, String code) {
        return jdbc.sql("SELECT id FROM school_school WHERE code = :code")
                .param("code", code)
                .query(Long.class)
                .single();
    }

    /** A confirmed award of the {@code nth} demo student of the school; returns its id. */
    public static long confirmedAward(
            JdbcClient jdbc,
            Term term,
            String schoolCode,
            int nth,
            String programmeCode,
            String programmeName,
            String amount) {
        return seed(term, schoolCode, nth, programmeCode, programmeName, amount)
                .confirmed()
                .insert(jdbc);
    }

    /** An award not (yet) confirmed; returns its id. */
    public static long award(
            JdbcClient jdbc,
            Term term,
            String schoolCode,
            int nth,
            String programmeCode,
            String programmeName,
            String amount) {
        return seed(term, schoolCode, nth, programmeCode, programmeName, amount).insert(jdbc);
    }

    private static AwardSeeds seed(
            Term term, String schoolCode, int nth, String programmeCode, String programmeName, String amount) {
        return AwardSeeds.award(term, schoolCode, nth)
                .householdIn(COUNTY)
                .programme(programmeCode, programmeName)
                .amount(amount)
                .facts(Facts.guardianAndCard("李桂英", "***************2444"));
    }

    /** A batch of the county's township in the given status, with the control totals given; returns its id. */
    public static long batch(
            JdbcClient jdbc,
            Term term,
            String programmeCode,
            String programmeName,
            BatchStatus status,
            int controlCount,
            String controlAmount) {
        long number = jdbc.sql("SELECT nextval('disbursement_batch_seq')")
                .query(Long.class)
                .single();
        boolean approved = status != BatchStatus.DRAFT;
        boolean exported = status == BatchStatus.EXPORTED || status == BatchStatus.RECONCILED;
        return jdbc.sql("""
                INSERT INTO disbursement_batch (reference, term, county_code, township_code, programme_code, programme_name, status,
                       control_count, control_amount, created_by, approved_by, approved_at, exported_by, exported_at, reconciled_at)
                VALUES (:reference, :term, '430626', '430626102', :programme, :programmeName, :status, :count, :amount, 'county',
                        CASE WHEN :approved THEN 'county2' END, CASE WHEN :approved THEN now() END,
                        CASE WHEN :exported THEN 'county' END, CASE WHEN :exported THEN now() END,
                        CASE WHEN :reconciled THEN now() END)
                RETURNING id
                """)
                .param("reference", PayoutReference.batch(term, number))
                .param("term", term.code())
                .param("programme", programmeCode)
                .param("programmeName", programmeName)
                .param("status", status.name())
                .param("count", controlCount)
                .param("amount", new BigDecimal(controlAmount))
                .param("approved", approved)
                .param("exported", exported)
                .param("reconciled", status == BatchStatus.RECONCILED)
                .query(Long.class)
                .single();
    }

    public static String batchReference(JdbcClient jdbc, long batchId) {
        return jdbc.sql("SELECT reference FROM disbursement_batch WHERE id = :id")
                .param("id", batchId)
                .query(String.class)
                .single();
    }

    /** A payment line for the award (its amount unless {@code amount} is given) in the batch; returns its id. */
    public static long payment(
            JdbcClient jdbc, long batchId, long awardId, String amount, String status, Long reissueOf) {
        return payment(jdbc, batchId, awardId, amount, status, reissueOf, 1, 1);
    }

    /** A line paying installment {@code no} of {@code count} of the award (due on the 10th of March of the batch's year). */
    public static long payment(
            JdbcClient jdbc,
            long batchId,
            long awardId,
            String amount,
            String status,
            Long reissueOf,
            int no,
            int count) {
        long number = jdbc.sql("SELECT nextval('disbursement_payment_seq')")
                .query(Long.class)
                .single();
        return jdbc.sql("""
                INSERT INTO disbursement_payment (batch_id, line_no, reference, award_id, student_id, school_id, term, programme_code,
                       payee_name, card_bank, card_number_sealed, card_number_index, card_number_masked, amount, status, failure_reason,
                       settled_at, reissue_of_payment_id, installment_no, installment_count, due_on)
                SELECT b.id, (SELECT coalesce(max(line_no), 0) + 1 FROM disbursement_payment WHERE batch_id = b.id),
                       :reference, :award, coalesce(a.student_id, 1), coalesce(a.school_id, 1), b.term, b.programme_code,
                       coalesce(a.student_name, '王小明'), a.card_bank, 'sealed-test', 'index-test',
                       coalesce(a.card_number_masked, '***************9999'), coalesce(CAST(:amount AS NUMERIC), a.amount),
                       :status, CASE WHEN :status = 'FAILED' THEN '账户已销户' END, CASE WHEN :status <> 'PENDING' THEN now() END,
                       :reissueOf, :no, :count,
                       CASE WHEN :count > 1 THEN make_date(CAST(left(b.term, 4) AS INTEGER), 3, 10) END
                  FROM disbursement_batch b
                  LEFT JOIN award_award a ON a.id = :award
                 WHERE b.id = :batch
                RETURNING id
                """)
                .param("reference", PayoutReference.payment(Term.parse(termOf(jdbc, batchId)), number))
                .param("award", awardId)
                .param("amount", amount)
                .param("status", status)
                .param("reissueOf", reissueOf)
                .param("batch", batchId)
                .param("no", no)
                .param("count", count)
                .query(Long.class)
                .single();
    }

    public static String paymentReference(JdbcClient jdbc, long paymentId) {
        return jdbc.sql("SELECT reference FROM disbursement_payment WHERE id = :id")
                .param("id", paymentId)
                .query(String.class)
                .single();
    }

    /** A recorded bank file of the batch holding {@code lines} lines of {@code total} yuan. */
    public static void bankFile(JdbcClient jdbc, long batchId, int lines, String total) {
        jdbc.sql("""
                INSERT INTO disbursement_bank_file (batch_id, template, file_name, sha256, line_count, total_amount, generated_by)
                VALUES (:batch, 'GENERIC', 'test.txt', repeat('a', 64), :lines, :total, 'county')
                """)
                .param("batch", batchId)
                .param("lines", lines)
                .param("total", new BigDecimal(total))
                .update();
    }

    /**
     * A term of the demo county part paid: 三市镇中心小学 has three confirmed living-subsidy awards
     * (500, 250 and 500 yuan) in one exported batch whose bank file holds them, one paid, one
     * failed (not reissued) and one pending; 安定镇中心小学 has one confirmed preschool award of 500
     * yuan in no batch. Clears the term first.
     */
    public record Scenario(
            long batchId,
            String batchReference,
            long paidAward,
            long failedAward,
            long pendingAward,
            long unbatchedAward) {}

    public static Scenario partlyPaid(JdbcClient jdbc, Term term) {
        clear(jdbc, term);
        long paid = confirmedAward(jdbc, term, SANSHI_PRIMARY, 0, LIVING_SUBSIDY, LIVING_SUBSIDY_NAME, "500.00");
        long failed = confirmedAward(jdbc, term, SANSHI_PRIMARY, 1, LIVING_SUBSIDY, LIVING_SUBSIDY_NAME, "250.00");
        long pending = confirmedAward(jdbc, term, SANSHI_PRIMARY, 2, LIVING_SUBSIDY, LIVING_SUBSIDY_NAME, "500.00");
        long unbatched = confirmedAward(jdbc, term, ANDING_PRIMARY, 0, PRESCHOOL_AID, PRESCHOOL_AID_NAME, "500.00");
        long batch = batch(jdbc, term, LIVING_SUBSIDY, LIVING_SUBSIDY_NAME, BatchStatus.EXPORTED, 3, "1250.00");
        payment(jdbc, batch, paid, null, "PAID", null);
        payment(jdbc, batch, failed, null, "FAILED", null);
        payment(jdbc, batch, pending, null, "PENDING", null);
        bankFile(jdbc, batch, 3, "1250.00");
        return new Scenario(batch, batchReference(jdbc, batch), paid, failed, pending, unbatched);
    }

    /**
     * Plants a break: a fourth award of 三市镇中心小学 (500 yuan) paid 520 yuan in a batch of its
     * own (control totals and bank file agreeing with the wrong line); returns the payment's reference.
     */
    public static String payTooMuch(JdbcClient jdbc, Term term) {
        long award = confirmedAward(jdbc, term, SANSHI_PRIMARY, 3, LIVING_SUBSIDY, LIVING_SUBSIDY_NAME, "500.00");
        long batch = batch(jdbc, term, LIVING_SUBSIDY, LIVING_SUBSIDY_NAME, BatchStatus.EXPORTED, 1, "520.00");
        long payment = payment(jdbc, batch, award, "520.00", "PAID", null);
        bankFile(jdbc, batch, 1, "520.00");
        return paymentReference(jdbc, payment);
    }

    private static String termOf(JdbcClient jdbc, long batchId) {
        return jdbc.sql("SELECT term FROM disbursement_batch WHERE id = :id")
                .param("id", batchId)
                .query(String.class)
                .single();
    }
}
