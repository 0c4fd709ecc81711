package com.aidloop.demo;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Role;
import com.aidloop.identification.application.Applications;
import com.aidloop.identification.notice.Notice;
import com.aidloop.identification.notice.Objections;
import com.aidloop.identification.notice.PublicNotices;
import com.aidloop.school.SchoolManagement;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo county's public notice (公示): 三市镇中心小学 (account {@code school}, 张敏) publishes its
 * first class with decided applications from today, for five working days, and an anonymous
 * objection about its first student waits for the school's answer. Once: a school with a notice
 * keeps it. Runs after {@code DemoReviewWork}, which decides the applications.
 */
@Component
class DemoNotice {

    private static final Logger log = LoggerFactory.getLogger(DemoNotice.class);
    private static final String SANSHI_PRIMARY = "2143062611";
    /** The demo objection's stand-in for a client address digest (64 hex characters). */
    private static final String DEMO_CLIENT = "d".repeat(64);

    private final ObjectProvider<PublicNotices> notices;
    private final ObjectProvider<Objections> objections;
    private final SchoolManagement schools;
    private final DemoInstallation installation;

    /** Identification comes through providers: other modules' tests start without it. */
    DemoNotice(
            ObjectProvider<PublicNotices> notices,
            ObjectProvider<Objections> objections,
            SchoolManagement schools,
            DemoInstallation installation) {
        this.notices = notices;
        this.objections = objections;
        this.schools = schools;
        this.installation = installation;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(DemoOrder.NOTICE)
    void publishOnce() {
        PublicNotices publishing = notices.getIfAvailable();
        Objections objecting = objections.getIfAvailable();
        if (!installation.wanted() || publishing == null || objecting == null) {
            return;
        }
        schools.byCode(SANSHI_PRIMARY).ifPresent(school -> {
            CurrentAccount staff = new CurrentAccount(0, "school", "张敏", Set.of(Role.SCHOOL_STAFF), null, school.id());
            int year = Applications.currentSchoolYear();
            if (!publishing.list(staff).isEmpty()) {
                return;
            }
            List<String[]> classes = publishing.classes(staff, year);
            if (classes.isEmpty()) {
                return;
            }
            String[] first = classes.getFirst();
            Notice notice = publishing.publishClass(year, first[0], first[1], installation.today(), staff);
            publishing
                    .firstApplication(notice.id())
                    .ifPresent(student -> objecting.lodge(
                            notice,
                            new Objections.Lodging(student, "听说该生家里今年新开了一家小超市，请学校再核实一下。", null, null, null),
                            DEMO_CLIENT));
            log.info("Demo notice: {}, one objection waiting", notice.covers());
        });
    }
}
