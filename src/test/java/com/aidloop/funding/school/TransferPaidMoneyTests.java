package com.aidloop.funding.school;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.funding.FundingSource;
import com.aidloop.funding.PaidMoney;
import com.aidloop.funding.persistence.TransferShareStore;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.DataScope;
import com.aidloop.iam.Role;
import com.aidloop.programme.PayingRules;
import com.aidloop.settlement.DraftingTransfers;
import com.aidloop.settlement.SchoolTransferRecorded;
import com.aidloop.settlement.SchoolTransfers;
import com.aidloop.settlement.SettlementSeeds;
import com.aidloop.settlement.TransferView;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * A school transfer counts as paid in the funding report from the day the county recorded it,
 * split by the shares it carried from then on; a draft counts as nothing paid.
 */
@SpringBootTest
@Transactional
class TransferPaidMoneyTests {

    private static final Term TERM = new Term(2055, Term.Semester.SPRING);
    private static final CurrentAccount COUNTY =
            new CurrentAccount(9_055L, "county", "平江县资助中心", Set.of(Role.COUNTY_STAFF), "430626", null);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DraftingTransfers drafting;

    @Autowired
    SchoolTransfers transfers;

    @Autowired
    PayingRules rules;

    @Autowired
    TransferShareStore store;

    @Autowired
    TransferPaidMoney paid;

    @Test
    void aRecordedTransferIsPaidMoneySplitByTheSharesItCarried() {
        SettlementSeeds.feeWaivers(jdbc, TERM, 3);
        long school = SettlementSeeds.schoolId(jdbc, SettlementSeeds.FIRST_HIGH_SCHOOL);
        TransferView draft = drafting.draft(TERM, school, "SENIOR_HIGH_FEE_WAIVER", COUNTY);
        assertThat(paid.paid(TERM, COUNTY.scope())).as("a draft pays nothing").isEmpty();

        LocalDate on = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(1);
        TransferView done = transfers.recordTransfer(draft.id(), on, "PZ2055-001", null, COUNTY);
        new SharesOnTransfer(rules, store)
                .on(new SchoolTransferRecorded(
                        done.id(), done.reference(), TERM, done.programmeCode(), school, done.amount(), on));

        assertThat(done.amount()).isEqualTo(Money.yuan("2400.00"));
        List<PaidMoney.Paid> rows = paid.paid(TERM, COUNTY.scope());
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.amount()).isEqualTo(Money.yuan("2400.00"));
            assertThat(row.paidOn()).isEqualTo(on);
            assertThat(row.schoolId()).isEqualTo(school);
            assertThat(row.programmeCode()).isEqualTo("SENIOR_HIGH_FEE_WAIVER");
        });
        assertThat(store.partsOf(List.of(done.id())).get(done.id()).total()).isEqualTo(Money.yuan("2400.00"));

        // what the transfer carried wins over shares changed afterwards
        jdbc.sql("""
                        UPDATE funding_transfer_share
                           SET central_amount = 2400.00, provincial_amount = 0, city_amount = 0, county_amount = 0,
                               school_amount = 0, social_amount = 0, unassigned_amount = 0
                         WHERE transfer_id = :t""").param("t", done.id()).update();
        assertThat(paid.paid(TERM, COUNTY.scope()).getFirst().bySource().of(FundingSource.CENTRAL))
                .isEqualTo(Money.yuan("2400.00"));
        assertThat(paid.paid(TERM, DataScope.region("430626101")))
                .as("another township")
                .isEmpty();
    }
}
