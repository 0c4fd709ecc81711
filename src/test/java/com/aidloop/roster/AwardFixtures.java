package com.aidloop.roster;

import com.aidloop.shared.Term;
import com.aidloop.testing.AwardSeeds;
import com.aidloop.testing.AwardSeeds.Facts;
import java.math.BigDecimal;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Awards of the demo county (平江县) written straight into the award table, as the roster import
 * will write them, with the programme codes, tiers and standards of the seeded catalogue: every
 * n-th registered student gets the programme of their stage (学前教育资助, 义务教育家庭经济困难学生生活补助
 * for boarders and day pupils of 小学 and 初中, 国家助学金 of 普通高中 in three tiers and of 中职), every
 * fourth senior-high awardee also 免学杂费; the
 * student's real school, grade, class, household township and village, masked ID number, first
 * guardian and masked card; about one in 37 came through the special channel. Each test class
 * uses a term of its own, far from real ones, and clears it first.
 */
public final class AwardFixtures {

    public static final String COUNTY = "430626";
    public static final String SANSHI_TOWN = "430626102";
    public static final String SANSHI_PRIMARY = "2143062611";
    public static final String ANDING_PRIMARY = "2143062612";

    private AwardFixtures() {}

    /** Removes every award of the term, then awards every {@code every}-th demo student; returns how many awards were written. */
    public static int awardDemoCounty(JdbcClient jdbc, Term term, int every) {
        clear(jdbc, term);
        return awardEveryNth(jdbc, term, every) + waiveSeniorHighFees(jdbc, term);
    }

    /** The programme of each chosen student's stage, with its tier and standard. */
    private static int awardEveryNth(JdbcClient jdbc, Term term, int every) {
        return jdbc.sql("""
                WITH chosen AS (
                    SELECT s.*, sc.code AS school_code, sc.name AS school_name,
                           CASE WHEN s.grade IN ('七年级', '八年级', '九年级') THEN 'JUNIOR_SECONDARY' ELSE sc.stages[1] END AS stage
                      FROM registry_student s
                      JOIN school_school sc ON sc.id = s.school_id
                     WHERE sc.code LIKE '21430626%' AND s.id % :every = 0
                )
                INSERT INTO award_award (term, programme_code, programme_name, stage, tier, amount, student_id, student_name, gender,
                       id_number_index, id_number_masked, school_id, school_code, school_name, school_township_code, grade, class_name,
                       household_township_code, household_village_code, difficulty_type, difficulty_level, special_channel,
                       guardian_name, phone_masked, card_bank, card_number_masked, remark, created_by)
                SELECT :term,
                       CASE c.stage WHEN 'PRESCHOOL' THEN 'PRESCHOOL_AID' WHEN 'SENIOR_HIGH' THEN 'SENIOR_HIGH_NATIONAL_GRANT'
                                    WHEN 'VOCATIONAL' THEN 'VOCATIONAL_NATIONAL_GRANT' WHEN 'JUNIOR_SECONDARY' THEN 'JUNIOR_LIVING_SUBSIDY'
                                    ELSE 'PRIMARY_LIVING_SUBSIDY' END,
                       CASE c.stage WHEN 'PRESCHOOL' THEN '学前教育资助' WHEN 'SENIOR_HIGH' THEN '国家助学金'
                                    WHEN 'VOCATIONAL' THEN '国家助学金' ELSE '义务教育家庭经济困难学生生活补助' END,
                       c.stage,
                       CASE WHEN c.stage IN ('PRIMARY', 'JUNIOR_SECONDARY') THEN (CASE WHEN c.id % 2 = 0 THEN '寄宿生' ELSE '非寄宿生' END)
                            WHEN c.stage = 'SENIOR_HIGH' THEN (ARRAY['一档', '二档', '三档'])[1 + c.id % 3]
                            WHEN c.stage = 'VOCATIONAL' THEN '二档'
                            ELSE '标准' END,
                       CASE c.stage WHEN 'PRESCHOOL' THEN 500.00
                                    WHEN 'PRIMARY' THEN (CASE WHEN c.id % 2 = 0 THEN 500.00 ELSE 250.00 END)
                                    WHEN 'JUNIOR_SECONDARY' THEN (CASE WHEN c.id % 2 = 0 THEN 625.00 ELSE 312.50 END)
                                    WHEN 'SENIOR_HIGH' THEN (ARRAY[1750.00, 1150.00, 600.00])[1 + c.id % 3]
                                    ELSE 1150.00 END,
                       c.id, c.name, c.gender, c.id_number_index, c.id_number_masked, c.school_id, c.school_code, c.school_name,
                       c.school_township_code, c.grade, c.class_name, c.household_township_code, c.household_village_code,
                       (ARRAY['脱贫家庭', '低保家庭', '特困供养', '残疾学生', '防返贫监测户'])[1 + c.id % 5],
                       (ARRAY['特别困难', '比较困难', '一般困难'])[1 + c.id % 3],
                       c.id % 37 = 0,
                       g.name, g.phone_masked, c.card_bank, c.card_number_masked, NULL, 'test-fixture'
                  FROM chosen c
                  LEFT JOIN LATERAL (SELECT m.name, m.phone_masked FROM registry_household_member m
                                      WHERE m.student_id = c.id AND m.guardian ORDER BY m.position LIMIT 1) g ON TRUE
                """)
                .param("term", term.code())
                .param("every", every)
                .update();
    }

