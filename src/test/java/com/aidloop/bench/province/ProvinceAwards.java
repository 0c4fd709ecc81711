package com.aidloop.bench.province;

import com.aidloop.shared.Term;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The awards of a term for one county, set-based in SQL from the registered students: which
 * student gets which programme is drawn from the student's ID-number blind index (an HMAC, so
 * uniformly random and the same on every run with the same keys); the tier's amount is the
 * catalogue's standard standing for the term (latest {@code valid_from} not after it, not
 * superseded, not withdrawn); card, guardian and phone are the registry's own sealed values, as
 * a roster import takes them from the registry. A programme is given only in a term it pays
 * ({@code semesters}), card programmes only to students with a card. Awards are confirmed by the
 * county, except, in the autumn term, the awards of one school in fifty (work still to do).
 */
final class ProvinceAwards {

    /**
     * Who gets what: stage, programme, tier, which of the three draws decides, the draw's range in
     * basis points, only rural households, only one grade. About a third of the students per term.
     */
    private static final String RULES = """
            (VALUES ('PRESCHOOL',        'PRESCHOOL_AID',                   'STANDARD',    1,    0, 1000, false, NULL),
                    ('PRESCHOOL',        'PRESCHOOL_FREE_YEAR',             'STANDARD',    3,    0, 10000, false, '大班'),
                    ('PRIMARY',          'PRIMARY_LIVING_SUBSIDY',          'BOARDER',     1,    0,  400, false, NULL),
                    ('PRIMARY',          'PRIMARY_LIVING_SUBSIDY',          'NON_BOARDER', 1,  400, 1200, false, NULL),
                    ('PRIMARY',          'RURAL_NUTRITION',                 'STANDARD',    3,    0, 1200, true,  NULL),
                    ('JUNIOR_SECONDARY', 'JUNIOR_LIVING_SUBSIDY',           'BOARDER',     1,    0,  600, false, NULL),
                    ('JUNIOR_SECONDARY', 'JUNIOR_LIVING_SUBSIDY',           'NON_BOARDER', 1,  600, 1200, false, NULL),
                    ('JUNIOR_SECONDARY', 'RURAL_NUTRITION',                 'STANDARD',    3,    0, 1200, true,  NULL),
                    ('SENIOR_HIGH',      'SENIOR_HIGH_NATIONAL_GRANT',      'TIER_1',      1,    0,  500, false, NULL),
                    ('SENIOR_HIGH',      'SENIOR_HIGH_NATIONAL_GRANT',      'TIER_2',      1,  500, 1500, false, NULL),
                    ('SENIOR_HIGH',      'SENIOR_HIGH_NATIONAL_GRANT',      'TIER_3',      1, 1500, 2500, false, NULL),
                    ('SENIOR_HIGH',      'SENIOR_HIGH_FEE_WAIVER',          'STANDARD',    1,    0, 2500, false, NULL),
                    ('VOCATIONAL',       'VOCATIONAL_NATIONAL_GRANT',       'TIER_1',      1,    0,  700, false, NULL),
                    ('VOCATIONAL',       'VOCATIONAL_NATIONAL_GRANT',       'TIER_2',      1,  700, 2100, false, NULL),
                    ('VOCATIONAL',       'VOCATIONAL_NATIONAL_GRANT',       'TIER_3',      1, 2100, 3500, false, NULL),
                    ('VOCATIONAL',       'VOCATIONAL_TUITION_WAIVER',       'STANDARD',    3,    0, 6000, false, NULL),
                    ('VOCATIONAL',       'VOCATIONAL_NATIONAL_SCHOLARSHIP', 'STANDARD',    2,    0,   30, false, NULL))
                AS r(stage, programme_code, tier_code, draw, low, high, rural_only, grade)
            """;

    private static final String GRADES = """
            (VALUES ('小班', 'PRESCHOOL'), ('中班', 'PRESCHOOL'), ('大班', 'PRESCHOOL'),
                    ('一年级', 'PRIMARY'), ('二年级', 'PRIMARY'), ('三年级', 'PRIMARY'), ('四年级', 'PRIMARY'),
                    ('五年级', 'PRIMARY'), ('六年级', 'PRIMARY'),
                    ('七年级', 'JUNIOR_SECONDARY'), ('八年级', 'JUNIOR_SECONDARY'), ('九年级', 'JUNIOR_SECONDARY'),
                    ('高一', 'SENIOR_HIGH'), ('高二', 'SENIOR_HIGH'), ('高三', 'SENIOR_HIGH'),
                    ('中职一年级', 'VOCATIONAL'), ('中职二年级', 'VOCATIONAL'), ('中职三年级', 'VOCATIONAL'))
                AS g(grade, stage)
            """;

