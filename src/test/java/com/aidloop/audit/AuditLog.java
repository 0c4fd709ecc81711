package com.aidloop.audit;

import com.aidloop.audit.chain.ChangesJson;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads what the real audit trail wrote about an object, oldest first. */
public record AuditLog(JdbcClient jdbc) {

    public List<AuditRecord> about(String objectType, Object objectId) {
        return jdbc.sql("""
                        SELECT action, object_type, object_id, summary, changes::text AS changes, actor
                          FROM audit_event
                         WHERE object_type = :type AND object_id = :id
                         ORDER BY id
                        """)
                .param("type", objectType)
                .param("id", String.valueOf(objectId))
                .query((rs, n) -> new AuditRecord(
                        rs.getString("action"),
                        rs.getString("object_type"),
                        rs.getString("object_id"),
                        rs.getString("summary"),
                        ChangesJson.read(rs.getString("changes")),
                        rs.getString("actor")))
                .list();
    }

    /** The raw rows about an object as text, to check that nothing in them is unmasked. */
    public String rawAbout(String objectType, Object objectId) {
        return String.join(
                "\n",
                jdbc.sql("SELECT a::text FROM audit_event a WHERE object_type = :type AND object_id = :id")
                        .param("type", objectType)
                        .param("id", String.valueOf(objectId))
                        .query(String.class)
                        .list());
    }
}