    /** Every fourth senior-high grant holder is also exempt from fees (免学杂费). */
    private static int waiveSeniorHighFees(JdbcClient jdbc, Term term) {
        return jdbc.sql("""
                INSERT INTO award_award (term, programme_code, programme_name, stage, tier, amount, student_id, student_name, gender,
                       id_number_index, id_number_masked, school_id, school_code, school_name, school_township_code, grade, class_name,
                       household_township_code, household_village_code, difficulty_type, difficulty_level, special_channel,
                       guardian_name, phone_masked, card_bank, card_number_masked, remark, created_by)
                SELECT term, 'SENIOR_HIGH_FEE_WAIVER', '免学杂费', stage, '标准', 800.00, student_id, student_name, gender,
                       id_number_index, id_number_masked, school_id, school_code, school_name, school_township_code, grade, class_name,
                       household_township_code, household_village_code, difficulty_type, difficulty_level, special_channel,
                       guardian_name, phone_masked, card_bank, card_number_masked, '免学杂费', created_by
                  FROM award_award
                 WHERE term = :term AND programme_code = 'SENIOR_HIGH_NATIONAL_GRANT' AND student_id % 4 = 0
                """)
                .param("term", term.code())
                .update();
    }

    public static void clear(JdbcClient jdbc, Term term) {
        jdbc.sql("DELETE FROM award_award WHERE term = :term").param("term", term.code()).update();
    }

    public static long schoolId(JdbcClient jdbc, String code) {
        return jdbc.sql("SELECT id FROM school_school WHERE code = :code").param("code", code).query(Long.class).single();
    }

    /** One award with every field chosen by the test; the student, school and household come from a real demo student of the school. */
    public record Award(String programmeCode, String programmeName, String tier, BigDecimal amount, String studentName, String gender,
            String idNumberMasked, String grade, String className, String difficultyType, String difficultyLevel, boolean specialChannel,
            String guardianName, String phoneMasked, String cardBank, String cardNumberMasked, String remark) {

        public static Award ordinary(String studentName) {
            return new Award("PRIMARY_LIVING_SUBSIDY", "义务教育家庭经济困难学生生活补助", "寄宿生", new BigDecimal("500.00"), studentName, "FEMALE",
                    "430626********2385", "三年级", "2班", "低保家庭", "比较困难", false, "李桂英", "138****1234", "平江县农村商业银行",
                    "***************2444", null);
        }

        public Award amount(String yuan) {
            return new Award(programmeCode, programmeName, tier, new BigDecimal(yuan), studentName, gender, idNumberMasked, grade, className,
                    difficultyType, difficultyLevel, specialChannel, guardianName, phoneMasked, cardBank, cardNumberMasked, remark);
        }

        public Award throughSpecialChannel() {
            return new Award(programmeCode, programmeName, tier, amount, studentName, gender, idNumberMasked, grade, className,
                    difficultyType, difficultyLevel, true, guardianName, phoneMasked, cardBank, cardNumberMasked, remark);
        }
    }

    /**
     * Writes one award for a demo student of the school (the {@code nth} by id, so that several
     * awards of one test use different students); returns the award's id.
     */
    public static long insert(JdbcClient jdbc, Term term, String schoolCode, int nth, Award a) {
        return AwardSeeds.award(term, schoolCode, nth).programme(a.programmeCode(), a.programmeName()).tier(a.tier())
                .amount(a.amount().toPlainString())
                .facts(new Facts(a.studentName(), a.gender(), a.idNumberMasked(), a.grade(), a.className(), a.difficultyType(),
                        a.difficultyLevel(), a.specialChannel(), a.guardianName(), a.phoneMasked(), a.cardBank(), a.cardNumberMasked(),
                        a.remark(), null))
                .insert(jdbc);
    }
}
