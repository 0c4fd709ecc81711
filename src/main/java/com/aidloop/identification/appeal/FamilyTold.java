package com.aidloop.identification.appeal;

import com.aidloop.identification.appeal.domain.Appeal;
import com.aidloop.notification.SmsMessage;
import com.aidloop.notification.SmsOutbox;
import com.aidloop.notification.SmsRecipient;
import com.aidloop.notification.SmsRequest;
import com.aidloop.notification.SmsSchool;
import com.aidloop.registry.FamilyStudents;
import com.aidloop.registry.FamilyStudents.GuardianPhone;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Tells the family that the county ruled on its appeal: one SMS per appeal, keyed
 * {@code appeal-ruled:<id>}, in the ruling's transaction, naming no student, no level and no word
 * of hardship (the outbox's content policy checks it), only that the outcome waits in the family
 * pages. It goes to the student's registered guardian whose number lodged the appeal (matched by
 * its masked form, the only form the appeal keeps), else to the first guardian listed with a
 * phone. A family known only by an invitation slip has no registered number: it gets no SMS and
 * reads the outcome when it next logs in.
 */
@Component
class FamilyTold {

    private final AppealStore store;
    private final FamilyStudents students;
    private final SmsOutbox outbox;

    FamilyTold(AppealStore store, FamilyStudents students, SmsOutbox outbox) {
        this.store = store;
        this.students = students;
        this.outbox = outbox;
    }

    void ruled(Appeal appeal) {
        AppealStore.Whose whose = store.whose(appeal.applicationId());
        List<GuardianPhone> guardians = students.guardiansOf(whose.studentId());
        if (guardians.isEmpty()) {
            return;
        }
        GuardianPhone to = guardians.stream()
                .filter(g -> appeal.lodgedBy() != null
                        && appeal.lodgedBy().endsWith(g.phone().masked()))
                .findFirst()
                .orElse(guardians.getFirst());
        outbox.enqueue(new SmsRequest(
                "appeal-ruled:" + appeal.id(),
                to.phone(),
                SmsRecipient.GUARDIAN,
                SmsMessage.appealRuled(appeal.schoolYear() + "学年"),
                null,
                null,
                null,
                new SmsSchool(whose.schoolId(), whose.schoolTownshipCode())));
    }
}
