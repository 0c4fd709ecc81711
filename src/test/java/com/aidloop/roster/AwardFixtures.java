package com.aidloop.roster;

import com.aidloop.shared.Term;
import com.aidloop.testing.AwardSeeds;
import com.aidloop.testing.AwardSeeds.Card;
import com.aidloop.testing.AwardSeeds.Facts;
import com.aidloop.testing.AwardSeeds.Guardian;
import com.aidloop.testing.AwardSeeds.Need;
import com.aidloop.testing.AwardSeeds.Person;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Awards of the demo county (平江县), seeded through {@link AwardSeeds} as the roster import
 * writes them, with the programme codes, tiers and standards of the seeded catalogue: every
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
    private static final String SENIOR_HIGH_GRANT = "SENIOR_HIGH_NATIONAL_GRANT";
    private static final String LIVING_SUBSIDY = "义务教育家庭经济困难学生生活补助";
    private static final String[] GRANT_TIERS = {"一档", "二档", "三档"};
    private static final String[] GRANT_AMOUNTS = {"1750.00", "1150.00", "600.00"};
    private static final String[] DIFFICULTY_TYPES = {"脱贫家庭", "低保家庭", "特困供养", "残疾学生", "防返贫监测户"};
    private static final String[] DIFFICULTY_LEVELS = {"特别困难", "比较困难", "一般困难"};

    private AwardFixtures() {}

    /** Removes every award of the term, then awards every {@code every}-th demo student; returns how many awards were written. */
    public static int awardDemoCounty(JdbcClient jdbc, Term term, int every) {
        clear(jdbc, term);
        List<AwardSeeds> grants = chosenStudents(jdbc, every).stream()
                .map(student -> grantOfStage(term, student))
                .toList();
        List<AwardSeeds> waivers = grants.stream()
                .filter(AwardFixtures::waivesFees)
                .map(AwardFixtures::feeWaiver)
                .toList();
        return AwardSeeds.insertAll(
                        jdbc, Stream.concat(grants.stream(), waivers.stream()).toList())
                .size();
    }

    /** A chosen demo student: their stage (初中 by grade, else their school's first) and first guardian. */
    private record Chosen(long id, String stage, String guardianName, String guardianPhoneMasked) {}

    private static List<Chosen> chosenStudents(JdbcClient jdbc, int every) {
        return jdbc.sql("""
                SELECT s.id, CASE WHEN s.grade IN ('七年级', '八年级', '九年级') THEN 'JUNIOR_SECONDARY' ELSE sc.stages[1] END AS stage,
                       g.name AS guardian_name, g.phone_masked AS guardian_phone
                  FROM registry_student s
                  JOIN school_school sc ON sc.id = s.school_id
                  LEFT JOIN LATERAL (SELECT m.name, m.phone_masked FROM registry_household_member m
                                      WHERE m.student_id = s.id AND m.guardian ORDER BY m.position LIMIT 1) g ON TRUE
                 WHERE sc.code LIKE '21430626%' AND s.id % :every = 0
                 ORDER BY s.id
                """)
                .param("every", every)
                .query((rs, n) -> new Chosen(
                        rs.getLong("id"),
                        rs.getString("stage"),
                        rs.getString("guardian_name"),
                        rs.getString("guardian_phone")))
                .list();
    }

    /** The programme of the student's stage, with its tier and standard. */
    private static AwardSeeds grantOfStage(Term term, Chosen student) {
        long id = student.id();
        boolean boarder = id % 2 == 0;
        int band = (int) (id % 3);
        AwardSeeds seed = AwardSeeds.student(term, id)
                .stage(student.stage())
                .facts(Facts.STUDENTS_OWN
                        .need(new Need(DIFFICULTY_TYPES[(int) (id % 5)], DIFFICULTY_LEVELS[band], id % 37 == 0))
                        .guardian(new Guardian(student.guardianName(), student.guardianPhoneMasked())));
        return switch (student.stage()) {
            case "PRESCHOOL" ->
                seed.programme("PRESCHOOL_AID", "学前教育资助").tier("标准").amount("500.00");
            case "SENIOR_HIGH" ->
                seed.programme(SENIOR_HIGH_GRANT, "国家助学金")
                        .tier(GRANT_TIERS[band])
                        .amount(GRANT_AMOUNTS[band]);
            case "VOCATIONAL" ->
                seed.programme("VOCATIONAL_NATIONAL_GRANT", "国家助学金").tier("二档").amount("1150.00");
            case "JUNIOR_SECONDARY" ->
                seed.programme("JUNIOR_LIVING_SUBSIDY", LIVING_SUBSIDY)
                        .tier(boarder ? "寄宿生" : "非寄宿生")
                        .amount(boarder ? "625.00" : "312.50");
            case "PRIMARY" ->
                seed.programme("PRIMARY_LIVING_SUBSIDY", LIVING_SUBSIDY)
                        .tier(boarder ? "寄宿生" : "非寄宿生")
                        .amount(boarder ? "500.00" : "250.00");
            default ->
                seed.programme("PRIMARY_LIVING_SUBSIDY", LIVING_SUBSIDY)
                        .tier("标准")
                        .amount("1150.00");
        };
    }

    /** Every fourth senior-high grant holder is also exempt from fees (免学杂费). */
    private static boolean waivesFees(AwardSeeds grant) {
        return grant.grant().programmeCode().equals(SENIOR_HIGH_GRANT)
                && grant.pick().studentId() % 4 == 0;
    }

    private static AwardSeeds feeWaiver(AwardSeeds grant) {
        return grant.programme("SENIOR_HIGH_FEE_WAIVER", "免学杂费")
                .tier("标准")
                .amount("800.00")
                .facts(grant.facts().remark("免学杂费"));
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

    /** One award with every field chosen by the test; the student, school and household come from a real demo student of the school. */
    public record Award(
            String programmeCode,
            String programmeName,
            String tier,
            BigDecimal amount,
            String studentName,
            String gender,
            String idNumberMasked,
            String grade,
            String className,
            String difficultyType,
            String difficultyLevel,
            boolean specialChannel,
            String guardianName,
            String phoneMasked,
            String cardBank,
            String cardNumberMasked,
            String remark) {

        public static Award ordinary(String studentName) {
            return new Award(
                    "PRIMARY_LIVING_SUBSIDY",
                    "义务教育家庭经济困难学生生活补助",
                    "寄宿生",
                    new BigDecimal("500.00"),
                    studentName,
                    "FEMALE",
                    "430626********2385",
                    "三年级",
                    "2班",
                    "低保家庭",
                    "比较困难",
                    false,
                    "李桂英",
                    "138****1234",
                    "平江县农村商业银行",
                    "***************2444",
                    null);
        }

        public Award amount(String yuan) {
            return new Award(
                    programmeCode,
                    programmeName,
                    tier,
                    new BigDecimal(yuan),
                    studentName,
                    gender,
                    idNumberMasked,
                    grade,
                    className,
                    difficultyType,
                    difficultyLevel,
                    specialChannel,
                    guardianName,
                    phoneMasked,
                    cardBank,
                    cardNumberMasked,
                    remark);
        }

        public Award throughSpecialChannel() {
            return new Award(
                    programmeCode,
                    programmeName,
                    tier,
                    amount,
                    studentName,
                    gender,
                    idNumberMasked,
                    grade,
                    className,
                    difficultyType,
                    difficultyLevel,
                    true,
                    guardianName,
                    phoneMasked,
                    cardBank,
                    cardNumberMasked,
                    remark);
        }
    }

    /**
     * Writes one award for a demo student of the school (the {@code nth} by id, so that several
     * awards of one test use different students); returns the award's id.
     */
    public static long insert(JdbcClient jdbc, Term term, String schoolCode, int nth, Award a) {
        Facts facts = Facts.STUDENTS_OWN
                .person(new Person(a.studentName(), a.gender(), null, a.idNumberMasked()))
                .classOf(a.grade(), a.className())
                .need(new Need(a.difficultyType(), a.difficultyLevel(), a.specialChannel()))
                .guardian(new Guardian(a.guardianName(), a.phoneMasked()))
                .card(new Card(a.cardBank(), a.cardNumberMasked(), null))
                .remark(a.remark());
        return AwardSeeds.award(term, schoolCode, nth)
                .programme(a.programmeCode(), a.programmeName())
                .tier(a.tier())
                .amount(a.amount().toPlainString())
                .facts(facts)
                .insert(jdbc);
    }
}
