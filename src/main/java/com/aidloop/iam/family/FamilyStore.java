package com.aidloop.iam.family;

import com.aidloop.iam.FamilyActor;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One-time codes, invitations and the phones they bound (V61), by blind index only. */
@Repository
public class FamilyStore {

    /** A code still alive, as verifying needs it. */
    record LiveCode(long id, String codeHash, Long invitationId, int attempts) {}

    /** An invitation not yet redeemed nor expired. */
    record LiveInvitation(long id, long studentId, boolean forStudent) {}

    private final JdbcClient jdbc;

    FamilyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    CodeLimits.Recent recent(String phoneIndex, String address, Instant now) {
        OffsetDateTime hourAgo = utc(now.minusSeconds(3600));
        return jdbc.sql("""
                        SELECT (SELECT max(created_at) FROM iam_family_code WHERE phone_index = :phone) AS last_for_phone,
                               (SELECT count(*) FROM iam_family_code
                                 WHERE phone_index = :phone AND created_at > :hourAgo) AS for_phone,
                               (SELECT count(*) FROM iam_family_code
                                 WHERE client_address = :address AND created_at > :hourAgo) AS for_address
                        """)
                .param("phone", phoneIndex)
                .param("address", address)
                .param("hourAgo", hourAgo)
                .query((rs, n) -> {
                    OffsetDateTime last = rs.getObject("last_for_phone", OffsetDateTime.class);
                    return new CodeLimits.Recent(
                            last == null ? null : last.toInstant(), rs.getInt("for_phone"), rs.getInt("for_address"));
                })
                .single();
    }

    void insertCode(
            String phoneIndex, String codeHash, Long invitationId, String address, Instant now, Instant expires) {
        jdbc.sql("""
                        INSERT INTO iam_family_code (phone_index, code_hash, invitation_id, client_address, created_at, expires_at)
                        VALUES (:phone, :hash, :invitation, :address, :now, :expires)
                        """)
                .param("phone", phoneIndex)
                .param("hash", codeHash)
                .param("invitation", invitationId)
                .param("address", address)
                .param("now", utc(now))
                .param("expires", utc(expires))
                .update();
    }

    /** The newest code of the number still alive, locked for the attempt. */
    Optional<LiveCode> liveCode(String phoneIndex, Instant now) {
        return jdbc.sql("""
                        SELECT id, code_hash, invitation_id, attempts FROM iam_family_code
                         WHERE phone_index = :phone AND used_at IS NULL AND expires_at > :now
                         ORDER BY created_at DESC, id DESC LIMIT 1 FOR UPDATE
                        """)
                .param("phone", phoneIndex)
                .param("now", utc(now))
                .query((rs, n) -> new LiveCode(
                        rs.getLong("id"),
                        rs.getString("code_hash"),
                        (Long) rs.getObject("invitation_id"),
                        rs.getInt("attempts")))
                .optional();
    }

    void countAttempt(long codeId) {
        jdbc.sql("UPDATE iam_family_code SET attempts = attempts + 1 WHERE id = :id")
                .param("id", codeId)
                .update();
    }

    void markUsed(long codeId, Instant now) {
        jdbc.sql("UPDATE iam_family_code SET used_at = :now WHERE id = :id")
                .param("id", codeId)
                .param("now", utc(now))
                .update();
    }

    long insertInvitation(
            long studentId,
            long schoolId,
            String digest,
            String guardianConsent,
            String issuedBy,
            Instant now,
            Instant expires) {
        return jdbc.sql("""
                        INSERT INTO iam_family_invitation
                            (student_id, school_id, code_hash, for_student, guardian_consent, issued_by, issued_at, expires_at)
                        VALUES (:student, :school, :hash, :forStudent, :consent, :by, :now, :expires)
                        RETURNING id
                        """)
                .param("student", studentId)
                .param("school", schoolId)
                .param("hash", digest)
                .param("forStudent", guardianConsent != null)
                .param("consent", guardianConsent)
                .param("by", issuedBy)
                .param("now", utc(now))
                .param("expires", utc(expires))
                .query(Long.class)
                .single();
    }

    Optional<LiveInvitation> liveInvitation(String digest, Instant now) {
        return liveInvitationWhere("code_hash = :key", digest, now);
    }

    Optional<LiveInvitation> liveInvitation(long id, Instant now) {
        return liveInvitationWhere("id = :key", id, now);
    }

    private Optional<LiveInvitation> liveInvitationWhere(String condition, Object key, Instant now) {
        return jdbc.sql("SELECT id, student_id, for_student FROM iam_family_invitation WHERE " + condition
                        + " AND redeemed_at IS NULL AND expires_at > :now")
                .param("key", key)
                .param("now", utc(now))
                .query((rs, n) ->
                        new LiveInvitation(rs.getLong("id"), rs.getLong("student_id"), rs.getBoolean("for_student")))
                .optional();
    }

    /** Marks the invitation used by the number; false when someone redeemed it first. */
    boolean redeem(long invitationId, String phoneIndex, Instant now) {
        return jdbc.sql("""
                        UPDATE iam_family_invitation SET redeemed_at = :now, redeemed_phone_index = :phone
                         WHERE id = :id AND redeemed_at IS NULL
                        """)
                        .param("id", invitationId)
                        .param("phone", phoneIndex)
                        .param("now", utc(now))
                        .update()
                == 1;
    }

    void bind(String phoneIndex, long studentId, FamilyActor.Kind actsAs, long invitationId, Instant now) {
        jdbc.sql("""
                        INSERT INTO iam_family_binding (phone_index, student_id, acts_as, invitation_id, bound_at)
                        VALUES (:phone, :student, :actsAs, :invitation, :now)
                        ON CONFLICT (phone_index, student_id)
                        DO UPDATE SET acts_as = EXCLUDED.acts_as, invitation_id = EXCLUDED.invitation_id,
                                      bound_at = EXCLUDED.bound_at
                        """)
                .param("phone", phoneIndex)
                .param("student", studentId)
                .param("actsAs", actsAs.name())
                .param("invitation", invitationId)
                .param("now", utc(now))
                .update();
    }

    /** The students the number was bound to, acting as that kind. */
    public Set<Long> boundStudents(String phoneIndex, FamilyActor.Kind actsAs) {
        return new HashSet<>(
                jdbc.sql("SELECT student_id FROM iam_family_binding WHERE phone_index = :phone AND acts_as = :actsAs")
                        .param("phone", phoneIndex)
                        .param("actsAs", actsAs.name())
                        .query(Long.class)
                        .list());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
