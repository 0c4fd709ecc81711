package com.aidloop.notification.web;

import com.aidloop.notification.SmsFilter;
import com.aidloop.notification.SmsStatus;
import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.PhoneNumber;
import com.aidloop.shared.Text;
import java.util.LinkedHashMap;
import java.util.Map;

/** The filters of the status page and API as typed: student id, batch, payment, status, phone. */
record SmsQuery(String studentId, String batch, String payment, String status, String phone) {

    /** The filter; throws {@link InvalidValue} with a Chinese message for a malformed value. */
    SmsFilter filter() {
        return new SmsFilter(studentId(studentId), batch, payment, status(status), phone(phone));
    }

    /** The filters for paging links, blanks left out. */
    Map<String, String> asQuery() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("studentId", studentId);
        query.put("batch", batch);
        query.put("payment", payment);
        query.put("status", status);
        query.put("phone", phone);
        return query;
    }

    private static Long studentId(String raw) {
        String s = Text.compact(raw);
        if (s.isEmpty()) {
            return null;
        }
        if (!s.matches("\\d{1,18}")) {
            throw new InvalidValue("sms.studentId.format");
        }
        return Long.parseLong(s);
    }

    private static SmsStatus status(String raw) {
        String s = Text.compact(raw);
        if (s.isEmpty()) {
            return null;
        }
        for (SmsStatus status : SmsStatus.values()) {
            if (status.name().equalsIgnoreCase(s) || status.label().equals(s)) {
                return status;
            }
        }
        throw new InvalidValue("sms.status.unknown", s);
    }

    private static PhoneNumber phone(String raw) {
        String s = Text.compact(raw);
        if (s.isEmpty()) {
            return null;
        }
        try {
            return new PhoneNumber(s);
        } catch (InvalidValue invalid) {
            throw new InvalidValue("sms.phone.format");
        }
    }
}
