package com.aidloop.privacy;

/** The kinds of sensitive value the platform stores; each has its own blind-index domain. */
public enum SensitiveKind {
    ID_NUMBER,
    BANK_CARD,
    PHONE,
    HEALTH,
    INCOME
}
