package com.aidloop.award.importing;

/** Errors block a commit; warnings are reported and do not. */
public enum Severity {
    ERROR,
    WARNING
}
