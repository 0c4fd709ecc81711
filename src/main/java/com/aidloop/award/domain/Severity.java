package com.aidloop.award.domain;

/** Errors block a commit; warnings are reported and do not. */
public enum Severity {
    ERROR,
    WARNING
}
