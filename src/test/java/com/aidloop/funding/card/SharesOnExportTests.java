package com.aidloop.funding.card;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.disbursement.BatchStatus;
import com.aidloop.disbursement.PaymentLedger;
import com.aidloop.disbursement.PayoutBatchExported;
import com.aidloop.disbursement.ProgressFixtures;
import com.aidloop.funding.FundingSource;
import com.aidloop.funding.PaidMoney;
import com.aidloop.funding.persistence.PaymentShareStore;
import com.aidloop.iam.DataScope;
import com.aidloop.programme.PayingRules;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * A payment carries the funding shares in force when its batch is exported, and keeps them: the
 * report's paid money is split by what the payment carried, not by the shares recorded later.
 */
@SpringBootTest
@Transactional
class SharesOnExportTests {

    private static final Term TERM = new Term(2054, Term.Semester.AUTUMN);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PaymentLedger ledger;

    @Autowired
    PayingRules rules;

    @Autowired
    PaymentShareStore store;

    @Autowired
    CardPaidMoney paid;

    @Test
    void eachPaymentOfAnExportedBatchCarriesItsSharesAndThePaidMoneyIsSplitByThem() {
        long batch = exportedBatch();
        long payment = ProgressFixtures.payment(jdbc, batch, award, null, "PAID", null);

        new SharesOnExport(ledger, rules, store)
                .on(new PayoutBatchExported(
                        batch,
                        "B",
                        TERM,
                        "430626102",
                        ProgressFixtures.LIVING_SUBSIDY,
                        1,
                        Money.yuan("500.01"),
                        "CSV",
                        "county",
                        Instant.now()));

        // 500.01 at 50/25/0/25: 250.005, 125.0025, 125.0025 → 250.00 + 125.00 + 125.00, the fen to 中央
        assertThat(jdbc.sql(
                                "SELECT central_amount, provincial_amount, county_amount FROM funding_payment_share WHERE payment_id = :p")
                        .param("p", payment)
                        .query((rs, row) -> List.of(
                                rs.getBigDecimal(1).toPlainString(),
                                rs.getBigDecimal(2).toPlainString(),
                                rs.getBigDecimal(3).toPlainString()))
                        .single())
                .containsExactly("250.01", "125.00", "125.00");

        // what the payment carried wins over shares changed afterwards
        jdbc.sql("UPDATE funding_payment_share SET central_amount = 500.01, provincial_amount = 0, county_amount = 0"
                        + " WHERE payment_id = :p")
                .param("p", payment)
                .update();
        List<PaidMoney.Paid> rows = paid.paid(TERM, DataScope.region("430626"));
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().bySource().of(FundingSource.CENTRAL)).isEqualTo(Money.yuan("500.01"));
        assertThat(rows.getFirst().amount()).isEqualTo(Money.yuan("500.01"));
        assertThat(paid.paid(TERM, DataScope.region("430626101"))).isEmpty();
    }

    private long award;

    /** An exported batch paying one confirmed award of 500.01 yuan of 三市镇中心小学. */
    private long exportedBatch() {
        ProgressFixtures.clear(jdbc, TERM);
        award = ProgressFixtures.confirmedAward(
                jdbc,
                TERM,
                ProgressFixtures.SANSHI_PRIMARY,
                0,
                ProgressFixtures.LIVING_SUBSIDY,
                ProgressFixtures.LIVING_SUBSIDY_NAME,
                "500.01");
        return ProgressFixtures.batch(
                jdbc,
                TERM,
                ProgressFixtures.LIVING_SUBSIDY,
                ProgressFixtures.LIVING_SUBSIDY_NAME,
                BatchStatus.EXPORTED,
                1,
                "500.01");
    }
}
