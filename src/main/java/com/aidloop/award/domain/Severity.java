package com.aidloop.award.domain;

/**
 * Errors block a commit; warnings are reported and do not; notices (提示) tell what the import did
 * for a row. Warnings and notices are stored alike, as problems that do not block; a notice's
 * message says 提示.
 */
public enum Severity {
    ERROR,
    WARNING,
    NOTICE
}
