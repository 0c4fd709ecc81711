package com.aidloop.identification.specialchannel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.award.ApprovedSpecialChannels;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Role;
import com.aidloop.identification.application.Applications;
import com.aidloop.identification.notice.DecidedStudents;
import com.aidloop.identification.notice.Notice;
import com.aidloop.identification.notice.PublicNotices;
import com.aidloop.identification.notice.domain.NoticeLine;
import com.aidloop.identification.specialchannel.domain.ReasonCategory;
import com.aidloop.identification.specialchannel.domain.SpecialChannel;
import com.aidloop.identification.specialchannel.domain.SpecialChannelStatus;
import com.aidloop.notification.SmsMessage;
import com.aidloop.notification.SmsNotice;
import com.aidloop.notification.SmsOutbox;
import com.aidloop.notification.SmsRecipient;
import com.aidloop.school.SchoolManagement;
import com.aidloop.shared.Refusal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The special channel on the demo county: a school requests, the county approves or refuses,
 * each step audited without the private reason; one live request per student and year; only the
 * school and the county read requests; an approved student is left off the school's notice.
 */
@SpringBootTest
class SpecialChannelsTests {

    private static final String SANSHI_PRIMARY = "2143062611";
    private static final String ANDING_PRIMARY = "2143062612";
    private static final int YEAR = Applications.currentSchoolYear();

    @Autowired
    SpecialChannels channels;

    @Autowired
    PublicNotices notices;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext beans;

    @Autowired
    SmsOutbox outbox;

    @Autowired
    ApprovedSpecialChannels rosterCheck;

    @Autowired
    SchoolManagement schools;

    SpecialChannelFixtures fixtures;
    DecidedStudents decided;
    final List<Long> students = new ArrayList<>();

    @BeforeEach
    void setUp() {
        fixtures = new SpecialChannelFixtures(beans);
        decided = new DecidedStudents(beans);
    }

    @AfterEach
    void removeWhatWasMade() {
        jdbc.sql("""
                        DELETE FROM notification_sms
                         WHERE dedup_key LIKE 'special-channel-%' AND split_part(dedup_key, ':', 2)::bigint IN
                               (SELECT id FROM identification_special_channel WHERE student_id = ANY(:ids))
                        """).param("ids", students.toArray(Long[]::new)).update();
        fixtures.remove(students);
        decided.remove();
    }

    private long student(String schoolCode) {
        long id = fixtures.freshStudents(schoolCode, 1).getFirst();
        students.add(id);
        return id;
    }

