package com.aidloop.identification.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Role;
import com.aidloop.notification.domain.SmsContentPolicy;
import com.aidloop.registry.FamilyStudents;
import com.aidloop.school.SchoolManagement;
import com.aidloop.shared.Refusal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Identification years in the demo county: a year opened far ahead (2031学年, removed afterwards
 * with its messages) queues one SMS per guardian's number, free of hardship words; a year opens
 * once; only the county opens it; the demo's 2026学年 is open for a pupil of 三市镇中心小学; a
 * school opens a late window for its own student only, with a reason.
 */
@SpringBootTest
class IdentificationWindowsTests {

    static final int FAR_YEAR = 2031;
    static final CurrentAccount COUNTY =
            new CurrentAccount(-71, "windows-county", "测试", Set.of(Role.COUNTY_STAFF), "430626", null);

    @Autowired
    IdentificationWindows windows;

    @Autowired
    FamilyStudents students;

    @Autowired
    SchoolManagement schools;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeTheFarYear() {
        jdbc.sql("""
                        DELETE FROM notification_sms WHERE dedup_key LIKE 'identification-window:' || (
                            SELECT id FROM identification_window WHERE county_code = '430626' AND school_year = :y) || ':%'
                        """).param("y", FAR_YEAR).update();
        jdbc.sql("""
                        DELETE FROM identification_late_window WHERE window_id IN
                            (SELECT id FROM identification_window WHERE county_code = '430626' AND school_year = :y)
                        """).param("y", FAR_YEAR).update();
        jdbc.sql("DELETE FROM identification_window WHERE county_code = '430626' AND school_year = :y")
                .param("y", FAR_YEAR)
                .update();
    }

    @Test
    void openingAYearQueuesOneSmsPerGuardianNumberWithoutHardshipWords() {
        LocalDate start = LocalDate.of(FAR_YEAR, 9, 1);
        IdentificationWindow opened = windows.open(COUNTY, FAR_YEAR, start, start.plusDays(29));

        List<String> texts = jdbc.sql("SELECT text FROM notification_sms WHERE dedup_key LIKE :key")
                .param("key", "identification-window:" + opened.id() + ":%")
                .query(String.class)
                .list();
        int numbers = jdbc.sql("SELECT count(DISTINCT phone_index) FROM notification_sms WHERE dedup_key LIKE :key")
                .param("key", "identification-window:" + opened.id() + ":%")
                .query(Integer.class)
                .single();
        assertThat(opened.guardiansNotified())
                .isPositive()
                .isEqualTo(texts.size())
                .isEqualTo(numbers);
        assertThat(texts.getFirst()).contains("平江县2031学年学生资助认定申请于2031年9月1日至2031年9月30日开放");
        for (String word : SmsContentPolicy.DEFAULT_HARDSHIP_WORDS) {
            assertThat(texts).noneMatch(text -> text.contains(word));
        }
        assertThat(texts).noneMatch(text -> text.contains("困难"));
        assertThat(windows.visibleTo(COUNTY))
                .extracting(IdentificationWindow::schoolYear)
                .contains(FAR_YEAR);
    }

    @Test
    void aYearOpensOnceAndOnlyByTheCounty() {
        LocalDate start = LocalDate.of(FAR_YEAR, 9, 1);
        windows.open(COUNTY, FAR_YEAR, start, start.plusDays(10));

        assertThatThrownBy(() -> windows.open(COUNTY, FAR_YEAR, start, start.plusDays(10)))
                .isInstanceOf(WindowRefused.class)
                .hasMessage("window.yearExists");
        CurrentAccount school = schoolStaff();
        assertThatThrownBy(() -> windows.open(school, FAR_YEAR + 1, start, start.plusDays(10)))
                .isInstanceOf(WindowRefused.class)
                .extracting(e -> ((Refusal) e).kind())
                .isEqualTo(Refusal.Kind.FORBIDDEN);
        assertThatThrownBy(() -> windows.open(COUNTY, FAR_YEAR + 1, start, start.minusDays(1)))
                .hasMessage("window.dates");
    }

    @Test
    void theDemoYearIsOpenForAPupilAndASchoolOpensALateWindowForItsOwnStudentOnly() {
        CurrentAccount school = schoolStaff();
        FamilyStudents.FamilyStudent pupil =
                students.guardiansOf(school.scope()).getFirst().student();

        OpenWindow open = windows.openFor(pupil.id(), Instant.now()).orElseThrow();
        assertThat(open.late()).isFalse();
        assertThat(open.startsOn()).isBeforeOrEqualTo(LocalDate.now());

        LateWindow late =
                windows.openLate(pupil.id(), "突发困难：家中遭受火灾", LocalDate.now().plusDays(7), school);
        assertThat(windows.lateOfSchool(school.schoolId()))
                .extracting(LateWindow::id)
                .contains(late.id());
        assertThatThrownBy(
                        () -> windows.openLate(pupil.id(), " ", LocalDate.now().plusDays(7), school))
                .hasMessage("window.late.reason");
        CurrentAccount otherSchool = new CurrentAccount(
                -73, "windows-school2", "测试", Set.of(Role.SCHOOL_STAFF), null, school.schoolId() + 100_000);
        assertThatThrownBy(() -> windows.openLate(pupil.id(), "突发困难", LocalDate.now(), otherSchool))
                .extracting(e -> ((Refusal) e).kind())
                .isEqualTo(Refusal.Kind.NOT_FOUND);
        jdbc.sql("DELETE FROM identification_late_window WHERE id = :id")
                .param("id", late.id())
                .update();
    }

    private CurrentAccount schoolStaff() {
        long sanshi = schools.byCode("2143062611").orElseThrow().id();
        return new CurrentAccount(-72, "windows-school", "测试", Set.of(Role.SCHOOL_STAFF), null, sanshi);
    }
}
