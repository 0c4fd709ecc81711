package com.aidloop.identification.notice;

import com.aidloop.notification.SmsMessage;
import com.aidloop.notification.SmsOutbox;
import com.aidloop.notification.SmsRecipient;
import com.aidloop.notification.SmsRequest;
import com.aidloop.notification.SmsSchool;
import com.aidloop.shared.PhoneNumber;
import org.springframework.stereotype.Component;

/**
 * Tells a named objector that the objection was handled: one SMS per objection, keyed
 * {@code objection-handled:<id>}, naming the school only (the outbox's content policy refuses any
 * word of hardship).
 */
@Component
class ObjectionNotice {

    private final SmsOutbox outbox;

    ObjectionNotice(SmsOutbox outbox) {
        this.outbox = outbox;
    }

    void handled(long objectionId, PhoneNumber phone, Notice notice) {
        outbox.enqueue(new SmsRequest(
                "objection-handled:" + objectionId,
                phone,
                SmsRecipient.OBJECTOR,
                SmsMessage.objectionHandled(notice.schoolName()),
                null,
                null,
                null,
                new SmsSchool(notice.schoolId(), notice.schoolTownshipCode())));
    }
}
