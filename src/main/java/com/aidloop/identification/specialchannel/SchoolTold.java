package com.aidloop.identification.specialchannel;

import com.aidloop.identification.specialchannel.domain.SpecialChannel;
import com.aidloop.notification.SmsMessage;
import com.aidloop.notification.SmsOutbox;
import com.aidloop.notification.SmsRecipient;
import com.aidloop.notification.SmsRequest;
import com.aidloop.notification.SmsSchool;
import com.aidloop.school.SchoolManagement;
import org.springframework.stereotype.Component;

/**
 * Tells the school's contact that the county approved, refused or withdrew one of its special
 * channel requests: one SMS per decision, keyed {@code special-channel-decided:<id>} or
 * {@code special-channel-withdrawn:<id>}, in the decision's transaction. It names the school and
 * the school year only, never the student, the outcome or a reason (family privacy; the outbox's
 * content policy refuses any word of hardship). A school without a contact mobile gets none and
 * reads the outcome on its 特别通道 page.
 */
@Component
class SchoolTold {

    private final SchoolManagement schools;
    private final SmsOutbox outbox;

    SchoolTold(SchoolManagement schools, SmsOutbox outbox) {
        this.schools = schools;
        this.outbox = outbox;
    }

    void decided(SpecialChannel decided) {
        send("special-channel-decided:" + decided.id(), decided);
    }

    void withdrawn(SpecialChannel withdrawn) {
        send("special-channel-withdrawn:" + withdrawn.id(), withdrawn);
    }

    private void send(String key, SpecialChannel channel) {
        SpecialChannel.Student student = channel.student();
        schools.contactMobile(student.schoolId())
                .ifPresent(mobile -> outbox.enqueue(new SmsRequest(
                        key,
                        mobile,
                        SmsRecipient.SCHOOL_CONTACT,
                        SmsMessage.specialChannelDecided(student.schoolName(), channel.schoolYearLabel()),
                        null,
                        null,
                        null,
                        new SmsSchool(student.schoolId(), student.townshipCode()))));
    }
}
