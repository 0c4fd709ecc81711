package com.aidloop.notification;

import com.aidloop.shared.Money;
import com.aidloop.shared.PhoneNumber;
import com.aidloop.shared.Term;
import java.util.UUID;

/** Payout notices for students of the demo county 平江县, each with a payment reference of its own. */
public final class TestNotices {

    /** 三市镇 (430626102) and a village in it; 安定镇 (430626101) is elsewhere in the county. */
    public static final String SANSHI_TOWN = "430626102";

    public static final String SANSHI_VILLAGE = "430626102201";
    public static final String ANDING_TOWN = "430626101";
    public static final Term TERM = Term.parse("2026-AUTUMN");

    private TestNotices() {}

    public static String nextPayment() {
        return "T-" + UUID.randomUUID().toString().substring(0, 13);
    }

    public static SmsStudent student(long id, String name, long schoolId) {
        return new SmsStudent(id, name, schoolId, SANSHI_TOWN, SANSHI_VILLAGE);
    }

    public static SmsRequest payout(String batch, String phone, SmsStudent student) {
        return SmsRequest.payment(
                nextPayment(),
                batch,
                new PhoneNumber(phone),
                SmsRecipient.GUARDIAN,
                student,
                SmsMessage.payout(student.name(), "国家助学金", Money.yuan("1250"), "1234", TERM));
    }

    public static SmsRequest payout(String phone) {
        return payout("B-" + UUID.randomUUID().toString().substring(0, 8), phone, student(900_001, "李明", 1));
    }
}
