package com.aidloop.disbursement.bench;

import com.aidloop.disbursement.IntegrityReport;
import com.aidloop.disbursement.MoneyIntegrity;
import com.aidloop.disbursement.PaymentProgress;
import com.aidloop.disbursement.ProgressFixtures;
import com.aidloop.disbursement.ProgressReport;
import com.aidloop.iam.DataScope;
import com.aidloop.shared.Term;
import com.aidloop.testing.AwardSeeds;
import com.aidloop.testing.AwardSeeds.Card;
import com.aidloop.testing.AwardSeeds.Facts;
import com.aidloop.testing.DatabaseOwner;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Times the integrity check and the progress report of a county term of about 100,000 confirmed
 * awards, paid in batches per township and programme (90 % paid, 5 % failed, 5 % pending), each
 * batch with its bank file. Not part of ./aidloop test: {@code bench/payouts.sh}, or
 * {@code ./aidloop test -Dtest=PayoutBenchmark -Daidloop.bench=true}.
 */
@Tag("bench")
@EnabledIfSystemProperty(named = "aidloop.bench", matches = "true")
@SpringBootTest
class PayoutBenchmark {

    private static final Term TERM = new Term(2001, Term.Semester.AUTUMN);
    private static final DataScope COUNTY = DataScope.region("430626");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    MoneyIntegrity integrity;

    @Autowired
    PaymentProgress progress;

    @Test
    void checkAndReportOneHundredThousandPayments() {
        int copies = Integer.getInteger("aidloop.bench.copies", 20);
        ProgressFixtures.clear(jdbc, TERM);
        long started = System.nanoTime();
        int awards = confirmedAwards(copies);
        int payments = paidInBatchesPerTownshipAndProgramme();
        System.out.printf(
                "RESULT loaded %d awards, %d payments in %.1f s%n",
                awards, payments, (System.nanoTime() - started) / 1e9);
        try {
            for (int run = 1; run <= 3; run++) {
                checkAndReport(run);
            }
        } finally {
            ProgressFixtures.clear(jdbc, TERM);
        }
    }

    private void checkAndReport(int run) {
        IntegrityReport report = time("integrity check, run " + run, () -> integrity.check(TERM, COUNTY));
        System.out.printf(
                "RESULT   balanced=%s confirmed=%s paid=%s failed=%s pending=%s breaks=%d%n",
                report.balanced(),
                report.confirmed(),
                report.paid(),
                report.failed(),
                report.pending(),
                report.breaks().size());
        ProgressReport progressReport = time("progress report, run " + run, () -> progress.report(TERM, COUNTY));
        System.out.printf("RESULT   rows=%d planned=%s%n", progressReport.rows().size(), progressReport.planned());
    }

    /** {@code copies} confirmed awards of 500 yuan for every demo student, one per benchmark programme. */
    private int confirmedAwards(int copies) {
        List<Long> students = jdbc.sql("""
                SELECT s.id FROM registry_student s JOIN school_school sc ON sc.id = s.school_id
                 WHERE sc.code LIKE '21430626%' AND s.household_township_code LIKE '430626%'
                """).query(Long.class).list();
        List<AwardSeeds> awards = new ArrayList<>();
        for (int copy = 1; copy <= copies; copy++) {
            for (long student : students) {
                awards.add(AwardSeeds.student(TERM, student)
                        .programme("BENCH_" + copy, "基准项目" + copy)
                        .stage("PRIMARY")
                        .tier("标准")
                        .amount("500.00")
                        .facts(Facts.STUDENTS_OWN.card(new Card(null, null, "****2444")))
                        .confirmed());
            }
        }
        return AwardSeeds.insertAll(jdbc, awards).size();
    }

    /**
     * One exported batch per household township and programme, each with its bank file; 90 % of
     * the payments paid, 5 % failed, 5 % pending. Returns the number of payments.
     */
    private int paidInBatchesPerTownshipAndProgramme() {
        jdbc.sql("""
                INSERT INTO disbursement_batch (reference, term, county_code, township_code, programme_code, programme_name, status,
                       control_count, control_amount, created_by, approved_by, approved_at, exported_by, exported_at)
                SELECT 'PB2001A9' || lpad(row_number() OVER ()::text, 5, '0'), :term, '430626', household_township_code, programme_code,
                       max(programme_name), 'EXPORTED', count(*), sum(amount), 'bench', 'bench2', now(), 'bench', now()
                  FROM award_award WHERE term = :term GROUP BY household_township_code, programme_code
                """).param("term", TERM.code()).update();
        int payments = jdbc.sql("""
                INSERT INTO disbursement_payment (batch_id, line_no, reference, award_id, student_id, school_id, term, programme_code,
                       payee_name, card_bank, card_number_sealed, card_number_index, card_number_masked, amount, status, failure_reason, settled_at)
                SELECT b.id, row_number() OVER (PARTITION BY b.id ORDER BY a.id), 'PY2001A9' || lpad(a.id::text, 9, '0'), a.id, a.student_id,
                       a.school_id, a.term, a.programme_code, a.student_name, a.card_bank, 'sealed', 'index', a.card_number_masked, a.amount,
                       CASE WHEN a.id % 20 = 0 THEN 'FAILED' WHEN a.id % 20 = 1 THEN 'PENDING' ELSE 'PAID' END,
                       CASE WHEN a.id % 20 = 0 THEN '账户已销户' END, CASE WHEN a.id % 20 <> 1 THEN now() END
                  FROM award_award a
                  JOIN disbursement_batch b ON b.term = a.term AND b.township_code = a.household_township_code
                                           AND b.programme_code = a.programme_code
                 WHERE a.term = :term
                """).param("term", TERM.code()).update();
        jdbc.sql("""
                INSERT INTO disbursement_bank_file (batch_id, template, file_name, sha256, line_count, total_amount, generated_by)
                SELECT id, 'GENERIC', 'bench.txt', repeat('b', 64), control_count, control_amount, 'bench'
                  FROM disbursement_batch WHERE term = :term
                """).param("term", TERM.code()).update();
        DatabaseOwner.jdbc(context)
                .sql("ANALYZE award_award, disbursement_payment")
                .update();
        return payments;
    }

    private static <T> T time(String what, Supplier<T> work) {
        long started = System.nanoTime();
        T result = work.get();
        System.out.printf("RESULT %s: %.3f s%n", what, (System.nanoTime() - started) / 1e9);
        return result;
    }
}
