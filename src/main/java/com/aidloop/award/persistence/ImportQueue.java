package com.aidloop.award.persistence;

import com.aidloop.iam.DataScope;
import com.aidloop.shared.ImportMode;
import com.aidloop.shared.Term;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The roster imports waiting for a server and those a server runs, in award_import, shared by
 * every server on the database. Claims are row updates under {@code FOR UPDATE SKIP LOCKED}, so
 * two servers never take the same import; a running import carries its server's name
 * ({@code runner}) and a heartbeat, and one whose server stopped reporting is ended as FAILED
 * (its commit's transaction died with that server, so nothing half-written remains).
 */
@Repository
public class ImportQueue {

    private final JdbcClient jdbc;

    ImportQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An import a server has claimed, with what its job needs to run. */
    public record Claimed(
            long id,
            Term term,
            ImportMode mode,
            boolean updateExisting,
            DataScope scope,
            String uploadedBy,
            String fileName) {}

    /** Hands an import this server holds (its file now in place) to the queue. */
    public boolean enqueue(long id, String runner) {
        return jdbc.sql("""
                        UPDATE award_import SET runner = NULL, queued_on = :runner, queued_at = now(), heartbeat_at = now()
                         WHERE id = :id AND status = 'RUNNING' AND runner = :runner AND claimed_at IS NULL
                        """).param("id", id).param("runner", runner).update() == 1;
    }

    /**
     * Claims the next queued import for this server: those it queued itself first, another
     * server's once they waited {@code handOverAfter} (that server's workers being busy).
     */
    public Optional<Claimed> claimNext(String runner, Duration handOverAfter) {
        return jdbc.sql("""
                        UPDATE award_import i
                           SET runner = :runner, claimed_at = now(), heartbeat_at = now(), claims = i.claims + 1
                         WHERE i.id = (SELECT q.id FROM award_import q
                                        WHERE q.status = 'RUNNING' AND q.runner IS NULL
                                          AND (q.queued_on = :runner
                                               OR q.queued_at <= now() - :handOverMillis * interval '1 millisecond')
                                        ORDER BY (q.queued_on = :runner) DESC, q.id
                                        LIMIT 1
                                          FOR UPDATE SKIP LOCKED)
                        RETURNING i.id, i.term, i.mode, i.update_existing, i.scope_region, i.scope_school_id,
                                  i.uploaded_by, i.file_name
                        """)
                .param("runner", runner)
                .param("handOverMillis", handOverAfter.toMillis())
                .query((rs, n) -> new Claimed(
                        rs.getLong("id"),
                        Term.parse(rs.getString("term")),
                        ImportMode.valueOf(rs.getString("mode")),
                        rs.getBoolean("update_existing"),
                        scope(rs.getString("scope_region"), (Long) rs.getObject("scope_school_id")),
                        rs.getString("uploaded_by"),
                        rs.getString("file_name")))
                .optional();
    }

    /** Claims an import this server holds, to run it at once on the calling thread (a small API upload). */
    public boolean claimHeld(long id, String runner) {
        return jdbc.sql("""
                        UPDATE award_import SET claimed_at = now(), heartbeat_at = now(), claims = claims + 1
                         WHERE id = :id AND status = 'RUNNING' AND runner = :runner AND claimed_at IS NULL
                        """).param("id", id).param("runner", runner).update() == 1;
    }

    /** Keeps the heartbeat of the imports this server holds or runs fresh. */
    public void heartbeat(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("UPDATE award_import SET heartbeat_at = now() WHERE status = 'RUNNING' AND id = ANY(:ids)")
                .param("ids", ids.toArray(Long[]::new))
                .update();
    }

    /**
     * Marks as FAILED the held or running imports that no live job owns: those the given runner
     * (this server, at its start) left behind when its JVM stopped, and any whose heartbeat is
     * older than the cutoff. Queued imports wait for a server and are left alone.
     */
    public int failAbandoned(String runner, Instant staleBefore, String message) {
        return jdbc.sql("""
                        UPDATE award_import SET status = 'FAILED', finished_at = now(), refusal_code = 'award.import.abandoned',
                               refusal_message = :message
                         WHERE id IN (SELECT a.id FROM award_import a
                                       WHERE a.status = 'RUNNING' AND a.runner IS NOT NULL
                                         AND (a.runner = CAST(:runner AS TEXT) OR a.heartbeat_at < :stale)
                                         FOR UPDATE SKIP LOCKED)
                        """)
                .param("message", message)
                .param("runner", runner)
                .param("stale", Timestamp.from(staleBefore))
                .update();
    }

    /**
     * Takes the kept files that outlived their keeping time off their imports and answers their
     * paths: each file goes to exactly one server, which removes it.
     */
    public List<String> takeFilesOlderThan(Instant cutoff) {
        return jdbc.sql("""
                        WITH old AS (SELECT id, stored_file FROM award_import
                                      WHERE stored_file IS NOT NULL AND status <> 'RUNNING' AND created_at < :cutoff
                                        FOR UPDATE SKIP LOCKED)
                        UPDATE award_import i SET stored_file = NULL, stored_file_key = NULL
                          FROM old WHERE i.id = old.id
                        RETURNING old.stored_file
                        """)
                .param("cutoff", Timestamp.from(cutoff))
                .query(String.class)
                .list();
    }

    private static DataScope scope(String region, Long schoolId) {
        if (schoolId != null) {
            return DataScope.school(schoolId);
        }
        return region == null ? DataScope.nothing() : DataScope.region(region);
    }
}
