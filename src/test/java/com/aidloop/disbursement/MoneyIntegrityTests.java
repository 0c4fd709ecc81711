package com.aidloop.disbursement;

import static com.aidloop.disbursement.ProgressFixtures.LIVING_SUBSIDY;
import static com.aidloop.disbursement.ProgressFixtures.LIVING_SUBSIDY_NAME;
import static com.aidloop.disbursement.ProgressFixtures.SANSHI_PRIMARY;
import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.disbursement.IntegrityBreak.Kind;
import com.aidloop.iam.DataScope;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import com.aidloop.testing.DatabaseOwner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.transaction.AfterTransaction;
import org.springframework.test.context.transaction.BeforeTransaction;
import org.springframework.transaction.annotation.Transactional;

/**
 * The money-integrity check against PostgreSQL: a consistent term balances (with its gaps named
 * as gaps), and each kind of break, planted by writing inconsistent rows, is named with its batch
 * and payment. Every test runs in a transaction that is rolled back.
 */
@SpringBootTest
@Transactional
class MoneyIntegrityTests {

    private static final Term TERM = new Term(2004, Term.Semester.SPRING);
    private static final DataScope COUNTY = DataScope.region(ProgressFixtures.COUNTY);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MoneyIntegrity integrity;

    @Autowired
    ApplicationContext context;

    long award1;
    long award2;
    long award3;
    long batch;
    long payment1;
    long payment2;
    long payment3;

    /** Three confirmed awards of 500, 250 and 500 yuan, paid in one exported batch whose bank file holds them. */
    @BeforeEach
    void payThreeAwards() {
        ProgressFixtures.clear(jdbc, TERM);
        award1 = award(0, "500.00");
        award2 = award(1, "250.00");
        award3 = award(2, "500.00");
        batch = ProgressFixtures.batch(
                jdbc, TERM, LIVING_SUBSIDY, LIVING_SUBSIDY_NAME, BatchStatus.EXPORTED, 3, "1250.00");
        payment1 = ProgressFixtures.payment(jdbc, batch, award1, null, "PAID", null);
        payment2 = ProgressFixtures.payment(jdbc, batch, award2, null, "PAID", null);
        payment3 = ProgressFixtures.payment(jdbc, batch, award3, null, "PENDING", null);
        ProgressFixtures.bankFile(jdbc, batch, 3, "1250.00");
    }

    @Test
    void balancesWhenEveryLevelHoldsTheSameMoney() {
        IntegrityReport report = integrity.check(TERM, COUNTY);

        assertThat(report.breaks()).isEmpty();
        assertThat(report.balanced()).isTrue();
        assertThat(report.confirmed()).isEqualTo(figure(3, "1250.00"));
        assertThat(report.inBatches()).isEqualTo(figure(3, "1250.00"));
        assertThat(report.inBankFiles()).isEqualTo(figure(3, "1250.00"));
        assertThat(report.paid()).isEqualTo(figure(2, "750.00"));
        assertThat(report.pending()).isEqualTo(figure(1, "500.00"));
        assertThat(report.settled()).isEqualTo(figure(3, "1250.00"));
    }

    @Test
    void aLineThatPaysAnInstallmentTheAwardsPlanDoesNotHaveIsABreak() {
        long split = award(3, "500.00");
        long draft = ProgressFixtures.batch(
                jdbc, TERM, LIVING_SUBSIDY, LIVING_SUBSIDY_NAME, BatchStatus.APPROVED, 1, "100.00");
        ProgressFixtures.payment(jdbc, draft, split, "100.00", "PENDING", null, 1, 5);

        IntegrityReport report = integrity.check(TERM, COUNTY);

        assertThat(report.installments()).isEqualTo(figure(4, "1750.00"));
        assertThat(report.breaks()).singleElement().satisfies(b -> {
            assertThat(b.kind()).isEqualTo(IntegrityBreak.Kind.AMOUNT_DIFFERS);
            assertThat(b.awardId()).isEqualTo(split);
            assertThat(b.expected()).isEqualTo(Money.yuan("500.00"));
            assertThat(b.actual()).isEqualTo(Money.yuan("100.00"));
        });
        assertThat(report.balanced()).isFalse();
    }

