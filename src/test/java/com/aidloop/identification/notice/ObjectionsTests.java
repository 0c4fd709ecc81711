package com.aidloop.identification.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.aidloop.identification.adjustment.AdjustingIdentification;
import com.aidloop.identification.adjustment.domain.HistoryEntry;
import com.aidloop.identification.application.Applications;
import com.aidloop.identification.application.domain.ApplicationStatus;
import com.aidloop.identification.domain.DifficultyLevel;
import com.aidloop.identification.notice.domain.Coverage;
import com.aidloop.identification.notice.domain.NoticeLine;
import com.aidloop.identification.notice.domain.ObjectionAnswer;
import com.aidloop.identification.notice.domain.ObjectionDecision;
import com.aidloop.identification.threeparty.ThreePartyPassage;
import com.aidloop.identification.threeparty.ThreePartyReviews;
import com.aidloop.notification.SmsNotice;
import com.aidloop.notification.SmsOutbox;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Notices and objections against PostgreSQL: a notice over 国庆 lasts five working days; an
 * anonymous objection upheld changes the application's decided level as an adjustment does (kept
 * in the adjustment history with the objection, audited) and sends the county-approved
 * identification back through three-party review; a cancellation makes it 不困难 and takes the
 * student off the notice, a named objector is told by SMS without any word of hardship; answers
 * are due on the county's working days; too many objections from one address are refused.
 */
@SpringBootTest
class ObjectionsTests {

    @Autowired
    ApplicationContext beans;

    @Autowired
    PublicNotices notices;

    @Autowired
    Objections objections;

    @Autowired
    FinallyDecided decided;

    @Autowired
    SmsOutbox outbox;

    @Autowired
    Applications applications;

    @Autowired
    AdjustingIdentification adjusting;

    @Autowired
    JdbcClient jdbc;

    DecidedStudents students;

    @BeforeEach
    void setUp() {
        students = new DecidedStudents(beans);
    }

    @AfterEach
    void removeWhatWasMade() {
        students.remove();
    }

    Notice publish(List<Long> ids, LocalDate startsOn) {
        long first = ids.getFirst();
        return notices.publish(
                new PublicNotices.Publication(
                        Applications.currentSchoolYear(),
                        Coverage.CLASS,
                        students.grade(first),
                        students.className(first),
                        startsOn),
                students.school);
    }

    @Test
    void aNoticeOverTheNationalDayHolidayLastsFiveWorkingDaysAndThenEnds() {
        List<Long> ids = students.inOneClass(2);

        Notice notice = publish(ids, LocalDate.of(2026, 9, 28));

        assertThat(notice.period().endsOn()).isEqualTo(LocalDate.of(2026, 10, 9));
        assertThat(notice.period().workingDays()).isEqualTo(5);
        assertThat(notices.lines(notice.id()))
                .extracting(NoticeLine::applicationId)
                .containsAll(ids);
        assertThatThrownBy(() ->
                        objections.lodge(notice, new Objections.Lodging(null, "情况不实", null, null, null), digest()))
                .isInstanceOf(NoticeRefused.class)
                .hasMessage("notice.notOpen");
    }

    /** A notice, the student the objection named, and the objection upheld to 一般困难. */
    record Upheld(Notice notice, long student, long objection) {}

    Upheld anonymousObjectionUpheldToGeneral() {
        List<Long> ids = students.inOneClass(2);
        long special = ids.get(1);
        Notice notice = publish(ids, LocalDate.now());
        long id =
                objections.lodge(notice, new Objections.Lodging(special, "该生家庭条件较好，家中有车", null, null, null), digest());
        Objection lodged = objections.get(id, students.school);
        assertThat(lodged.named()).isFalse();
        assertThat(lodged.dueOn()).isEqualTo(expectedDue());
        assertThatThrownBy(() -> objections.answer(
                        id,
                        new ObjectionAnswer("经核实", ObjectionDecision.ADJUST_LEVEL, DifficultyLevel.SPECIAL, "核实"),
                        students.school))
                .hasMessage("notice.objection.levelRequired");
        objections.answer(
                id,
                new ObjectionAnswer(
                        "经入户核实，调整为一般困难", ObjectionDecision.ADJUST_LEVEL, DifficultyLevel.GENERAL, "家庭有稳定收入"),
                students.school);
        return new Upheld(notice, special, id);
    }

    @Test
    void anAnonymousObjectionUpheldChangesTheDecidedLevelAndIsKeptInTheAdjustmentHistory() {
        Upheld upheld = anonymousObjectionUpheldToGeneral();
        long special = upheld.student();
        long id = upheld.objection();

        assertThat(applications.get(special, students.school).decision().level())
                .as("the one level in force, as every reader of the application sees it")
                .isEqualTo(DifficultyLevel.GENERAL);
        assertThat(adjusting.history(special, students.school))
                .extracting(HistoryEntry::step, HistoryEntry::level)
                .containsExactly(
                        tuple(HistoryEntry.DECIDED, DifficultyLevel.SPECIAL),
                        tuple(HistoryEntry.ON_OBJECTION, DifficultyLevel.GENERAL));
        assertThat(adjusting
                        .history(special, students.school)
                        .getLast()
                        .adjustment()
                        .objectionId())
                .isEqualTo(id);
        assertThat(audited(id)).isEqualTo(1);
        assertThat(auditedAdjustments(special)).singleElement().asString().contains("特别困难 → 一般困难");
        assertThatThrownBy(() -> objections.answer(
                        id, new ObjectionAnswer("再答", ObjectionDecision.MAINTAIN, null, "再答"), students.school))
                .hasMessage("notice.objection.answered");
        assertThat(notices.lines(upheld.notice().id()))
                .filteredOn(l -> l.applicationId() == special)
                .extracting(NoticeLine::level)
                .containsExactly(DifficultyLevel.GENERAL);
    }

