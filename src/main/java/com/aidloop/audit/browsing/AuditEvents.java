package com.aidloop.audit.browsing;

import com.aidloop.audit.chain.ChangesJson;
import com.aidloop.platform.ChinaTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Reads the audit trail by filter: pages for the screen and the API, a stream for export. */
@Repository
class AuditEvents {

    static final int MAX_PAGE_SIZE = 200;

    private static final String FILTER = """
            FROM audit_event
            WHERE (CAST(:actor AS text) IS NULL OR lower(actor) = lower(CAST(:actor AS text)))
              AND (CAST(:action AS text) IS NULL OR action = CAST(:action AS text))
              AND (CAST(:objectType AS text) IS NULL OR object_type = CAST(:objectType AS text))
              AND (CAST(:objectId AS text) IS NULL OR object_id = CAST(:objectId AS text))
              AND (CAST(:from AS timestamptz) IS NULL OR occurred_at >= CAST(:from AS timestamptz))
              AND (CAST(:to AS timestamptz) IS NULL OR occurred_at < CAST(:to AS timestamptz))
              AND (CAST(:refusals AS text) IS NULL OR action = ANY (string_to_array(CAST(:refusals AS text), ',')))
            """;

    private static final String COLUMNS = """
            SELECT id, occurred_at, actor, client_ip, action, object_type, object_id, summary,
                   changes::text AS changes
            """;

    private final JdbcClient jdbc;
    private final JdbcClient streaming;
    private final TransactionTemplate readOnly;
    private final ZoneId zone;

    AuditEvents(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions, ChinaTime time) {
        this.jdbc = jdbc;
        this.zone = time.zone();
        JdbcTemplate fetching = new JdbcTemplate(dataSource);
        fetching.setFetchSize(1000);
        this.streaming = JdbcClient.create(fetching);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    AuditPage find(AuditQuery query, int page, int size) {
        int pageSize = Math.clamp(size, 1, MAX_PAGE_SIZE);
        int pageNumber = Math.max(page, 1);
        long total = bind(jdbc.sql("SELECT count(*) " + FILTER), query)
                .query(Long.class)
                .single();
        List<AuditEventView> items = bind(jdbc.sql(COLUMNS + FILTER + """
                ORDER BY id DESC
                LIMIT :limit OFFSET :offset
                """), query)
                .param("limit", pageSize)
                .param("offset", (long) (pageNumber - 1) * pageSize)
                .query(AuditEvents::view)
                .list();
        return new AuditPage(items, total, pageNumber, pageSize);
    }

    /** Hands every matching row, oldest first, to the consumer without holding them all in memory. */
    void each(AuditQuery query, Consumer<AuditEventView> consumer) {
        readOnly.executeWithoutResult(status -> {
            try (Stream<AuditEventView> rows =
                    bind(streaming.sql(COLUMNS + FILTER + "ORDER BY id"), query).query(AuditEvents::view).stream()) {
                rows.forEach(consumer);
            }
        });
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, AuditQuery query) {
        return statement
                .param("actor", query.actor())
                .param("action", query.action())
                .param("objectType", query.objectType())
                .param("objectId", query.objectId())
                .param("from", query.fromInstant(zone))
                .param("to", query.toInstantExclusive(zone))
                .param("refusals", query.refusalActions());
    }

    private static AuditEventView view(ResultSet rs, int row) throws SQLException {
        return new AuditEventView(
                rs.getLong("id"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"),
                rs.getString("client_ip"),
                rs.getString("action"),
                rs.getString("object_type"),
                rs.getString("object_id"),
                rs.getString("summary"),
                ChangesJson.read(rs.getString("changes")));
    }
}
