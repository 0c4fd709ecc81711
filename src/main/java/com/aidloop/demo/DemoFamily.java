package com.aidloop.demo;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.DataScope;
import com.aidloop.iam.FamilyDemo;
import com.aidloop.iam.Role;
import com.aidloop.identification.window.IdentificationWindows;
import com.aidloop.registry.FamilyStudents;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import com.aidloop.shared.Refusal;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo county's families: the current school year's identification window open in 平江县 (its
 * guardians told by SMS, which a trial installation keeps as not sent), and the demo guardian
 * {@code parent}, whose registered phone belongs to the first pupil of 三市镇中心小学 and whose
 * one-time code the family login page shows, on the embedded database only. After the demo
 * students exist; a window already there is kept.
 */
@Component
class DemoFamily {

    static final String SANSHI_PRIMARY = "2143062611";
    private static final CurrentAccount COUNTY =
            new CurrentAccount(0, "county", "李芳", Set.of(Role.COUNTY_STAFF), DemoCounty.CODE, null);

    private final ObjectProvider<IdentificationWindows> windows;
    private final ObjectProvider<FamilyStudents> students;
    private final ObjectProvider<SchoolManagement> schools;
    private final ObjectProvider<FamilyDemo> demo;
    private final DemoInstallation installation;

    /** Other modules' beans come through providers: their module tests start without identification. */
    DemoFamily(
            ObjectProvider<IdentificationWindows> windows,
            ObjectProvider<FamilyStudents> students,
            ObjectProvider<SchoolManagement> schools,
            ObjectProvider<FamilyDemo> demo,
            DemoInstallation installation) {
        this.windows = windows;
        this.students = students;
        this.schools = schools;
        this.demo = demo;
        this.installation = installation;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(DemoOrder.FAMILY)
    void openOnce() {
        IdentificationWindows identification = windows.getIfAvailable();
        FamilyStudents registry = students.getIfAvailable();
        SchoolManagement directory = schools.getIfAvailable();
        if (!installation.wanted() || identification == null || registry == null || directory == null) {
            return;
        }
        SchoolView sanshi = directory.byCode(SANSHI_PRIMARY).orElse(null);
        if (sanshi == null) {
            return;
        }
        registry.guardiansOf(DataScope.school(sanshi.id())).stream()
                .findFirst()
                .ifPresent(parent -> demo.ifAvailable(d -> d.register(parent.phone())));
        int year = installation.autumnYear();
        boolean open = identification.visibleTo(COUNTY).stream().anyMatch(w -> w.schoolYear() == year);
        if (!open) {
            LocalDate today = installation.today();
            try {
                identification.open(COUNTY, year, today.minusDays(5), today.plusDays(25));
            } catch (Refusal openedMeanwhile) {
                // another server of the installation opened it at the same moment
            }
        }
    }
}
