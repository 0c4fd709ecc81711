package com.aidloop.audit;

/**
 * Writes audit records. Call it inside the transaction of the change it records, so that a
 * change and its record commit or roll back together. The actor and client address are taken
 * from the current request unless the record names them.
 */
public interface AuditTrail {

    void record(AuditRecord record);

    /** Records many at once, in their order (a bulk action audits each object it changed). */
    default void recordAll(java.util.List<AuditRecord> records) {
        records.forEach(this::record);
    }
}
