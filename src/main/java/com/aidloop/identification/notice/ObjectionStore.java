package com.aidloop.identification.notice;

import com.aidloop.identification.application.domain.EvidenceFile;
import com.aidloop.identification.domain.DifficultyLevel;
import com.aidloop.identification.notice.domain.ObjectionAnswer;
import com.aidloop.identification.notice.domain.ObjectionDecision;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.shared.PhoneNumber;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Objections ({@code identification_objection}, V75): the objector's phone and the photo sealed. */
@Component
class ObjectionStore {

    private static final String SELECT = """
            SELECT o.id, o.notice_id, o.application_id, e.student_name, o.content, o.objector_name,
                   o.objector_phone_sealed IS NOT NULL AS phone_given, o.photo_kind IS NOT NULL AS photo,
                   o.lodged_at, o.due_on, o.decision, o.new_level, o.answer, o.reason, o.answered_by, o.answered_at
            FROM identification_objection o
            LEFT JOIN identification_application e ON e.id = o.application_id
            """;

    private final JdbcClient jdbc;
    private final SensitiveData sensitive;

    ObjectionStore(JdbcClient jdbc, SensitiveData sensitive) {
        this.jdbc = jdbc;
        this.sensitive = sensitive;
    }

    /** What an objector sent, checked. */
    record Lodged(
            long noticeId,
            Long applicationId,
            String content,
            String objectorName,
            PhoneNumber phone,
            EvidenceFile photo,
            String clientDigest,
            LocalDate dueOn) {}

    long add(Lodged lodged) {
        return jdbc.sql("""
                        INSERT INTO identification_objection (notice_id, application_id, content, objector_name,
                            objector_phone_sealed, photo_kind, photo_sealed, client_digest, due_on)
                        VALUES (:notice, :application, :content, :name, :phone, :photoKind, :photo, :client, :due)
                        RETURNING id
                        """)
                .param("notice", lodged.noticeId())
                .param("application", lodged.applicationId())
                .param("content", lodged.content())
                .param("name", lodged.objectorName())
                .param(
                        "phone",
                        lodged.phone() == null
                                ? null
                                : sensitive.seal(lodged.phone().value()))
                .param(
                        "photoKind",
                        lodged.photo() == null ? null : lodged.photo().kind().name())
                .param(
                        "photo",
                        lodged.photo() == null
                                ? null
                                : sensitive.seal(Base64.getEncoder()
                                        .encodeToString(lodged.photo().content())))
                .param("client", lodged.clientDigest())
                .param("due", lodged.dueOn())
                .query(Long.class)
                .single();
    }

    /** Objections from one client address since a moment (the rate limit). */
    int countFrom(String clientDigest, Instant since) {
        return jdbc.sql(
                        "SELECT count(*) FROM identification_objection WHERE client_digest = :client AND lodged_at >= :since")
                .param("client", clientDigest)
                .param("since", Timestamp.from(since))
                .query(Integer.class)
                .single();
    }

    List<Objection> ofNotice(long noticeId) {
        return jdbc.sql(SELECT + " WHERE o.notice_id = :notice ORDER BY o.lodged_at, o.id")
                .param("notice", noticeId)
                .query((rs, n) -> objection(rs))
                .list();
    }

    Optional<Objection> find(long id) {
        return jdbc.sql(SELECT + " WHERE o.id = :id")
                .param("id", id)
                .query((rs, n) -> objection(rs))
                .optional();
    }

    /** Records the answer once: answers false when it was answered already (a lost race). */
    boolean answer(long id, ObjectionAnswer answer, String by) {
        return jdbc.sql("""
                        UPDATE identification_objection SET decision = :decision, new_level = :level, answer = :answer,
                            reason = :reason, answered_by = :by, answered_at = now()
                        WHERE id = :id AND decision IS NULL
                        """)
                        .param("id", id)
                        .param("decision", answer.decision().name())
                        .param(
                                "level",
                                answer.decision() == ObjectionDecision.ADJUST_LEVEL
                                        ? answer.newLevel().name()
                                        : null)
                        .param("answer", answer.answer())
                        .param("reason", answer.reason())
                        .param("by", by)
                        .update()
                == 1;
    }

    /** The objector's phone, opened only to send the SMS that the objection was handled. */
    Optional<PhoneNumber> phone(long id) {
        return jdbc.sql("SELECT objector_phone_sealed FROM identification_objection WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1)))
                .single()
                .map(stored -> new PhoneNumber(sensitive.open(stored)));
    }

    /** The photo of an objection, if one came with it. */
    Optional<EvidenceFile> photo(long id) {
        return jdbc.sql(
                        "SELECT photo_kind, photo_sealed FROM identification_objection WHERE id = :id AND photo_kind IS NOT NULL")
                .param("id", id)
                .query((rs, n) -> new EvidenceFile(
                        EvidenceFile.Kind.valueOf(rs.getString(1)),
                        Base64.getDecoder().decode(sensitive.open(rs.getString(2)))))
                .optional();
    }

    private static Objection objection(ResultSet rs) throws SQLException {
        Timestamp answered = rs.getTimestamp("answered_at");
        String decision = rs.getString("decision");
        String level = rs.getString("new_level");
        return new Objection(
                rs.getLong("id"),
                rs.getLong("notice_id"),
                rs.getObject("application_id", Long.class),
                rs.getString("student_name"),
                rs.getString("content"),
                rs.getString("objector_name"),
                rs.getBoolean("phone_given"),
                rs.getBoolean("photo"),
                rs.getTimestamp("lodged_at").toInstant(),
                rs.getObject("due_on", LocalDate.class),
                decision == null ? null : ObjectionDecision.valueOf(decision),
                level == null ? null : DifficultyLevel.valueOf(level),
                rs.getString("answer"),
                rs.getString("reason"),
                rs.getString("answered_by"),
                answered == null ? null : answered.toInstant());
    }
}