    @Test
    void anUpheldObjectionToAnApprovedIdentificationNeedsTheCountysApprovalAgain() {
        Upheld upheld = anonymousObjectionUpheldToGeneral();
        long special = upheld.student();

        assertThat(applications.get(special, students.school).status())
                .as("the county approved it: the change goes back through three-party review")
                .isEqualTo(ApplicationStatus.THREE_PARTY_REVIEW);
        assertThat(reviewStep(special)).isEqualTo("VILLAGE");
        assertThat(decided.levelInForce(special))
                .as("not final while re-reviewed")
                .isEmpty();
        assertThat(objections
                        .standing(objections.get(upheld.objection(), students.school))
                        .label())
                .isEqualTo("一般困难，三方会审中");
        long again =
                objections.lodge(upheld.notice(), new Objections.Lodging(special, "请再核实", null, null, null), digest());
        assertThatThrownBy(() -> objections.answer(
                        again,
                        new ObjectionAnswer("再调整", ObjectionDecision.ADJUST_LEVEL, DifficultyLevel.FAIRLY, "核实"),
                        students.school))
                .as("an identification in review again is not upheld against until the county approved it")
                .hasMessage("notice.objection.notInForce");

        ThreePartyPassage.approve(beans.getBean(ThreePartyReviews.class), jdbc, List.of(special));

        assertThat(decided.levelInForce(special)).contains(DifficultyLevel.GENERAL);
        assertThat(applications.get(special, students.school).status()).isEqualTo(ApplicationStatus.APPROVED);
    }

    @Test
    void aCancellationMakesTheStudentNotDifficultTakesThemOffTheNoticeAndTheNamedObjectorIsToldBySms() {
        List<Long> ids = students.inOneClass(2);
        long cancelled = ids.get(1);
        Notice notice = publish(ids, LocalDate.now());
        long id = objections.lodge(
                notice, new Objections.Lodging(cancelled, "该生父母均有稳定工作", "赵敏", "13907301234", null), digest());

        objections.answer(
                id, new ObjectionAnswer("经核实情况属实，取消认定", ObjectionDecision.CANCEL, null, "父母均为公职人员"), students.school);

        assertThat(applications.get(cancelled, students.school).decision().level())
                .as("取消认定 is 不困难")
                .isEqualTo(DifficultyLevel.NOT_DIFFICULT);
        assertThat(decided.levelInForce(cancelled)).isEmpty();
        assertThat(notices.lines(notice.id())).noneMatch(l -> l.applicationId() == cancelled);
        ThreePartyPassage.approve(beans.getBean(ThreePartyReviews.class), jdbc, List.of(cancelled));
        assertThat(decided.levelInForce(cancelled))
                .as("approved again, still 不困难")
                .isEmpty();
        assertThat(objections.standing(objections.get(id, students.school)).label())
                .isEqualTo("已取消认定（不困难）");
        assertThat(decided.of(
                        students.school.schoolId(), Applications.currentSchoolYear(), Coverage.SCHOOL, null, null))
                .as("a cancelled student is not published again")
                .noneMatch(l -> l.applicationId() == cancelled)
                .anyMatch(l -> l.applicationId() == ids.getFirst());
        SmsNotice sms = outbox.byKey("objection-handled:" + id).orElseThrow();
        assertThat(sms.text()).contains("三市镇中心小学").contains("处理完毕").doesNotContain("困难");
        assertThat(sms.phoneMasked()).doesNotContain("13907301234");
    }

    @Test
    void anAddressMayLodgeThreeObjectionsAnHour() {
        List<Long> ids = students.inOneClass(1);
        Notice notice = publish(ids, LocalDate.now());
        String client = digest();
        for (int i = 0; i < Objections.PER_HOUR; i++) {
            objections.lodge(notice, new Objections.Lodging(null, "意见" + i, null, null, null), client);
        }

        assertThatThrownBy(
                        () -> objections.lodge(notice, new Objections.Lodging(null, "再一条", null, null, null), client))
                .hasMessage("notice.objection.tooMany");
        assertThatThrownBy(() -> objections.lodge(
                        notice, new Objections.Lodging(null, "匿名留号", null, "13907301234", null), digest()))
                .hasMessage("notice.objection.phoneNeedsName");
    }

    private String reviewStep(long applicationId) {
        return jdbc.sql("SELECT step FROM identification_three_party_review WHERE application_id = :id")
                .param("id", applicationId)
                .query(String.class)
                .single();
    }

    private List<String> auditedAdjustments(long applicationId) {
        return jdbc.sql("""
                        SELECT e.summary FROM audit_event e JOIN identification_adjustment j ON e.object_id = j.id::text
                        WHERE e.object_type = 'identification_adjustment' AND j.application_id = :id
                        """).param("id", applicationId).query(String.class).list();
    }

    private int audited(long objectionId) {
        return jdbc.sql("""
                        SELECT count(*) FROM audit_event WHERE object_type = 'identification_objection'
                        AND object_id = :id AND action = 'APPROVE'
                        """)
                .param("id", String.valueOf(objectionId))
                .query(Integer.class)
                .single();
    }

    private LocalDate expectedDue() {
        return beans.getBean(com.aidloop.calendar.HolidayCalendar.class)
                .addWorkingDays(
                        LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")), NoticeSettings.DEFAULT_ANSWER_DAYS);
    }

    private static String digest() {
        return (UUID.randomUUID().toString().replace("-", "")
                + UUID.randomUUID().toString().replace("-", ""));
    }
}