    @Test
    void awardsNotInABatchAndBatchesNotExportedAreGapsNotBreaks() {
        long waiting = award(3, "250.00");
        long draftAward = award(4, "500.00");
        long draft = ProgressFixtures.batch(
                jdbc, TERM, LIVING_SUBSIDY, LIVING_SUBSIDY_NAME, BatchStatus.APPROVED, 1, "500.00");
        ProgressFixtures.payment(jdbc, draft, draftAward, null, "PENDING", null);

        IntegrityReport report = integrity.check(TERM, COUNTY);

        assertThat(report.breaks()).isEmpty();
        assertThat(report.balanced()).isTrue();
        assertThat(report.confirmed()).isEqualTo(figure(5, "2000.00"));
        assertThat(report.notInBatch()).isEqualTo(figure(1, "250.00"));
        assertThat(report.notInBatchFirst())
                .extracting(IntegrityReport.UnbatchedAward::awardId)
                .containsExactly(waiting);
        assertThat(report.notExported()).isEqualTo(figure(1, "500.00"));
        assertThat(report.notExportedBatches())
                .extracting(IntegrityReport.UnexportedBatch::reference)
                .containsExactly(ProgressFixtures.batchReference(jdbc, draft));
    }

    @Test
    void aFailedPaymentAndItsReissueAreOneAward() {
        jdbc.sql("UPDATE disbursement_payment SET status = 'FAILED', failure_reason = '账户已销户' WHERE id = :id")
                .param("id", payment2)
                .update();
        long reissue = ProgressFixtures.batch(
                jdbc, TERM, LIVING_SUBSIDY, LIVING_SUBSIDY_NAME, BatchStatus.EXPORTED, 1, "250.00");
        jdbc.sql("UPDATE disbursement_batch SET reissue_of_batch_id = :b WHERE id = :r")
                .param("b", batch)
                .param("r", reissue)
                .update();
        ProgressFixtures.payment(jdbc, reissue, award2, null, "PAID", payment2);
        ProgressFixtures.bankFile(jdbc, reissue, 1, "250.00");

        IntegrityReport report = integrity.check(TERM, COUNTY);

        assertThat(report.breaks()).isEmpty();
        assertThat(report.balanced()).isTrue();
        assertThat(report.inBatches()).isEqualTo(figure(3, "1250.00"));
        assertThat(report.inBankFiles()).isEqualTo(figure(3, "1250.00"));
        assertThat(report.paid()).isEqualTo(figure(2, "750.00"));
        assertThat(report.failed()).isEqualTo(figure(0, "0.00"));
    }

    @Test
    void namesAPaymentWhoseAmountDiffersFromItsAward() {
        long other = award(3, "250.00");
        long b = exportedBatchWith(other, "520.00");

        IntegrityBreak found = onlyBreak(integrity.check(TERM, COUNTY), Kind.AMOUNT_DIFFERS);

        assertThat(found.batchReference()).isEqualTo(ProgressFixtures.batchReference(jdbc, b));
        assertThat(found.paymentReference()).startsWith("PY2004S");
        assertThat(found.expected().yuan()).isEqualByComparingTo("250.00");
        assertThat(found.actual().yuan()).isEqualByComparingTo("520.00");
        assertThat(found.schoolName()).isEqualTo("平江县三市镇中心小学");
        assertThat(found.cardNumberMasked()).matches("\\**\\d{4}");
    }

    @Test
    void namesAPaymentForAnUnknownAward() {
        exportedBatchWith(987_654_321L, "300.00");

        IntegrityBreak found = onlyBreak(integrity.check(TERM, COUNTY), Kind.AWARD_UNKNOWN);

        assertThat(found.awardId()).isEqualTo(987_654_321L);
        assertThat(found.actual().yuan()).isEqualByComparingTo("300.00");
    }

