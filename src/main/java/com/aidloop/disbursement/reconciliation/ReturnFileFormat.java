package com.aidloop.disbursement.reconciliation;

/** The kinds of return file read: spreadsheets by header names, and the bank's fixed-width text. */
public enum ReturnFileFormat {
    CSV,
    XLSX,
    XLS,
    FIXED_WIDTH
}
