package com.aidloop.identification.figures;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Role;
import com.aidloop.identification.threeparty.ThreePartySettings;
import com.aidloop.identification.threeparty.domain.ReviewStep;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The figures of a school year that only this test uses (2091), so every count is of the
 * applications it makes: in the demo county's 三市镇中心小学 (primary) and 福寿山镇九年一贯制学校
 * (primary and junior, the grade tells), and one in 岳阳县. Only DECIDED and APPROVED count as
 * results (an application in three-party review has a level but is not final); drafts and
 * withdrawn ones are no applications. Three-party reviews count by reviewing township and step,
 * overdue past the county's working days.
 */
@SpringBootTest
class IdentificationFiguresTests {

    static final int YEAR = 2091;
    static final String SANSHI = "430626102";
    static final String FUSHOUSHAN = "430626115";
    static final String CHANGSHOU = "430626104";
    static final String YUEYANG_TOWNSHIP = "430621100";

    @Autowired
    IdentificationFigures figures;

    @Autowired
    ThreePartySettings settings;

    @Autowired
    JdbcClient jdbc;

    private Deque<Long> students;
    private long primary;
    private long nineYear;

    @BeforeEach
    @AfterEach
    void removeTheYearsApplications() {
        jdbc.sql("DELETE FROM identification_application WHERE school_year = :year")
                .param("year", YEAR)
                .update();
    }

    @BeforeEach
    void chooseStudentsAndSchools() {
        students = new ArrayDeque<>(jdbc.sql("SELECT id FROM registry_student ORDER BY id LIMIT 20")
                .query(Long.class)
                .list());
        primary = schoolId("2143062611");
        nineYear = schoolId("2143062617");
    }