    @Test
    void namesAPaymentForAnAwardThatIsNotConfirmed() {
        long unconfirmed =
                ProgressFixtures.award(jdbc, TERM, SANSHI_PRIMARY, 5, LIVING_SUBSIDY, LIVING_SUBSIDY_NAME, "500.00");
        exportedBatchWith(unconfirmed, null);

        IntegrityReport report = integrity.check(TERM, COUNTY);

        assertThat(onlyBreak(report, Kind.AWARD_NOT_CONFIRMED).awardId()).isEqualTo(unconfirmed);
        assertThat(report.confirmed()).isEqualTo(figure(3, "1250.00"));
    }

    /**
     * The index that forbids two live payments of one award's installment is dropped by the database's owner
     * before the test's transaction and made again after it: the platform's role may not.
     */
    @Nested
    class WithoutTheIndexThatForbidsTwoLivePayments {

        @BeforeTransaction
        void dropTheIndex() {
            DatabaseOwner.jdbc(context)
                    .sql("DROP INDEX disbursement_payment_installment_live_uq")
                    .update();
        }

        @AfterTransaction
        void makeItAgain() {
            DatabaseOwner.jdbc(context).sql("""
                    CREATE UNIQUE INDEX disbursement_payment_installment_live_uq
                        ON disbursement_payment (award_id, installment_no) WHERE status <> 'FAILED'
                    """).update();
        }

        @Test
        void namesTwoLivePaymentsForOneAward() {
            long second = ProgressFixtures.batch(
                    jdbc, TERM, LIVING_SUBSIDY, LIVING_SUBSIDY_NAME, BatchStatus.EXPORTED, 1, "500.00");
            long twice = ProgressFixtures.payment(jdbc, second, award1, null, "PAID", null);
            ProgressFixtures.bankFile(jdbc, second, 1, "500.00");

            IntegrityReport report = integrity.check(TERM, COUNTY);

            assertThat(report.breaks()).extracting(IntegrityBreak::kind).containsOnly(Kind.DUPLICATE_PAYMENT);
            assertThat(report.breaks())
                    .extracting(IntegrityBreak::paymentReference)
                    .containsExactlyInAnyOrder(
                            ProgressFixtures.paymentReference(jdbc, payment1),
                            ProgressFixtures.paymentReference(jdbc, twice));
            assertThat(report.balanced()).isFalse();
        }
    }

    @Test
    void namesAReissueOfAPaymentThatDidNotFail() {
        long reissue = ProgressFixtures.batch(
                jdbc, TERM, LIVING_SUBSIDY, LIVING_SUBSIDY_NAME, BatchStatus.EXPORTED, 1, "500.00");
        long other = award(3, "500.00");
        ProgressFixtures.payment(jdbc, reissue, other, null, "PENDING", payment1);
        ProgressFixtures.bankFile(jdbc, reissue, 1, "500.00");

        IntegrityBreak found = onlyBreak(integrity.check(TERM, COUNTY), Kind.REISSUE_MISMATCH);

        assertThat(found.awardId()).isEqualTo(other);
    }

    @Test
    void namesABatchWhoseLinesDifferFromItsFrozenControlTotals() {
        jdbc.sql("UPDATE disbursement_batch SET control_amount = 1300.00 WHERE id = :id")
                .param("id", batch)
                .update();

        IntegrityBreak found = onlyBreak(integrity.check(TERM, COUNTY), Kind.CONTROL_TOTALS_DIFFER);

        assertThat(found.batchReference()).isEqualTo(ProgressFixtures.batchReference(jdbc, batch));
        assertThat(found.expected().yuan()).isEqualByComparingTo("1300.00");
        assertThat(found.actual().yuan()).isEqualByComparingTo("1250.00");
    }

    @Test
    void namesABankFileWhoseLinesDifferFromItsBatch() {
        ProgressFixtures.bankFile(jdbc, batch, 2, "750.00");

        IntegrityReport report = integrity.check(TERM, COUNTY);

        IntegrityBreak found = onlyBreak(report, Kind.BANK_FILE_DIFFERS);
        assertThat(found.expectedCount()).isEqualTo(3);
        assertThat(found.actualCount()).isEqualTo(2);
        assertThat(report.inBankFiles()).isEqualTo(figure(2, "750.00"));
        assertThat(report.unexplainedFilesToSettled()).isEqualTo(figure(-1, "-500.00"));
    }

