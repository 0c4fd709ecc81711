package com.aidloop.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Role;
import com.aidloop.identification.notice.Notice;
import com.aidloop.identification.notice.Objections;
import com.aidloop.identification.notice.PublicNotices;
import com.aidloop.identification.notice.domain.NoticePeriod;
import com.aidloop.school.SchoolManagement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The demo county has real notice work: 三市镇中心小学's notice is in its period with an objection waiting. */
@SpringBootTest
class DemoNoticeTests {

    @Autowired
    PublicNotices notices;

    @Autowired
    Objections objections;

    @Autowired
    SchoolManagement schools;

    @Test
    void theDemoSchoolHasANoticeInItsPeriodWithAnObjectionWaiting() {
        long school = schools.byCode("2143062611").orElseThrow().id();
        CurrentAccount staff = new CurrentAccount(0, "school", "张敏", Set.of(Role.SCHOOL_STAFF), null, school);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        Notice demo = notices.list(staff).stream()
                .filter(n -> n.publishedBy().equals("school"))
                .filter(n -> n.period().state(today) == NoticePeriod.State.OPEN)
                .filter(n -> objections.ofNotice(n.id()).stream().anyMatch(o -> !o.answered()))
                .findFirst()
                .orElseThrow();

        assertThat(demo.period().workingDays()).isEqualTo(5);
        assertThat(notices.lines(demo.id())).isNotEmpty();
    }
}
