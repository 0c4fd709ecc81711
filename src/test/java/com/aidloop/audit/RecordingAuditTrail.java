package com.aidloop.audit;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/**
 * Stands in for the audit module's trail until it is merged: keeps records in memory so that
 * tests can assert what was audited. Delete once the real AuditTrail bean exists.
 */
@Component
public class RecordingAuditTrail implements AuditTrail {

    private final List<AuditRecord> records = new CopyOnWriteArrayList<>();

    @Override
    public void record(AuditRecord record) {
        records.add(record);
    }

    public List<AuditRecord> records() {
        return List.copyOf(records);
    }

    public List<AuditRecord> about(String objectType, Object objectId) {
        return records.stream()
                .filter(r -> r.objectType().equals(objectType) && String.valueOf(objectId).equals(r.objectId()))
                .toList();
    }
}
