package com.aidloop.notification;

/** Whose phone a message goes to. */
public enum SmsRecipient {
    STUDENT("学生本人"),
    GUARDIAN("监护人"),
    SCHOOL_CONTACT("学校联系人"),
    /** Someone who lodged a named objection against a public notice (公示异议). */
    OBJECTOR("异议人");

    private final String label;

    SmsRecipient(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
