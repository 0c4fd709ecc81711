package com.aidloop.roster.bench;

import com.aidloop.shared.Term;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A large term for the benchmark: the demo county's ~5,000 students awarded over and over (each
 * award its own person for the uniqueness rule) until the wanted number, with the programmes,
 * tiers and standards of their stage in the seeded catalogue and one in ten the county's temporary relief:
 * seven programmes.
 */
final class BenchAwards {

    private BenchAwards() {}

    static int write(JdbcClient jdbc, Term term, int wanted) {
        jdbc.sql("DELETE FROM award_award WHERE term = :term").param("term", term.code()).update();
        return jdbc.sql("""
                WITH students AS (
                    SELECT s.*, sc.code AS school_code, sc.name AS school_name,
                           CASE WHEN s.grade IN ('七年级', '八年级', '九年级') THEN 'JUNIOR_SECONDARY' ELSE sc.stages[1] END AS stage,
                           row_number() OVER (ORDER BY s.id) - 1 AS n
                      FROM registry_student s
                      JOIN school_school sc ON sc.id = s.school_id
                     WHERE sc.code LIKE '21430626%'
                ), chosen AS (
                    SELECT g, c.*, g % 10 = 0 AS hardship
                      FROM generate_series(0, :wanted - 1) g
                      JOIN students c ON c.n = g % (SELECT count(*) FROM students)
                )
                INSERT INTO award_award (term, programme_code, programme_name, stage, tier, amount, student_id, student_name, gender,
                       id_number_index, id_number_masked, school_id, school_code, school_name, school_township_code, grade, class_name,
                       household_township_code, household_village_code, difficulty_type, difficulty_level, special_channel,
                       guardian_name, phone_masked, card_bank, card_number_masked, remark, created_by)
                SELECT :term,
                       CASE WHEN c.hardship THEN 'COUNTY_TEMPORARY_RELIEF' WHEN c.stage = 'PRESCHOOL' THEN 'PRESCHOOL_AID'
                            WHEN c.stage = 'SENIOR_HIGH' THEN 'SENIOR_HIGH_NATIONAL_GRANT' WHEN c.stage = 'VOCATIONAL' THEN 'VOCATIONAL_NATIONAL_GRANT'
                            WHEN c.stage = 'JUNIOR_SECONDARY' THEN 'JUNIOR_LIVING_SUBSIDY' ELSE 'PRIMARY_LIVING_SUBSIDY' END,
                       CASE WHEN c.hardship THEN '县级困难学生临时救助' WHEN c.stage = 'PRESCHOOL' THEN '学前教育资助'
                            WHEN c.stage IN ('SENIOR_HIGH', 'VOCATIONAL') THEN '国家助学金' ELSE '义务教育家庭经济困难学生生活补助' END,
                       c.stage,
                       CASE WHEN c.hardship OR c.stage = 'PRESCHOOL' THEN '标准' WHEN c.stage IN ('PRIMARY', 'JUNIOR_SECONDARY')
                            THEN (CASE WHEN c.g % 2 = 0 THEN '寄宿生' ELSE '非寄宿生' END) ELSE (ARRAY['一档', '二档', '三档'])[1 + c.g % 3] END,
                       CASE WHEN c.hardship THEN 800.00 WHEN c.stage = 'PRESCHOOL' THEN 500.00
                            WHEN c.stage = 'PRIMARY' THEN (CASE WHEN c.g % 2 = 0 THEN 500.00 ELSE 250.00 END)
                            WHEN c.stage = 'JUNIOR_SECONDARY' THEN (CASE WHEN c.g % 2 = 0 THEN 625.00 ELSE 312.50 END)
                            ELSE (ARRAY[1750.00, 1150.00, 600.00])[1 + c.g % 3] END,
                       c.id, c.name, c.gender, 'bench-' || c.g, c.id_number_masked, c.school_id, c.school_code, c.school_name,
                       c.school_township_code, c.grade, c.class_name, c.household_township_code, c.household_village_code,
                       (ARRAY['脱贫家庭', '低保家庭', '特困供养', '残疾学生', '防返贫监测户'])[1 + c.g % 5],
                       (ARRAY['特别困难', '比较困难', '一般困难'])[1 + c.g % 3],
                       c.g % 37 = 0, '监护人' || (c.g % 1000), '138****' || lpad((c.g % 10000)::text, 4, '0'), '平江县农村商业银行',
                       '***************' || lpad((c.g % 10000)::text, 4, '0'), NULL, 'bench'
                  FROM chosen c
                """)
                .param("term", term.code())
                .param("wanted", wanted)
                .update();
    }
}
