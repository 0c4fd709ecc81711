package com.aidloop.testing;

import com.aidloop.shared.Term;
import java.math.BigDecimal;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one way tests seed single awards: an award of a registered demo student (the {@code nth}
 * of a school by id), with the student's own facts (name, gender, masked ID, grade, class,
 * household, bank and masked card) unless the test chooses others, written as the roster import
 * writes it. Start from {@link #award}, change what the test is about, then {@link #insert}.
 *
 * <pre>{@code
 * long id = AwardSeeds.award(term, "2143062611", 0).programme("PRESCHOOL_AID", "学前教育资助").amount("500.00").confirmed().insert(jdbc);
 * }</pre>
 */
public record AwardSeeds(Term term, String schoolCode, int nth, String programmeCode, String programmeName, String stage,
        String tier, BigDecimal amount, Facts facts, String householdPrefix, boolean countyConfirmed) {

    /** Facts a test sets instead of the student's; null keeps the student's (or leaves the award's field empty). */
    public record Facts(String studentName, String gender, String idNumberMasked, String grade, String className,
            String difficultyType, String difficultyLevel, boolean specialChannel, String guardianName, String phoneMasked,
            String cardBank, String cardNumberMasked, String remark, String cardIfNone) {

        public static final Facts STUDENTS_OWN = new Facts(null, null, null, null, null, null, null, false, null, null, null, null, null,
                null);

        /** The student's own facts, with a guardian and, for a student without a card, a masked card. */
        public static Facts guardianAndCard(String guardianName, String cardIfNone) {
            return new Facts(null, null, null, null, null, null, null, false, guardianName, null, null, null, null, cardIfNone);
        }
    }

    /** A primary boarder's living subsidy (寄宿生, 500 yuan), not confirmed, with the student's own facts. */
    public static AwardSeeds award(Term term, String schoolCode, int nth) {
        return new AwardSeeds(term, schoolCode, nth, "PRIMARY_LIVING_SUBSIDY", "义务教育家庭经济困难学生生活补助", "PRIMARY", "寄宿生",
                new BigDecimal("500.00"), Facts.STUDENTS_OWN, null, false);
    }

    public AwardSeeds programme(String code, String name) {
        return new AwardSeeds(term, schoolCode, nth, code, name, stage, tier, amount, facts, householdPrefix, countyConfirmed);
    }

    public AwardSeeds stage(String newStage) {
        return new AwardSeeds(term, schoolCode, nth, programmeCode, programmeName, newStage, tier, amount, facts, householdPrefix, countyConfirmed);
    }

    public AwardSeeds tier(String newTier) {
        return new AwardSeeds(term, schoolCode, nth, programmeCode, programmeName, stage, newTier, amount, facts, householdPrefix, countyConfirmed);
    }

    public AwardSeeds amount(String yuan) {
        return new AwardSeeds(term, schoolCode, nth, programmeCode, programmeName, stage, tier, new BigDecimal(yuan), facts, householdPrefix,
                countyConfirmed);
    }

    public AwardSeeds facts(Facts chosen) {
        return new AwardSeeds(term, schoolCode, nth, programmeCode, programmeName, stage, tier, amount, chosen, householdPrefix, countyConfirmed);
    }

    /** Counts only the school's students whose household lies inside the region. */
    public AwardSeeds householdIn(String regionPrefix) {
        return new AwardSeeds(term, schoolCode, nth, programmeCode, programmeName, stage, tier, amount, facts, regionPrefix, countyConfirmed);
    }

    /** Confirmed (资助确认) by the county, so payable. */
    public AwardSeeds confirmed() {
        return new AwardSeeds(term, schoolCode, nth, programmeCode, programmeName, stage, tier, amount, facts, householdPrefix, true);
    }

    /** Writes the award; returns its id. */
    public long insert(JdbcClient jdbc) {
        return jdbc.sql("""
                INSERT INTO award_award (term, programme_code, programme_name, stage, tier, amount, student_id, student_name, gender,
                       id_number_index, id_number_masked, school_id, school_code, school_name, school_township_code, grade, class_name,
                       household_township_code, household_village_code, difficulty_type, difficulty_level, special_channel,
                       guardian_name, phone_masked, card_bank, card_number_masked, remark, created_by, confirmed_at, confirmed_by)
                SELECT :term, :programmeCode, :programmeName, :stage, :tier, :amount, s.id, coalesce(:name, s.name),
                       coalesce(:gender, s.gender), s.id_number_index, coalesce(:idMasked, s.id_number_masked), sc.id, sc.code, sc.name,
                       s.school_township_code, coalesce(:grade, s.grade), coalesce(:className, s.class_name),
                       s.household_township_code, s.household_village_code, :difficultyType, :difficultyLevel, :special,
                       :guardian, :phone, coalesce(:bank, s.card_bank), coalesce(:card, s.card_number_masked, :cardIfNone), :remark, 'test-fixture',
                       CASE WHEN :confirmed THEN now() END, CASE WHEN :confirmed THEN 'county' END
                  FROM registry_student s
                  JOIN school_school sc ON sc.id = s.school_id
                 WHERE sc.code = :school
                   AND (CAST(:household AS TEXT) IS NULL OR s.household_township_code LIKE :household || '%')
                 ORDER BY s.id
                OFFSET :nth LIMIT 1
                RETURNING id
                """)
                .param("term", term.code())
                .param("programmeCode", programmeCode)
                .param("programmeName", programmeName)
                .param("stage", stage)
                .param("tier", tier)
                .param("amount", amount)
                .param("name", facts.studentName())
                .param("gender", facts.gender())
                .param("idMasked", facts.idNumberMasked())
                .param("grade", facts.grade())
                .param("className", facts.className())
                .param("difficultyType", facts.difficultyType())
                .param("difficultyLevel", facts.difficultyLevel())
                .param("special", facts.specialChannel())
                .param("guardian", facts.guardianName())
                .param("phone", facts.phoneMasked())
                .param("bank", facts.cardBank())
                .param("card", facts.cardNumberMasked())
                .param("remark", facts.remark())
                .param("cardIfNone", facts.cardIfNone())
                .param("confirmed", countyConfirmed)
                .param("school", schoolCode)
                .param("household", householdPrefix)
                .param("nth", nth)
                .query(Long.class)
                .single();
    }
}
