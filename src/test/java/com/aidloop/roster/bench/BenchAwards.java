package com.aidloop.roster.bench;

import com.aidloop.shared.Term;
import com.aidloop.testing.AwardSeeds;
import com.aidloop.testing.AwardSeeds.Card;
import com.aidloop.testing.AwardSeeds.Facts;
import com.aidloop.testing.AwardSeeds.Guardian;
import com.aidloop.testing.AwardSeeds.Need;
import com.aidloop.testing.AwardSeeds.Person;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A large term for the benchmark: the demo county's ~5,000 students awarded over and over (each
 * award its own person for the uniqueness rule) until the wanted number, with the programmes,
 * tiers and standards of their stage in the seeded catalogue and one in ten the county's temporary relief:
 * seven programmes.
 */
final class BenchAwards {

    private static final String LIVING_SUBSIDY = "义务教育家庭经济困难学生生活补助";
    private static final String[] GRANT_TIERS = {"一档", "二档", "三档"};
    private static final String[] GRANT_AMOUNTS = {"1750.00", "1150.00", "600.00"};
    private static final String[] DIFFICULTY_TYPES = {"脱贫家庭", "低保家庭", "特困供养", "残疾学生", "防返贫监测户"};
    private static final String[] DIFFICULTY_LEVELS = {"特别困难", "比较困难", "一般困难"};

    private BenchAwards() {}

    /** A demo student and their stage (初中 by grade, else their school's first). */
    private record Student(long id, String stage) {}

    static int write(JdbcClient jdbc, Term term, int wanted) {
        jdbc.sql("DELETE FROM award_award WHERE term = :term")
                .param("term", term.code())
                .update();
        List<Student> students = jdbc.sql("""
                SELECT s.id, CASE WHEN s.grade IN ('七年级', '八年级', '九年级') THEN 'JUNIOR_SECONDARY' ELSE sc.stages[1] END AS stage
                  FROM registry_student s
                  JOIN school_school sc ON sc.id = s.school_id
                 WHERE sc.code LIKE '21430626%'
                 ORDER BY s.id
                """)
                .query((rs, n) -> new Student(rs.getLong("id"), rs.getString("stage")))
                .list();
        List<AwardSeeds> awards = new ArrayList<>(wanted);
        for (int g = 0; g < wanted; g++) {
            awards.add(award(term, students.get(g % students.size()), g));
        }
        return AwardSeeds.insertAll(jdbc, awards).size();
    }

    /** The {@code g}-th award: the student's stage's programme, or every tenth the county's temporary relief. */
    private static AwardSeeds award(Term term, Student student, int g) {
        String lastFour = String.format("%04d", g % 10_000);
        AwardSeeds seed = AwardSeeds.student(term, student.id())
                .stage(student.stage())
                .facts(Facts.STUDENTS_OWN
                        .person(new Person(null, null, "bench-" + g, null))
                        .need(new Need(DIFFICULTY_TYPES[g % 5], DIFFICULTY_LEVELS[g % 3], g % 37 == 0))
                        .guardian(new Guardian("监护人" + (g % 1000), "138****" + lastFour))
                        .card(new Card("平江县农村商业银行", "***************" + lastFour, null)));
        boolean boarder = g % 2 == 0;
        if (g % 10 == 0) {
            return seed.programme("COUNTY_TEMPORARY_RELIEF", "县级困难学生临时救助")
                    .tier("标准")
                    .amount("800.00");
        }
        return switch (student.stage()) {
            case "PRESCHOOL" ->
                seed.programme("PRESCHOOL_AID", "学前教育资助").tier("标准").amount("500.00");
            case "PRIMARY" ->
                seed.programme("PRIMARY_LIVING_SUBSIDY", LIVING_SUBSIDY)
                        .tier(boarder ? "寄宿生" : "非寄宿生")
                        .amount(boarder ? "500.00" : "250.00");
            case "JUNIOR_SECONDARY" ->
                seed.programme("JUNIOR_LIVING_SUBSIDY", LIVING_SUBSIDY)
                        .tier(boarder ? "寄宿生" : "非寄宿生")
                        .amount(boarder ? "625.00" : "312.50");
            case "SENIOR_HIGH" ->
                seed.programme("SENIOR_HIGH_NATIONAL_GRANT", "国家助学金")
                        .tier(GRANT_TIERS[g % 3])
                        .amount(GRANT_AMOUNTS[g % 3]);
            case "VOCATIONAL" ->
                seed.programme("VOCATIONAL_NATIONAL_GRANT", "国家助学金")
                        .tier(GRANT_TIERS[g % 3])
                        .amount(GRANT_AMOUNTS[g % 3]);
            default ->
                seed.programme("PRIMARY_LIVING_SUBSIDY", LIVING_SUBSIDY)
                        .tier(GRANT_TIERS[g % 3])
                        .amount(GRANT_AMOUNTS[g % 3]);
        };
    }
}
