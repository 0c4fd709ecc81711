package com.aidloop.disbursement.reconciliation;

import java.util.List;

/**
 * What an uploaded return file did: counts by outcome (duplicates and lines already settled are
 * counted, not queued), the exceptions queued with their reasons, the notices enqueued, and
 * whether the batch is now reconciled.
 */
public record ReturnFileResult(
        long returnFileId,
        long batchId,
        String batchReference,
        ReturnFileFormat format,
        int lines,
        int paid,
        int failed,
        int alreadySettled,
        int duplicateLines,
        List<String> exceptions,
        int smsEnqueued,
        int smsWithoutPhone,
        boolean reconciled) {

    public ReturnFileResult {
        exceptions = List.copyOf(exceptions);
    }
}
