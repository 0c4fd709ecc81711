package com.aidloop.bench.province;

import com.aidloop.shared.Term;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Payout batches, payments and bank files of a county's term, set-based in SQL, in the states the
 * platform's own steps leave them: one batch per household township and card programme made by
 * the county's aid centre and approved by a second person (the schema's four-eyes checks and the
 * contributor trigger run); its payments carry the award's card and amount, lines in the bank
 * file's order. Spring 2026 is paid: batches reconciled, every line paid except one in two hundred
 * failed (not reissued). Autumn 2026 is under way: by a draw per batch, 60 % exported with lines
 * pending, 25 % approved, 15 % not yet made (their awards are 未入批次). So the money-integrity check
 * balances with gaps and no breaks.
 */
final class ProvincePayouts {

    private static final String BATCHES = """
            WITH payable AS (
                SELECT household_township_code AS township, programme_code, min(programme_name) AS programme_name,
                       count(*) AS lines, sum(amount) AS amount
                  FROM award_award
                 WHERE term = :term AND household_township_code LIKE :county || '%' AND confirmed_at IS NOT NULL
                   AND card_number_sealed IS NOT NULL
                 GROUP BY household_township_code, programme_code
            ), decided AS (
                SELECT p.*, CASE WHEN :paid THEN 'RECONCILED'
                                 ELSE (ARRAY['NONE', 'NONE', 'NONE', 'APPROVED', 'APPROVED', 'APPROVED', 'APPROVED', 'APPROVED',
                                             'EXPORTED', 'EXPORTED', 'EXPORTED', 'EXPORTED', 'EXPORTED', 'EXPORTED', 'EXPORTED',
                                             'EXPORTED', 'EXPORTED', 'EXPORTED', 'EXPORTED', 'EXPORTED'])
                                      [('x' || substr(md5(p.township || p.programme_code || :seed), 1, 7))::bit(28)::int % 20 + 1]
                            END AS status
                  FROM payable p
            )
            INSERT INTO disbursement_batch (reference, term, county_code, township_code, programme_code, programme_name, status,
                   control_count, control_amount, bank_template, created_by, created_at, approved_by, approved_at,
                   exported_by, exported_at, reconciled_at)
            SELECT :prefix || lpad(nextval('disbursement_batch_seq')::text, 6, '0'), :term, :county, township, programme_code,
                   programme_name, status, lines, amount, 'csv', :maker, CAST(:madeAt AS timestamptz), :checker, CAST(:madeAt AS timestamptz) + interval '1 day',
                   CASE WHEN status IN ('EXPORTED', 'RECONCILED') THEN :maker END,
                   CASE WHEN status IN ('EXPORTED', 'RECONCILED') THEN CAST(:madeAt AS timestamptz) + interval '2 days' END,
                   CASE WHEN status = 'RECONCILED' THEN CAST(:madeAt AS timestamptz) + interval '20 days' END
              FROM decided WHERE status <> 'NONE'
             ORDER BY township, programme_code
            """;

    private static final String PAYMENTS = """
            INSERT INTO disbursement_payment (batch_id, line_no, reference, award_id, student_id, school_id, term, programme_code,
                   payee_name, card_bank, card_number_sealed, card_number_index, card_number_masked, amount, status,
                   failure_reason, settled_at, created_at)
            SELECT b.id, row_number() OVER (PARTITION BY b.id ORDER BY a.household_village_code NULLS LAST, a.school_code,
                   a.student_name, a.id),
                   :paymentPrefix || lpad(nextval('disbursement_payment_seq')::text, 10, '0'), a.id, a.student_id, a.school_id,
                   a.term, a.programme_code, a.student_name, a.card_bank, a.card_number_sealed, a.card_number_index,
                   a.card_number_masked, a.amount,
                   CASE WHEN b.status <> 'RECONCILED' THEN 'PENDING'
                        WHEN ('x' || substr(a.id_number_index, 29, 7))::bit(28)::int % 200 = 0 THEN 'FAILED' ELSE 'PAID' END,
                   CASE WHEN b.status = 'RECONCILED' AND ('x' || substr(a.id_number_index, 29, 7))::bit(28)::int % 200 = 0
                        THEN '账户已冻结' END,
                   CASE WHEN b.status = 'RECONCILED' THEN b.reconciled_at END,
                   b.created_at
              FROM disbursement_batch b
              JOIN award_award a ON a.term = b.term AND a.household_township_code = b.township_code
                                AND a.programme_code = b.programme_code
             WHERE b.term = :term AND b.county_code = :county AND a.confirmed_at IS NOT NULL
               AND a.card_number_sealed IS NOT NULL
            """;

    private static final String BANK_FILES = """
            INSERT INTO disbursement_bank_file (batch_id, template, file_name, sha256, line_count, total_amount, generated_by,
                   generated_at)
            SELECT b.id, 'csv', b.reference || '.csv', md5(b.reference) || md5(b.reference || '.csv'), b.control_count,
                   b.control_amount, b.exported_by, b.exported_at
              FROM disbursement_batch b
             WHERE b.term = :term AND b.county_code = :county AND b.status IN ('EXPORTED', 'RECONCILED')
            """;

    private ProvincePayouts() {}

    /** Batches of the county's term; returns how many. */
    static int batches(JdbcClient jdbc, Term term, String countyCode, long seed) {
        boolean spring = term.semester() == Term.Semester.SPRING;
        return jdbc.sql(BATCHES)
                .param("term", term.code())
                .param("county", countyCode)
                .param("paid", spring)
                .param("seed", Long.toString(seed))
                .param("prefix", "PB" + term.year() + (spring ? "S" : "A"))
                .param("maker", "zx" + countyCode)
                .param("checker", "sh" + countyCode)
                .param(
                        "madeAt",
                        OffsetDateTime.parse(spring ? "2026-04-20T09:00:00+08:00" : "2026-11-10T09:00:00+08:00"))
                .update();
    }

    /** Payments of the county's batches of the term; returns how many. */
    static int payments(JdbcClient jdbc, Term term, String countyCode) {
        boolean spring = term.semester() == Term.Semester.SPRING;
        return jdbc.sql(PAYMENTS)
                .param("term", term.code())
                .param("county", countyCode)
                .param("paymentPrefix", "PY" + term.year() + (spring ? "S" : "A"))
                .update();
    }

    /** The bank file recorded for each exported batch of the county's term; returns how many. */
    static int bankFiles(JdbcClient jdbc, Term term, String countyCode) {
        return jdbc.sql(BANK_FILES)
                .param("term", term.code())
                .param("county", countyCode)
                .update();
    }
}
