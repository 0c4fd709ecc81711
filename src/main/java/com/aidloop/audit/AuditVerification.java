package com.aidloop.audit;

/**
 * Checks that the audit trail is intact: every row still carries the keyed hash of its content,
 * and every row links to the one before it. Walks the whole trail in id order, page by page.
 */
public interface AuditVerification {

    VerificationReport verify();
}
