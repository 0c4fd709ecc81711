package com.aidloop.comparison.domain;

/** What a list is for: support lists (救助类) feed the register, check lists (核查类) the checks. */
public enum ListKind {
    SUPPORT,
    CHECK
}
