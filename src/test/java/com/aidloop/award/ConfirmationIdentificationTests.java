package com.aidloop.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.award.ConfirmingAwards.Request;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.identification.application.Applications;
import com.aidloop.identification.notice.DecidedStudents;
import com.aidloop.programme.NeedBasedProgrammes;
import com.aidloop.shared.Term;
import com.aidloop.testing.AwardSeeds;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Confirmation (资助确认) checks what the roster import checks: an award of a need-based programme
 * rests on the student's identification in force for the term's school year. In a transition year
 * the awards are confirmed and the ones without an identification listed; once the county requires
 * it, confirming them is refused as a whole, naming the students and the fix, and the identified
 * students' awards alone are confirmed.
 */
@SpringBootTest
class ConfirmationIdentificationTests {

    private static final String SUBSIDY = "PRIMARY_LIVING_SUBSIDY";
    /** A term of the school year identifications are made for now, which the decided students hold. */
    private static final Term TERM = new Term(Applications.currentSchoolYear(), Term.Semester.AUTUMN);

    @Autowired
    ConfirmingAwards confirming;

    @Autowired
    NeedBasedProgrammes needBased;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    private final List<Long> awards = new ArrayList<>();
    private DecidedStudents decided;

    @AfterEach
    void removeWhatWasMade() {
        needBased.switchRule(SUBSIDY, "WARNING", county());
        jdbc.sql("DELETE FROM award_award WHERE id = ANY(:ids)")
                .param("ids", awards.toArray(Long[]::new))
                .update();
        if (decided != null) {
            decided.remove();
        }
    }

    @Test
    void inATransitionYearTheAwardIsConfirmedAndTheStudentWithoutIdentificationListed() {
        long school = ConfirmationFixtures.schoolId(jdbc, ConfirmationFixtures.SANSHI_PRIMARY);
        long student = unidentifiedStudent();
        long award = seed(student);

        ConfirmedAwards done = confirming.confirm(new Request(TERM, school, SUBSIDY, List.of(award)), county());

        assertThat(done.awardIds()).containsExactly(award);
        assertThat(done.identificationWarnings()).singleElement().satisfies(w -> {
            assertThat(w.awardId()).isEqualTo(award);
            assertThat(w.studentName()).isEqualTo(name(student));
            assertThat(w.idNumberMasked()).contains("********");
            assertThat(w.detail()).isEqualTo("没有" + TERM.schoolYear() + "已生效的认定（寄宿生须为特别困难、比较困难、一般困难）");
        });
        assertThat(auditOf(school)).endsWith("；其中1人尚无相符的认定（过渡期提示）");
    }

    @Test
    void onceRequiredConfirmingTheWholeSchoolIsRefusedNamingTheStudentWithoutIdentification() {
        long school = ConfirmationFixtures.schoolId(jdbc, ConfirmationFixtures.SANSHI_PRIMARY);
        decided = new DecidedStudents(context);
        long identifiedApplication = decided.inOneClass(1).getFirst();
        long identified = seed(studentOf(identifiedApplication));
        long student = unidentifiedStudent();
        long missing = seed(student);
        needBased.switchRule(SUBSIDY, "REQUIRED", county());

        // the whole school at once (no programme named), as the page's 确认该校全部项目 does
        assertThatThrownBy(() ->
                        confirming.confirm(new Request(TERM, school, null, List.of(identified, missing)), county()))
                .isInstanceOfSatisfying(ConfirmationRefused.class, refused -> {
                    assertThat(refused.getLocalizedMessage()).isEqualTo("确认未通过，未确认任何资助：家庭经济困难认定");
                    assertThat(refused.breaches()).singleElement().satisfies(b -> {
                        assertThat(b.rule()).isEqualTo(PayingRule.IDENTIFICATION);
                        assertThat(b.sentence())
                                .startsWith("家庭经济困难认定：1条资助的学生没有" + TERM.schoolYear() + "已生效且等级与资助档次相符的家庭经济困难认定")
                                .contains("请学校先完成认定", "或撤销这些学生的资助后再确认");
                        assertThat(b.awards()).singleElement().satisfies(a -> {
                            assertThat(a.awardId()).isEqualTo(missing);
                            assertThat(a.studentName()).isEqualTo(name(student));
                            assertThat(a.detail()).startsWith("没有" + TERM.schoolYear() + "已生效的认定");
                        });
                    });
                });
        assertThat(confirmedOf(List.of(identified, missing))).isZero();

        ConfirmedAwards done = confirming.confirm(new Request(TERM, school, null, List.of(identified)), county());

        assertThat(done.awardIds()).containsExactly(identified);
        assertThat(done.identificationWarnings()).isEmpty();
    }

    private long seed(long studentId) {
        long id = AwardSeeds.student(TERM, studentId).insert(jdbc);
        awards.add(id);
        return id;
    }

    /** A student of 三市镇中心小学 without any application of the school year. */
    private long unidentifiedStudent() {
        return jdbc.sql("""
                        SELECT s.id FROM registry_student s JOIN school_school sc ON sc.id = s.school_id
                         WHERE sc.code = :code AND s.class_name IS NOT NULL
                           AND NOT EXISTS (SELECT 1 FROM identification_application a
                                            WHERE a.student_id = s.id AND a.school_year = :year)
                           AND NOT EXISTS (SELECT 1 FROM award_award w WHERE w.student_id = s.id AND w.term = :term)
                         ORDER BY s.id LIMIT 1
                        """)
                .param("code", ConfirmationFixtures.SANSHI_PRIMARY)
                .param("year", Applications.currentSchoolYear())
                .param("term", TERM.code())
                .query(Long.class)
                .single();
    }

    private long studentOf(long applicationId) {
        return jdbc.sql("SELECT student_id FROM identification_application WHERE id = :id")
                .param("id", applicationId)
                .query(Long.class)
                .single();
    }

    private String name(long studentId) {
        return jdbc.sql("SELECT student_name FROM award_award WHERE student_id = :id AND term = :term")
                .param("id", studentId)
                .param("term", TERM.code())
                .query(String.class)
                .single();
    }

    private long confirmedOf(List<Long> ids) {
        return jdbc.sql("SELECT count(*) FROM award_award WHERE id = ANY(:ids) AND confirmed_at IS NOT NULL")
                .param("ids", ids.toArray(Long[]::new))
                .query(Long.class)
                .single();
    }

    private String auditOf(long school) {
        return jdbc.sql("""
                        SELECT summary FROM audit_event WHERE object_type = 'award-confirmation' AND object_id = :id
                         ORDER BY id DESC LIMIT 1
                        """)
                .param("id", school + ":" + TERM.code())
                .query(String.class)
                .single();
    }

    private static CurrentAccount county() {
        return ConfirmationFixtures.county("county");
    }
}