    @Test
    void countsApplicationsAndFinalResultsByTownshipSchoolStageAndLevel() {
        applications();

        IdentificationFigures.Figures f = figures.of(YEAR, null, staff(Role.COUNTY_STAFF, "430626"));

        assertThat(f.schoolYearLabel()).isEqualTo("2091-2092学年");
        FigureRow total = f.total();
        assertThat(List.of(total.applied(), total.inProgress(), total.decided(), total.difficult()))
                .containsExactly(10L, 5L, 5L, 4L);
        assertThat(List.of(total.special(), total.fairly(), total.general(), total.notDifficult()))
                .containsExactly(2L, 1L, 1L, 1L);
        assertThat(f.byTownship())
                .extracting(FigureRow::code, FigureRow::name, FigureRow::applied, FigureRow::decided)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(SANSHI, "三市镇", 6L, 3L),
                        org.assertj.core.groups.Tuple.tuple(FUSHOUSHAN, "福寿山镇", 4L, 2L));
        assertThat(f.bySchool())
                .extracting(FigureRow::name, FigureRow::applied, FigureRow::special, FigureRow::fairly)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("平江县三市镇中心小学", 6L, 2L, 1L),
                        org.assertj.core.groups.Tuple.tuple("平江县福寿山镇九年一贯制学校", 4L, 0L, 0L));
        assertThat(f.byStage())
                .extracting(FigureRow::name, FigureRow::applied, FigureRow::decided)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("小学", 8L, 4L),
                        org.assertj.core.groups.Tuple.tuple("初中", 1L, 1L),
                        org.assertj.core.groups.Tuple.tuple("学段未定", 1L, 0L));
    }

    @Test
    void seesOnlyItsScopeAndTheChosenTownship() {
        applications();

        IdentificationFigures.Figures yueyang = figures.of(YEAR, null, staff(Role.COUNTY_STAFF, "430621"));
        assertThat(yueyang.total().applied()).isEqualTo(1);
        assertThat(yueyang.byTownship()).extracting(FigureRow::code).containsExactly(YUEYANG_TOWNSHIP);

        IdentificationFigures.Figures township = figures.of(YEAR, null, staff(Role.TOWNSHIP_REVIEWER, FUSHOUSHAN));
        assertThat(township.byTownship()).extracting(FigureRow::code).containsExactly(FUSHOUSHAN);
        assertThat(township.total().applied()).isEqualTo(4);

        IdentificationFigures.Figures chosen = figures.of(YEAR, FUSHOUSHAN, staff(Role.COUNTY_STAFF, "430626"));
        assertThat(chosen.regionName()).isEqualTo("福寿山镇");
        assertThat(chosen.bySchool()).extracting(FigureRow::name).containsExactly("平江县福寿山镇九年一贯制学校");
        assertThat(chosen.total().applied()).isEqualTo(4);

        IdentificationFigures.Figures outside = figures.of(YEAR, YUEYANG_TOWNSHIP, staff(Role.COUNTY_STAFF, "430626"));
        assertThat(outside.total().applied()).isZero();
        assertThat(figures.schoolYears(staff(Role.COUNTY_STAFF, "430626"))).contains(YEAR);
        assertThat(figures.areas(staff(Role.COUNTY_STAFF, "430626")))
                .extracting(com.aidloop.region.Region::code)
                .contains(SANSHI, FUSHOUSHAN);
        assertThat(figures.areas(staff(Role.TOWNSHIP_REVIEWER, SANSHI))).isEmpty();
    }

    @Test
    void countsThreePartyProgressByReviewingTownshipWithOverdueSteps() {
        reviews();

        IdentificationFigures.Figures f = figures.of(YEAR, null, staff(Role.COUNTY_STAFF, "430626"));

        assertThat(f.reviewsByTownship())
                .extracting(
                        ReviewProgressRow::name,
                        ReviewProgressRow::village,
                        ReviewProgressRow::township,
                        ReviewProgressRow::county,
                        ReviewProgressRow::approved,
                        ReviewProgressRow::returned,
                        ReviewProgressRow::overdue)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("三市镇", 1L, 1L, 0L, 0L, 1L, 1L),
                        org.assertj.core.groups.Tuple.tuple("长寿镇", 0L, 0L, 1L, 1L, 0L, 1L));
        assertThat(f.reviewTotal().sent()).isEqualTo(5);
        assertThat(f.reviewTotal().waiting()).isEqualTo(3);
        assertThat(f.reviewTotal().overdue()).isEqualTo(2);
        assertThat(f.total().decided())
                .as("only the approved one of the reviewed is a result")
                .isEqualTo(1);
        assertThat(f.total().inProgress()).isEqualTo(4);

        IdentificationFigures.Figures changshou = figures.of(YEAR, CHANGSHOU, staff(Role.COUNTY_STAFF, "430626"));
        assertThat(changshou.reviewsByTownship())
                .extracting(ReviewProgressRow::code)
                .containsExactly(CHANGSHOU);
        assertThat(figures.of(YEAR, null, staff(Role.COUNTY_STAFF, "430621"))
                        .reviewTotal()
                        .village())
                .isEqualTo(1);
    }

    /**
     * In 三市镇: one overdue at the village, one at the township in time, one returned to the school;
     * in 长寿镇 (a household there, the school in 三市镇): one overdue at the county, one approved;
     * in 岳阳县: one at the village.
     */
    private void reviews() {
        // an hour before the day that makes a step overdue today, in working days on the calendar
        Instant villageOverdue = settings.deadlines("430626")
                .overdueIfEnteredBefore(ReviewStep.VILLAGE)
                .minus(Duration.ofHours(1));
        Instant countyOverdue = settings.deadlines("430626")
                .overdueIfEnteredBefore(ReviewStep.COUNTY)
                .minus(Duration.ofHours(1));
        Instant now = Instant.now();
        review(
                app(primary, SANSHI, "三年级", "THREE_PARTY_REVIEW", "SPECIAL"),
                SANSHI,
                "430626",
                "VILLAGE",
                villageOverdue);
        review(
                app(primary, SANSHI, "三年级", "THREE_PARTY_REVIEW", "FAIRLY"),
                SANSHI,
                "430626",
                "TOWNSHIP",
                now.minus(Duration.ofHours(1)));
        review(
                app(primary, SANSHI, "四年级", "THREE_PARTY_REVIEW", "FAIRLY"),
                CHANGSHOU,
                "430626",
                "COUNTY",
                countyOverdue);
        review(
                app(primary, SANSHI, "四年级", "APPROVED", "GENERAL"),
                CHANGSHOU,
                "430626",
                "APPROVED",
                now.minus(Duration.ofDays(60)));
        review(
                app(primary, SANSHI, "五年级", "CLASS_REVIEWED", null),
                SANSHI,
                "430626",
                "RETURNED_TO_SCHOOL",
                now.minus(Duration.ofDays(60)));
        review(
                app(999_999_999L, YUEYANG_TOWNSHIP, "三年级", "THREE_PARTY_REVIEW", "SPECIAL"),
                YUEYANG_TOWNSHIP,
                "430621",
                "VILLAGE",
                now.minus(Duration.ofDays(60)));
    }

    /**
     * 三市镇中心小学: submitted, two special, one fairly approved, one in three-party review, one
     * returned to the family, a draft and a withdrawn one; 福寿山镇: junior not difficult, primary
     * general, a grade that tells no stage; 岳阳县: one submitted.
     */
    private void applications() {
        app(primary, SANSHI, "一年级", "SUBMITTED", null);
        app(primary, SANSHI, "一年级", "DECIDED", "SPECIAL");
        app(primary, SANSHI, "二年级", "DECIDED", "SPECIAL");
        app(primary, SANSHI, "二年级", "APPROVED", "FAIRLY");
        app(primary, SANSHI, "三年级", "THREE_PARTY_REVIEW", "GENERAL");
        app(primary, SANSHI, "三年级", "RETURNED", null);
        app(primary, SANSHI, "三年级", "DRAFT", null);
        app(primary, SANSHI, "三年级", "WITHDRAWN", null);
        app(nineYear, FUSHOUSHAN, "七年级", "DECIDED", "NOT_DIFFICULT");
        app(nineYear, FUSHOUSHAN, "二年级", "DECIDED", "GENERAL");
        app(nineYear, FUSHOUSHAN, "二年级", "CLASS_REVIEWED", null);
        app(nineYear, FUSHOUSHAN, "特长班", "SUBMITTED", null);
        app(999_999_999L, YUEYANG_TOWNSHIP, "一年级", "SUBMITTED", null);
    }

    private long app(long schoolId, String township, String grade, String status, String level) {
        return jdbc.sql("""
                        INSERT INTO identification_application (student_id, student_name, school_id, school_township_code,
                               grade, class_name, school_year, source, entered_by, status, form_sealed, decided_level)
                        VALUES (:student, '统计测试', :school, :township, :grade, '1班', :year, 'PAPER', 'test', :status, '-', :level)
                        RETURNING id
                        """)
                .param("student", students.pop())
                .param("school", schoolId)
                .param("township", township)
                .param("grade", grade)
                .param("year", YEAR)
                .param("status", status)
                .param("level", level)
                .query(Long.class)
                .single();
    }

    private void review(long applicationId, String township, String county, String step, Instant since) {
        jdbc.sql("""
                        INSERT INTO identification_three_party_review (application_id, school_id, school_township_code,
                               township_code, county_code, routed_by_school, stage, step, step_since, approved_at)
                        SELECT a.id, a.school_id, a.school_township_code, :township, :county, true, 'PRIMARY', :step,
                               :since, CASE WHEN :step = 'APPROVED' THEN CAST(:since AS timestamptz) END
                          FROM identification_application a WHERE a.id = :id
                        """)
                .param("id", applicationId)
                .param("township", township)
                .param("county", county)
                .param("step", step)
                .param("since", Timestamp.from(since))
                .update();
    }

    private long schoolId(String code) {
        return jdbc.sql("SELECT id FROM school_school WHERE code = :code")
                .param("code", code)
                .query(Long.class)
                .single();
    }

    static CurrentAccount staff(Role role, String region) {
        return new CurrentAccount(-81, "figures-" + role.name().toLowerCase(), "测试", Set.of(role), region, null);
    }
}
