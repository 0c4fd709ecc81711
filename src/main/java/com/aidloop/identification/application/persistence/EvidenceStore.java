package com.aidloop.identification.application.persistence;

import com.aidloop.identification.application.EvidenceItem;
import com.aidloop.identification.application.domain.EvidenceFile;
import com.aidloop.privacy.SensitiveData;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Evidence of applications ({@code identification_evidence}, V62), the content sealed. */
@Repository
public class EvidenceStore {

    private final JdbcClient jdbc;
    private final SensitiveData sensitive;

    EvidenceStore(JdbcClient jdbc, SensitiveData sensitive) {
        this.jdbc = jdbc;
        this.sensitive = sensitive;
    }

    public long add(long applicationId, EvidenceFile file, String title, String by) {
        return jdbc.sql("""
                        INSERT INTO identification_evidence (application_id, kind, title, size_bytes, content_sealed, uploaded_by)
                        VALUES (:application, :kind, :title, :size, :content, :by) RETURNING id
                        """)
                .param("application", applicationId)
                .param("kind", file.kind().name())
                .param("title", title)
                .param("size", file.content().length)
                .param("content", sensitive.seal(Base64.getEncoder().encodeToString(file.content())))
                .param("by", by)
                .query(Long.class)
                .single();
    }

    public List<EvidenceItem> of(long applicationId) {
        return jdbc.sql("""
                        SELECT id, application_id, kind, title, size_bytes, uploaded_by, uploaded_at
                          FROM identification_evidence WHERE application_id = :application ORDER BY id
                        """)
                .param("application", applicationId)
                .query((rs, n) -> new EvidenceItem(
                        rs.getLong("id"),
                        rs.getLong("application_id"),
                        EvidenceFile.Kind.valueOf(rs.getString("kind")),
                        rs.getString("title"),
                        rs.getInt("size_bytes"),
                        rs.getString("uploaded_by"),
                        rs.getTimestamp("uploaded_at").toInstant()))
                .list();
    }

    /** The application an evidence belongs to, so the caller can check its reach first. */
    public Optional<Long> applicationOf(long evidenceId) {
        return jdbc.sql("SELECT application_id FROM identification_evidence WHERE id = :id")
                .param("id", evidenceId)
                .query(Long.class)
                .optional();
    }

    public EvidenceFile content(long evidenceId) {
        return jdbc.sql("SELECT kind, content_sealed FROM identification_evidence WHERE id = :id")
                .param("id", evidenceId)
                .query((rs, n) -> new EvidenceFile(
                        EvidenceFile.Kind.valueOf(rs.getString("kind")),
                        Base64.getDecoder().decode(sensitive.open(rs.getString("content_sealed")))))
                .single();
    }
}
