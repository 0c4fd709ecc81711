package com.aidloop.notification;

/**
 * What a message text must never contain (docs/notifications.md). A text message can be read by
 * anyone holding the phone, shown on a lock screen and kept by the carrier, so it carries no
 * identifying number and nothing about a family's hardship.
 */
public enum SmsContentRule {
    /** An 18-character number shaped like a resident ID number (17 digits and a digit or X). */
    ID_NUMBER,
    /** A run of 16 or more digits: a full bank card number. Last four digits are fine. */
    CARD_NUMBER,
    /** A mainland mobile number inside the text (the recipient's number travels separately). */
    PHONE_NUMBER,
    /** A word that reveals hardship: 低保, 特困, 建档立卡, 残疾 … (configurable). */
    HARDSHIP_WORD,
    /** An empty text or one longer than a notice needs. */
    LENGTH
}
