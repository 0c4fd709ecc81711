package com.aidloop.settlement;

import com.aidloop.shared.Term;
import com.aidloop.testing.AwardSeeds;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Confirmed awards of the programmes settled with the schools in a term of a test's own, at the
 * demo county's schools: 免学杂费 at 平江县第一中学 (demo account school3) and the nutrition plan at
 * 三市镇中心小学 (demo account school). Written once per term.
 */
public final class SettlementSeeds {

    public static final String FIRST_HIGH_SCHOOL = "2143062601";
    public static final String SANSHI_PRIMARY = "2143062611";

    private SettlementSeeds() {}

    public static void feeWaivers(JdbcClient jdbc, Term term, int students) {
        seed(jdbc, term, FIRST_HIGH_SCHOOL, "SENIOR_HIGH_FEE_WAIVER", "免学杂费", "SENIOR_HIGH", "800.00", students);
    }

    public static void meals(JdbcClient jdbc, Term term, int students) {
        seed(jdbc, term, SANSHI_PRIMARY, "RURAL_NUTRITION", "农村义务教育学生营养改善计划", "PRIMARY", "500.00", students);
    }

    public static long schoolId(JdbcClient jdbc, String code) {
        return jdbc.sql("SELECT id FROM school_school WHERE code = :code")
                .param("code", code)
                .query(Long.class)
                .single();
    }

    private static void seed(
            JdbcClient jdbc,
            Term term,
            String school,
            String code,
            String name,
            String stage,
            String amount,
            int students) {
        boolean seeded = jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM award_award WHERE term = :term AND school_code = :school AND programme_code = :code)
                        """)
                .param("term", term.code())
                .param("school", school)
                .param("code", code)
                .query(Boolean.class)
                .single();
        if (!seeded) {
            List<AwardSeeds> awards = IntStream.range(0, students)
                    .mapToObj(n -> AwardSeeds.award(term, school, n)
                            .programme(code, name)
                            .stage(stage)
                            .tier("STANDARD")
                            .amount(amount)
                            .confirmed())
                    .toList();
            AwardSeeds.insertAll(jdbc, awards);
        }
    }
}
