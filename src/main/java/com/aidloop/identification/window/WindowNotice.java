package com.aidloop.identification.window;

import com.aidloop.iam.DataScope;
import com.aidloop.notification.SmsMessage;
import com.aidloop.notification.SmsOutbox;
import com.aidloop.notification.SmsRecipient;
import com.aidloop.notification.SmsRequest;
import com.aidloop.notification.SmsStudent;
import com.aidloop.region.RegionManagement;
import com.aidloop.registry.FamilyStudents;
import com.aidloop.registry.FamilyStudents.GuardianPhone;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Tells the guardians of a county's registered students that a window opens (提前告知): one SMS per
 * number, through the outbox, in words free of hardship (the outbox's content policy checks them).
 * Keyed by window and household member, so opening never sends one twice.
 */
@Component
class WindowNotice {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final FamilyStudents students;
    private final SmsOutbox outbox;
    private final RegionManagement regions;

    WindowNotice(FamilyStudents students, SmsOutbox outbox, RegionManagement regions) {
        this.students = students;
        this.outbox = outbox;
        this.regions = regions;
    }

    /** Queues the notice inside the caller's transaction; answers how many numbers it went to. */
    int send(IdentificationWindow window) {
        SmsMessage message = SmsMessage.identificationWindow(
                regions.namesOf(List.of(window.countyCode())).getOrDefault(window.countyCode(), ""),
                window.label(),
                day(window.startsOn()),
                day(window.endsOn()));
        Set<String> numbers = new HashSet<>();
        List<SmsRequest> requests = new ArrayList<>();
        for (GuardianPhone guardian : students.guardiansOf(DataScope.region(window.countyCode()))) {
            if (!numbers.add(guardian.phone().value())) {
                continue;
            }
            FamilyStudents.FamilyStudent student = guardian.student();
            requests.add(new SmsRequest(
                    "identification-window:" + window.id() + ":member:" + guardian.memberId(),
                    guardian.phone(),
                    SmsRecipient.GUARDIAN,
                    message,
                    new SmsStudent(
                            student.id(),
                            student.name(),
                            student.schoolId(),
                            student.schoolTownship(),
                            student.householdVillage() == null
                                    ? student.householdTownship()
                                    : student.householdVillage()),
                    null,
                    null));
        }
        return outbox.enqueueAll(requests).accepted();
    }

    private static String day(LocalDate date) {
        return date.format(DAY);
    }
}