    @Test
    void namesAnExportedBatchWithoutABankFile() {
        long silent = ProgressFixtures.batch(
                jdbc, TERM, LIVING_SUBSIDY, LIVING_SUBSIDY_NAME, BatchStatus.EXPORTED, 1, "250.00");
        ProgressFixtures.payment(jdbc, silent, award(3, "250.00"), null, "PENDING", null);

        IntegrityBreak found = onlyBreak(integrity.check(TERM, COUNTY), Kind.EXPORTED_WITHOUT_BANK_FILE);

        assertThat(found.batchReference()).isEqualTo(ProgressFixtures.batchReference(jdbc, silent));
    }

    @Test
    void namesMoneyReportedPaidOnALineTheBankNeverReceived() {
        long approved = ProgressFixtures.batch(
                jdbc, TERM, LIVING_SUBSIDY, LIVING_SUBSIDY_NAME, BatchStatus.APPROVED, 1, "250.00");
        long line = ProgressFixtures.payment(jdbc, approved, award(3, "250.00"), null, "PAID", null);

        IntegrityBreak found = onlyBreak(integrity.check(TERM, COUNTY), Kind.SETTLED_BEFORE_EXPORT);

        assertThat(found.paymentReference()).isEqualTo(ProgressFixtures.paymentReference(jdbc, line));
    }

    @Test
    void aSchoolSeesOnlyItsOwnLinesAndAnotherCountyNone() {
        long anding = ProgressFixtures.confirmedAward(
                jdbc, TERM, ProgressFixtures.ANDING_PRIMARY, 0, LIVING_SUBSIDY, LIVING_SUBSIDY_NAME, "250.00");
        long sanshi = ProgressFixtures.schoolId(jdbc, SANSHI_PRIMARY);

        IntegrityReport school = integrity.check(TERM, DataScope.school(sanshi));
        IntegrityReport otherCounty = integrity.check(TERM, DataScope.region("430624"));

        assertThat(school.confirmed()).isEqualTo(figure(3, "1250.00"));
        assertThat(school.inBankFiles()).isEqualTo(figure(3, "1250.00"));
        assertThat(school.balanced()).isTrue();
        assertThat(otherCounty.confirmed()).isEqualTo(figure(0, "0.00"));
        assertThat(otherCounty.inBatches()).isEqualTo(figure(0, "0.00"));
        assertThat(integrity.check(TERM, COUNTY).notInBatchFirst())
                .extracting(IntegrityReport.UnbatchedAward::awardId)
                .containsExactly(anding);
    }

    private long award(int nth, String amount) {
        return ProgressFixtures.confirmedAward(
                jdbc, TERM, SANSHI_PRIMARY, nth, LIVING_SUBSIDY, LIVING_SUBSIDY_NAME, amount);
    }

    private long exportedBatchWith(long awardId, String amount) {
        long b = ProgressFixtures.batch(
                jdbc,
                TERM,
                LIVING_SUBSIDY,
                LIVING_SUBSIDY_NAME,
                BatchStatus.EXPORTED,
                1,
                amount == null ? "500.00" : amount);
        ProgressFixtures.payment(jdbc, b, awardId, amount, "PENDING", null);
        ProgressFixtures.bankFile(jdbc, b, 1, amount == null ? "500.00" : amount);
        return b;
    }

    private static IntegrityBreak onlyBreak(IntegrityReport report, Kind kind) {
        assertThat(report.breaks()).extracting(IntegrityBreak::kind).containsExactly(kind);
        assertThat(report.balanced()).isFalse();
        return report.breaks().getFirst();
    }

    private static PayoutFigure figure(long count, String amount) {
        return new PayoutFigure(count, com.aidloop.shared.Money.yuan(amount));
    }
}
