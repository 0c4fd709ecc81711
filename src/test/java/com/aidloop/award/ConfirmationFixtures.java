package com.aidloop.award;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Role;
import com.aidloop.shared.Term;
import com.aidloop.testing.AwardSeeds;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Unconfirmed awards of demo students written straight into the award table, as the roster
 * import writes them, for confirmation tests; each test class uses terms of its own and clears them.
 */
public final class ConfirmationFixtures {

    public static final String SANSHI_PRIMARY = "2143062611";
    public static final String ANDING_PRIMARY = "2143062612";

    private ConfirmationFixtures() {}

    public static CurrentAccount county(String username) {
        return new CurrentAccount(0, username, "测试县级资助中心", Set.of(Role.COUNTY_STAFF), "430626", null);
    }

    public static void clear(JdbcClient jdbc, Term term) {
        jdbc.sql("DELETE FROM award_award WHERE term = :term")
                .param("term", term.code())
                .update();
    }

    public static long schoolId(JdbcClient jdbc, String code) {
        return jdbc.sql("SELECT id FROM school_school WHERE code = :code")
                .param("code", code)
                .query(Long.class)
                .single();
    }

    /** A primary boarder's living subsidy (寄宿生, 500 yuan a term) for the {@code nth} demo student of the school. */
    public static long livingSubsidy(JdbcClient jdbc, Term term, String schoolCode, int nth) {
        return award(
                jdbc, term, schoolCode, nth, "PRIMARY_LIVING_SUBSIDY", "义务教育家庭经济困难学生生活补助", "PRIMARY", "寄宿生", "500.00");
    }

    /** An award of any programme, stage, tier and amount for the {@code nth} demo student of the school. */
    public static long award(
            JdbcClient jdbc,
            Term term,
            String schoolCode,
            int nth,
            String programmeCode,
            String programmeName,
            String stage,
            String tier,
            String amount) {
        return AwardSeeds.award(term, schoolCode, nth)
                .programme(programmeCode, programmeName)
                .stage(stage)
                .tier(tier)
                .amount(amount)
                .insert(jdbc);
    }
}
