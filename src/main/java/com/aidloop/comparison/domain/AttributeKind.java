package com.aidloop.comparison.domain;

/** How a list attribute's cell is read. */
public enum AttributeKind {
    TEXT,
    YEAR,
    YES_NO,
    MONEY,
    NUMBER,
    CREDIT_CODE
}