    private static final String INSERT = """
            WITH standing AS (
                SELECT DISTINCT ON (p.code, st.tier_code)
                       p.code, p.name, p.need_based, p.semesters, st.tier_code, st.tier_label, st.amount, st.withdrawn
                  FROM programme_programme p
                  JOIN programme_standard st ON st.programme_id = p.id AND st.superseded_at IS NULL
                 WHERE p.deactivated_at IS NULL
                   AND (substr(st.valid_from, 1, 4)::int * 2 + (right(st.valid_from, 6) = 'AUTUMN')::int) <= :termKey
                 ORDER BY p.code, st.tier_code,
                          substr(st.valid_from, 1, 4)::int * 2 + (right(st.valid_from, 6) = 'AUTUMN')::int DESC, st.recorded_at DESC
            ),
            card_programme AS (
                SELECT p.code FROM programme_programme p
                 WHERE NOT EXISTS (SELECT 1 FROM programme_payment_channel c
                                    WHERE c.programme_id = p.id AND c.superseded_at IS NULL AND c.channel <> 'CARD')
            ),
            student AS (
                SELECT s.*, g.stage, sc.code AS school_code, sc.name AS school_name,
                       (('x' || substr(s.id_number_index, 1, 7))::bit(28)::int + :shift) % 10000 AS draw1,
                       (('x' || substr(s.id_number_index, 8, 7))::bit(28)::int + :shift) % 10000 AS draw2,
                       (('x' || substr(s.id_number_index, 15, 7))::bit(28)::int + :shift) % 10000 AS draw3,
                       ('x' || substr(s.id_number_index, 22, 7))::bit(28)::int % 7 AS kind
                  FROM registry_student s
                  JOIN school_school sc ON sc.id = s.school_id
                  JOIN {GRADES} ON g.grade = s.grade
                 WHERE s.school_township_code LIKE :county || '%'
            )
            INSERT INTO award_award (term, programme_code, programme_name, stage, tier, amount, student_id, student_name, gender,
                   id_number_index, id_number_masked, school_id, school_code, school_name, school_township_code, grade,
                   class_name, household_township_code, household_village_code, difficulty_type, difficulty_level,
                   special_channel, guardian_name, phone_sealed, phone_masked, card_bank, card_number_sealed,
                   card_number_index, card_number_masked, created_by, created_at, updated_at, confirmed_at, confirmed_by)
            SELECT :term, r.programme_code, st.name, s.stage, st.tier_label, st.amount, s.id, s.name, s.gender,
                   s.id_number_index, s.id_number_masked, s.school_id, s.school_code, s.school_name, s.school_township_code,
                   s.grade, s.class_name, s.household_township_code, s.household_village_code,
                   CASE WHEN st.need_based THEN (ARRAY['脱贫家庭学生', '防止返贫监测对象家庭学生', '农村低收入人口家庭学生',
                        '最低生活保障家庭学生', '特困供养学生', '残疾人子女', '其他家庭经济困难学生'])[s.kind + 1] END,
                   CASE WHEN NOT st.need_based THEN NULL WHEN r.tier_code = 'TIER_1' THEN '特别困难'
                        WHEN r.tier_code = 'TIER_2' THEN '比较困难' WHEN r.tier_code = 'TIER_3' THEN '一般困难' ELSE '困难' END,
                   false, m.name, m.phone_sealed, m.phone_masked,
                   CASE WHEN cp.code IS NOT NULL THEN s.card_bank END, CASE WHEN cp.code IS NOT NULL THEN s.card_number_sealed END,
                   CASE WHEN cp.code IS NOT NULL THEN s.card_number_index END, CASE WHEN cp.code IS NOT NULL THEN s.card_number_masked END,
                   :importer, :importedAt, :importedAt,
                   CASE WHEN :allConfirmed OR ('x' || substr(md5(s.school_code || :seed), 1, 7))::bit(28)::int % 50 <> 0
                        THEN CAST(:confirmedAt AS timestamptz) END,
                   CASE WHEN :allConfirmed OR ('x' || substr(md5(s.school_code || :seed), 1, 7))::bit(28)::int % 50 <> 0
                        THEN :confirmer END
              FROM student s
              JOIN {RULES} ON r.stage = s.stage AND (r.grade IS NULL OR r.grade = s.grade)
                      AND (NOT r.rural_only OR s.residence = 'RURAL')
                      AND CASE r.draw WHEN 1 THEN s.draw1 WHEN 2 THEN s.draw2 ELSE s.draw3 END >= r.low
                      AND CASE r.draw WHEN 1 THEN s.draw1 WHEN 2 THEN s.draw2 ELSE s.draw3 END < r.high
              JOIN standing st ON st.code = r.programme_code AND st.tier_code = r.tier_code
                      AND NOT st.withdrawn AND st.amount IS NOT NULL
                      AND (st.semesters = 'BOTH' OR st.semesters = :semester)
              LEFT JOIN card_programme cp ON cp.code = r.programme_code
              LEFT JOIN LATERAL (SELECT name, phone_sealed, phone_masked FROM registry_household_member
                                  WHERE student_id = s.id AND guardian ORDER BY position LIMIT 1) m ON true
             WHERE cp.code IS NULL OR s.card_number_sealed IS NOT NULL
            """.replace("{GRADES}", GRADES).replace("{RULES}", RULES);

    private ProvinceAwards() {}

    /** Writes the county's awards of the term; returns how many. */
    static int write(JdbcClient jdbc, Term term, String countyCode, long seed) {
        boolean spring = term.semester() == Term.Semester.SPRING;
        return jdbc.sql(INSERT)
                .param("term", term.code())
                .param("termKey", term.year() * 2 + (spring ? 0 : 1))
                .param("semester", term.semester().name())
                .param("shift", spring ? 0 : 300)
                .param("county", countyCode)
                .param("seed", Long.toString(seed))
                .param("importer", "zx" + countyCode)
                .param(
                        "importedAt",
                        java.time.OffsetDateTime.parse(
                                spring ? "2026-03-20T10:00:00+08:00" : "2026-10-12T10:00:00+08:00"))
                .param(
                        "confirmedAt",
                        java.time.OffsetDateTime.parse(
                                spring ? "2026-04-15T10:00:00+08:00" : "2026-11-05T10:00:00+08:00"))
                .param("allConfirmed", spring)
                .param("confirmer", "zx" + countyCode)
                .update();
    }
}
