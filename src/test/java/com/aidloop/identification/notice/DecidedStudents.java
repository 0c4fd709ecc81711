package com.aidloop.identification.notice;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Role;
import com.aidloop.identification.application.Applications;
import com.aidloop.identification.application.DecidingApplications;
import com.aidloop.identification.application.SubmittingApplication;
import com.aidloop.identification.application.domain.ApplicationForm;
import com.aidloop.identification.application.domain.Commitment;
import com.aidloop.identification.application.domain.Health;
import com.aidloop.identification.application.domain.Incomes;
import com.aidloop.identification.application.domain.Member;
import com.aidloop.identification.application.domain.Siblings;
import com.aidloop.identification.application.domain.Source;
import com.aidloop.identification.application.review.ClassReview;
import com.aidloop.identification.application.review.ClassReviews;
import com.aidloop.identification.application.review.Verdict;
import com.aidloop.identification.application.review.VerdictLine;
import com.aidloop.identification.domain.DifficultyLevel;
import com.aidloop.identification.threeparty.ThreePartyPassage;
import com.aidloop.identification.threeparty.ThreePartyReviews;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Applications of demo students of 三市镇中心小学 (the demo account {@code school}) taken through
 * the application's own steps to a school decision, all in one class: a paper form with incomes,
 * a member with a major illness and 孤儿 (so 特别困难 is suggested), class review, decision (the
 * first at 比较困难 with a reason that must never be published). Removed afterwards with everything
 * hanging on them, and the notices made for them.
 */
public final class DecidedStudents {

    public static final String SCHOOL_CODE = "2143062611";
    /** Values of the forms that no notice may show. */
    public static final String INCOME = "87654";

    public static final String OTHER_INCOME = "3456";
    public static final String REASON = "父亲重病住院需长期治疗";
    public static final String MEMBER = "欧阳建国";

    private final JdbcClient jdbc;
    private final Applications applications;
    private final SubmittingApplication submitting;
    private final ClassReviews reviews;
    private final DecidingApplications deciding;
    private final ThreePartyReviews threeParty;
    private final List<Long> made = new ArrayList<>();
    public final CurrentAccount school;

    public DecidedStudents(ApplicationContext context) {
        this.jdbc = context.getBean(JdbcClient.class);
        this.applications = context.getBean(Applications.class);
        this.submitting = context.getBean(SubmittingApplication.class);
        this.reviews = context.getBean(ClassReviews.class);
        this.deciding = context.getBean(DecidingApplications.class);
        this.threeParty = context.getBean(ThreePartyReviews.class);
        long schoolId = jdbc.sql("SELECT id FROM school_school WHERE code = :code")
                .param("code", SCHOOL_CODE)
                .query(Long.class)
                .single();
        this.school = new CurrentAccount(-71, "school", "张敏", Set.of(Role.SCHOOL_STAFF), null, schoolId);
    }

    /** Decides n applications of students of one class that have none yet; answers their ids. */
    public List<Long> inOneClass(int n) {
        String[] gradeAndClass = jdbc.sql("""
                        SELECT s.grade, s.class_name FROM registry_student s JOIN school_school sc ON sc.id = s.school_id
                         WHERE sc.code = :code AND s.class_name IS NOT NULL
                           AND NOT EXISTS (SELECT 1 FROM identification_application a WHERE a.student_id = s.id)
                         GROUP BY s.grade, s.class_name HAVING count(*) >= :n ORDER BY random() LIMIT 1
                        """)
                .param("code", SCHOOL_CODE)
                .param("n", n)
                .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2)})
                .single();
        String className = gradeAndClass[1];
        List<Long> students = jdbc.sql("""
                        SELECT s.id FROM registry_student s JOIN school_school sc ON sc.id = s.school_id
                         WHERE sc.code = :code AND s.grade = :grade AND s.class_name = :className
                           AND NOT EXISTS (SELECT 1 FROM identification_application a WHERE a.student_id = s.id)
                         ORDER BY random() LIMIT :n
                        """)
                .param("code", SCHOOL_CODE)
                .param("grade", gradeAndClass[0])
                .param("className", className)
                .param("n", n)
                .query(Long.class)
                .list();
        List<Long> ids = new ArrayList<>();
        for (long student : students) {
            long id = applications.start(student, Source.PAPER, school);
            made.add(id);
            applications.revise(id, form(), school);
            applications.consent(id, "王秀英", true, true, school);
            submitting.submit(id, school);
            ids.add(id);
        }
        review(className, ids);
        for (int i = 0; i < ids.size(); i++) {
            if (i == 0) {
                deciding.decide(ids.get(i), DifficultyLevel.FAIRLY, REASON, school);
            } else {
                deciding.decide(ids.get(i), DifficultyLevel.SPECIAL, "", school);
            }
        }
        ThreePartyPassage.approve(threeParty, jdbc, ids);
        return ids;
    }

    private void review(String className, List<Long> ids) {
        reviews.hold(
                new ClassReview(
                        null,
                        className,
                        0,
                        LocalDate.now(),
                        "张老师",
                        "学生代表甲",
                        "家长代表乙",
                        ids.stream()
                                .map(id -> new VerdictLine(id, Verdict.AGREE, 7, 0, 0, "同意"))
                                .toList()),
                school);
    }

    public String grade(long applicationId) {
        return column("grade", applicationId);
    }

    public String className(long applicationId) {
        return column("class_name", applicationId);
    }

    public String studentName(long applicationId) {
        return column("student_name", applicationId);
    }

    private String column(String column, long applicationId) {
        return jdbc.sql("SELECT " + column + " FROM identification_application WHERE id = :id")
                .param("id", applicationId)
                .query(String.class)
                .single();
    }

    /** Removes the applications made and the notices published for their school by this fixture's account. */
    public void remove() {
        jdbc.sql("""
                        DELETE FROM identification_notice n WHERE EXISTS (
                            SELECT 1 FROM identification_notice_entry e WHERE e.notice_id = n.id AND e.application_id = ANY(:ids))
                        """).param("ids", made.toArray(Long[]::new)).update();
        jdbc.sql("DELETE FROM identification_application WHERE id = ANY(:ids)")
                .param("ids", made.toArray(Long[]::new))
                .update();
        made.clear();
    }

    static ApplicationForm form() {
        return new ApplicationForm(
                List.of(
                        new Member(MEMBER, "父亲", 42, "农村务农", "", new BigDecimal(INCOME), Health.MAJOR_ILLNESS),
                        new Member("王秀英", "母亲", 40, "无业人员（无收入）", "", new BigDecimal(OTHER_INCOME), Health.HEALTHY)),
                Incomes.NONE,
                Set.of("GUER"),
                "自有住房",
                List.of(),
                new Siblings(0, 1, 0, 0, 0),
                Map.of("HOME_REGION", "集中连片特困地区", "FATHER_JOB", "劳力工人（技术含量较低）"),
                new Commitment("王秀英", LocalDate.now()));
    }
}
