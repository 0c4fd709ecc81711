package com.aidloop.award;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.award.ConfirmingAwards.Request;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.DataScope;
import com.aidloop.iam.Role;
import com.aidloop.shared.Term;
import com.aidloop.testing.AwardSeeds;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The award module on its own, with the modules it uses and none that use it (payout, rosters,
 * the workbench): a school's confirmed awards become the payable awards payout reads. The demo
 * county is loaded, smaller, for its schools and students (三市镇中心小学's pupils live in 三市镇);
 * {@code platform} starts the database; payout's port is a mock.
 */
@ApplicationModuleTest(
        mode = BootstrapMode.DIRECT_DEPENDENCIES,
        extraIncludes = {"demo", "platform"})
@TestPropertySource(properties = "aidloop.demo.students=300")
class AwardModuleTests {

    private static final Term TERM = new Term(2071, Term.Semester.SPRING);
    private static final String SANSHI_PRIMARY = "2143062611";
    private static final CurrentAccount COUNTY =
            new CurrentAccount(1, "county", "测试县级资助中心", Set.of(Role.COUNTY_STAFF), "430626", null);

    @MockitoBean
    AwardsInPayout payouts;

    @Autowired
    ConfirmingAwards confirming;

    @Autowired
    PayableAwards payable;

    @Autowired
    JdbcClient jdbc;

    @Test
    void confirmedAwardsOfASchoolBecomePayableInTheirHouseholdTownship() {
        jdbc.sql("DELETE FROM award_award WHERE term = :term")
                .param("term", TERM.code())
                .update();
        List<Long> seeded = new ArrayList<>();
        for (int nth = 0; nth < 3; nth++) {
            seeded.add(
                    AwardSeeds.award(TERM, SANSHI_PRIMARY, nth).amount("500.00").insert(jdbc));
        }
        long schoolId = jdbc.sql("SELECT id FROM school_school WHERE code = :code")
                .param("code", SANSHI_PRIMARY)
                .query(Long.class)
                .single();
        String township = "430626102";
        assertThat(payableIds(township)).isEmpty();

        ConfirmedAwards confirmed =
                confirming.confirm(new Request(TERM, schoolId, "PRIMARY_LIVING_SUBSIDY", null), COUNTY);

        assertThat(confirmed.awardIds()).containsExactlyInAnyOrderElementsOf(seeded);
        assertThat(confirmed.amount().yuan()).isEqualByComparingTo("1500.00");
        assertThat(confirmed.confirmedBy()).isEqualTo("county");
        assertThat(payableIds(township)).containsExactlyInAnyOrderElementsOf(seeded);
    }

    private List<Long> payableIds(String township) {
        List<Long> ids = new ArrayList<>();
        payable.forEach(
                TERM, township, "PRIMARY_LIVING_SUBSIDY", DataScope.region("430626"), a -> ids.add(a.awardId()));
        return ids;
    }
}
