package com.aidloop.audit.refusal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts refusals per person, reason and minute in {@code audit_refusal_tally}, so that only the
 * first few of a minute are written to the audit trail. Every server counts in the same row.
 */
@Repository
class RefusalTally {

    private final JdbcClient jdbc;

    RefusalTally(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts one more refusal and answers how many of this person, code and minute there are now. */
    int count(String actor, String code, RefusalKind kind, Instant minute) {
        return jdbc.sql("""
                INSERT INTO audit_refusal_tally (actor, code, minute, action, seen)
                VALUES (:actor, :code, :minute, :action, 1)
                ON CONFLICT (actor, code, minute) DO UPDATE SET seen = audit_refusal_tally.seen + 1
                RETURNING seen
                """)
                .param("actor", actor)
                .param("code", code)
                .param("minute", minute.atOffset(ZoneOffset.UTC))
                .param("action", kind.action())
                .query(Integer.class)
                .single();
    }

    /** Removes the counts of the minutes before {@code current} and returns them; each count is taken once. */
    List<Count> takeFinished(Instant current) {
        return jdbc.sql("""
                DELETE FROM audit_refusal_tally WHERE minute < :current
                RETURNING actor, code, minute, action, seen
                """)
                .param("current", current.atOffset(ZoneOffset.UTC))
                .query((rs, n) -> new Count(
                        rs.getString("actor"),
                        rs.getString("code"),
                        rs.getObject("minute", OffsetDateTime.class).toInstant(),
                        rs.getString("action"),
                        rs.getInt("seen")))
                .list();
    }

    /** The refusals of one person, code and minute. */
    record Count(String actor, String code, Instant minute, String action, int seen) {}
}
