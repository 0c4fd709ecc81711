package com.aidloop.audit.chain;

import com.aidloop.audit.AuditRecord.FieldChange;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The field changes of an audit row as stored in its JSONB column. PostgreSQL normalises JSONB,
 * so the hash is never taken over the stored text but over the changes read back from it.
 */
public final class ChangesJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<FieldChange>> LIST = new TypeReference<>() {};

    private ChangesJson() {}

    public static String write(List<FieldChange> changes) {
        return JSON.writeValueAsString(changes);
    }

    public static List<FieldChange> read(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        return JSON.readValue(json, LIST);
    }
}