    @Test
    void theSchoolRequestsAndTheCountyApprovesEachStepAuditedWithoutTheReason() {
        long student = student(SANSHI_PRIMARY);
        CurrentAccount school = fixtures.schoolOf(student);
        int waitingBefore = channels.counts(school).get(SpecialChannelStatus.REQUESTED);

        long id = channels.request(
                new SpecialChannels.Request(student, YEAR, ReasonCategory.ORPHAN, "父母双亡，由祖母抚养"), school);

        assertThat(channels.counts(school).get(SpecialChannelStatus.REQUESTED)).isEqualTo(waitingBefore + 1);
        assertThat(channels.list(SpecialChannelStatus.REQUESTED, SpecialChannelFixtures.COUNTY))
                .extracting(SpecialChannel::id)
                .contains(id);
        assertThat(channels.approvedStudents(List.of(student), YEAR)).isEmpty();

        SpecialChannel approved = channels.approve(id, SpecialChannelFixtures.COUNTY);

        assertThat(approved.status()).isEqualTo(SpecialChannelStatus.APPROVED);
        assertThat(channels.get(id, school).reason()).isEqualTo("父母双亡，由祖母抚养");
        assertThat(channels.approvedStudents(List.of(student), YEAR)).containsExactly(student);
        assertThat(channels.approvedStudents(List.of(student), YEAR - 1)).isEmpty();
        assertThat(audits(id)).containsExactly("CREATE", "APPROVE");
        assertThat(summaries(id)).noneMatch(summary -> summary.contains("祖母") || summary.contains("孤儿"));
        assertThat(jdbc.sql("SELECT reason_sealed FROM identification_special_channel WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .doesNotContain("祖母");
    }

    @Test
    void oneLiveRequestPerStudentAndYearAndARefusedOneMayBeFollowedByAnother() {
        long student = student(SANSHI_PRIMARY);
        CurrentAccount school = fixtures.schoolOf(student);
        SpecialChannels.Request request =
                new SpecialChannels.Request(student, YEAR, ReasonCategory.MAJOR_MISHAP, "家中房屋失火");
        long first = channels.request(request, school);

        assertThatThrownBy(() -> channels.request(request, school))
                .extracting(e -> ((Refusal) e).code())
                .isEqualTo("identification.specialChannel.live");

        SpecialChannel refused = channels.refuse(first, "可按普通程序认定", SpecialChannelFixtures.COUNTY);
        assertThat(refused.refusal()).isEqualTo("可按普通程序认定");
        assertThat(audits(first)).containsExactly("CREATE", "REJECT");
        assertThatThrownBy(() -> channels.approve(first, SpecialChannelFixtures.COUNTY))
                .extracting(e -> ((Refusal) e).kind())
                .isEqualTo(Refusal.Kind.CONFLICT);

        long second = channels.request(request, school);
        assertThat(second).isNotEqualTo(first);
        assertThat(channels.of(student, YEAR, school).orElseThrow().id()).isEqualTo(second);
        assertThatThrownBy(() -> channels.request(
                        new SpecialChannels.Request(student, YEAR - 3, ReasonCategory.OTHER, "往年"), school))
                .extracting(e -> ((Refusal) e).code())
                .isEqualTo("identification.specialChannel.schoolYear");
    }

    @Test
    void onlyTheStudentsSchoolAndTheCountyReadARequestAndOnlyTheCountyDecides() {
        long student = student(SANSHI_PRIMARY);
        CurrentAccount school = fixtures.schoolOf(student);
        long id = fixtures.request(student, YEAR);
        CurrentAccount otherSchool =
                fixtures.schoolOf(fixtures.freshStudents(ANDING_PRIMARY, 1).getFirst());
        CurrentAccount township =
                new CurrentAccount(-86, "township", "乡镇审核员", Set.of(Role.TOWNSHIP_REVIEWER), "430626102", null);
        CurrentAccount otherCounty =
                new CurrentAccount(-87, "county-x", "另一县", Set.of(Role.COUNTY_STAFF), "430624", null);

        assertThat(channels.get(id, school).student().id()).isEqualTo(student);
        assertThat(refusal(() -> channels.get(id, otherSchool))).isEqualTo(Refusal.Kind.NOT_FOUND);
        assertThat(refusal(() -> channels.get(id, otherCounty))).isEqualTo(Refusal.Kind.NOT_FOUND);
        assertThat(refusal(() -> channels.get(id, township))).isEqualTo(Refusal.Kind.FORBIDDEN);
        assertThat(refusal(() -> channels.list(SpecialChannelStatus.REQUESTED, township)))
                .isEqualTo(Refusal.Kind.FORBIDDEN);
        assertThat(channels.of(student, YEAR, township)).isEmpty();
        assertThat(refusal(() -> channels.approve(id, school))).isEqualTo(Refusal.Kind.FORBIDDEN);
        assertThat(refusal(() -> channels.request(
                        new SpecialChannels.Request(student, YEAR, ReasonCategory.OTHER, "县里代为申请"),
                        SpecialChannelFixtures.COUNTY)))
                .isEqualTo(Refusal.Kind.FORBIDDEN);
        assertThat(channels.get(id, school).waiting()).isTrue();
    }

    @Test
    void anApprovedStudentIsLeftOffTheSchoolsNoticeAndTheOthersArePublished() {
        List<Long> applications = decided.inOneClass(2);
        long hiddenStudent = studentOf(applications.getFirst());
        students.add(hiddenStudent);
        fixtures.approve(hiddenStudent, YEAR);

        Notice notice = notices.publishClass(
                YEAR,
                decided.grade(applications.getFirst()),
                decided.className(applications.getFirst()),
                LocalDate.now(),
                decided.school);

        List<Long> published = notices.lines(notice.id()).stream()
                .map(NoticeLine::applicationId)
                .toList();
        assertThat(published).contains(applications.get(1)).doesNotContain(applications.getFirst());
    }

    @Test
    void theCountyWithdrawsAnApprovalWithAReasonAndFromThenTheStudentIsNotInTheChannel() {
        long student = student(SANSHI_PRIMARY);
        CurrentAccount school = fixtures.schoolOf(student);
        long id = fixtures.approve(student, YEAR);
        assertThat(rosterCheck.approvedAmong(List.of(student), YEAR)).containsExactly(student);

        assertThat(refusal(() -> channels.withdraw(id, " ", SpecialChannelFixtures.COUNTY)))
                .isEqualTo(Refusal.Kind.INVALID);
        assertThat(refusal(() -> channels.withdraw(id, "不再需要", school))).isEqualTo(Refusal.Kind.FORBIDDEN);
        SpecialChannel withdrawn = channels.withdraw(id, "家长同意公开，按普通程序公示", SpecialChannelFixtures.COUNTY);

        assertThat(withdrawn.status()).isEqualTo(SpecialChannelStatus.WITHDRAWN);
        assertThat(channels.get(id, school).withdrawal()).isEqualTo("家长同意公开，按普通程序公示");
        assertThat(channels.list(SpecialChannelStatus.WITHDRAWN, school))
                .extracting(SpecialChannel::id)
                .contains(id);
        assertThat(channels.approvedStudents(List.of(student), YEAR)).isEmpty();
        assertThat(rosterCheck.approvedAmong(List.of(student), YEAR)).isEmpty();
        assertThat(audits(id)).containsExactly("CREATE", "APPROVE", "REVOKE");
        assertThat(summaries(id)).noneMatch(summary -> summary.contains("公开") || summary.contains("服刑"));
        assertThat(refusal(() -> channels.withdraw(id, "再次撤销", SpecialChannelFixtures.COUNTY)))
                .isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(channels.request(new SpecialChannels.Request(student, YEAR, ReasonCategory.OTHER, "情况又有变化"), school))
                .as("a withdrawn request is no longer live: the school may ask again")
                .isNotEqualTo(id);
    }

    @Test
    void theSchoolsContactGetsOneSmsPerDecisionNamingNeitherStudentNorOutcome() {
        // two different pupils, drawn together (two separate draws may draw the same pupil)
        List<Long> two = fixtures.freshStudents(SANSHI_PRIMARY, 2);
        students.addAll(two);
        long approvedStudent = two.get(0);
        long refusedStudent = two.get(1);
        assertThat(schools.contactMobile(fixtures.schoolOf(approvedStudent).schoolId()))
                .as("the demo's 三市镇 schools have a contact mobile")
                .isPresent();
        long approved = fixtures.approve(approvedStudent, YEAR);
        long refused = fixtures.request(refusedStudent, YEAR);
        channels.refuse(refused, "可按普通程序认定", SpecialChannelFixtures.COUNTY);

        assertThat(refusal(() -> channels.approve(approved, SpecialChannelFixtures.COUNTY)))
                .as("deciding again is refused and sends nothing more")
                .isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(refusal(() -> channels.refuse(refused, "再次", SpecialChannelFixtures.COUNTY)))
                .isEqualTo(Refusal.Kind.CONFLICT);
        channels.withdraw(approved, "家长同意公开", SpecialChannelFixtures.COUNTY);

        for (String key : List.of(
                "special-channel-decided:" + approved,
                "special-channel-decided:" + refused,
                "special-channel-withdrawn:" + approved)) {
            assertThat(messages(key)).as(key).isEqualTo(1);
            SmsNotice sms = outbox.byKey(key).orElseThrow();
            assertThat(sms.template()).isEqualTo("SPECIAL_CHANNEL_DECIDED");
            assertThat(sms.recipient()).isEqualTo(SmsRecipient.SCHOOL_CONTACT);
            assertThat(sms.studentId()).isNull();
            assertThat(sms.text())
                    .contains(Applications.currentSchoolYear() + "学年特别通道申请有新的县级处理结果")
                    .doesNotContain(studentName(approvedStudent), studentName(refusedStudent), "批准", "普通程序", "公开");
            outbox.check(new SmsMessage(sms.template(), sms.text(), Map.of()));
        }
    }

    @Test
    void aWithdrawnStudentIsOnTheNextNoticeAndTheIdentificationStaysAsDecided() {
        List<Long> applications = decided.inOneClass(2);
        long student = studentOf(applications.getFirst());
        students.add(student);
        long id = fixtures.approve(student, YEAR);
        String levelBefore = level(applications.getFirst());

        channels.withdraw(id, "家长同意公开", SpecialChannelFixtures.COUNTY);
        Notice notice = notices.publishClass(
                YEAR,
                decided.grade(applications.getFirst()),
                decided.className(applications.getFirst()),
                LocalDate.now(),
                decided.school);

        assertThat(notices.lines(notice.id()).stream().map(NoticeLine::applicationId))
                .contains(applications.getFirst(), applications.get(1));
        assertThat(level(applications.getFirst())).isEqualTo(levelBefore).isNotNull();
    }

    private String level(long applicationId) {
        return jdbc.sql("SELECT status || ' ' || decided_level FROM identification_application WHERE id = :id")
                .param("id", applicationId)
                .query(String.class)
                .single();
    }

    private String studentName(long studentId) {
        return jdbc.sql("SELECT name FROM registry_student WHERE id = :id")
                .param("id", studentId)
                .query(String.class)
                .single();
    }

    private int messages(String key) {
        return jdbc.sql("SELECT count(*) FROM notification_sms WHERE dedup_key = :key")
                .param("key", key)
                .query(Integer.class)
                .single();
    }

    private long studentOf(long applicationId) {
        return jdbc.sql("SELECT student_id FROM identification_application WHERE id = :id")
                .param("id", applicationId)
                .query(Long.class)
                .single();
    }

    private List<String> audits(long id) {
        return audited(id).stream().map(event -> event[0]).toList();
    }

    private List<String> summaries(long id) {
        return audited(id).stream().map(event -> event[1]).toList();
    }

    /** The special channel's audit events, oldest first: action and summary. */
    private List<String[]> audited(long id) {
        return jdbc.sql("""
                        SELECT action, summary FROM audit_event WHERE object_type = :type AND object_id = :id ORDER BY id
                        """)
                .param("type", SpecialChannels.AUDITED_AS)
                .param("id", String.valueOf(id))
                .query((rs, n) -> new String[] {rs.getString("action"), rs.getString("summary")})
                .list();
    }

    private static Refusal.Kind refusal(Runnable call) {
        try {
            call.run();
        } catch (Refusal refused) {
            return refused.kind();
        }
        throw new AssertionError("not refused");
    }
}
