package com.aidloop.audit.chain;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditRecord.FieldChange;
import com.aidloop.audit.AuditTrail;
import com.aidloop.privacy.MessageSigner;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends audit rows to the hash chain. Appends are serialised by a transaction-scoped advisory
 * lock, taken in the caller's transaction, so that each row links to the row committed before it
 * even when many requests write at once; ids are drawn under the same lock and therefore follow
 * the chain order.
 */
@Component
class ChainedAuditTrail implements AuditTrail {

    /** The advisory-lock key that serialises appends ("AUDITLOG" in ASCII). */
    static final long APPEND_LOCK = 0x4155444954_4c4f47L;

    private static final int MAX_TEXT = 2000;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final MessageSigner signer;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    ChainedAuditTrail(
            JdbcClient jdbc,
            NamedParameterJdbcTemplate batch,
            MessageSigner signer,
            PlatformTransactionManager transactions,
            ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.signer = signer;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /**
     * Joins the caller's transaction when it may write; otherwise (none, or a read-only one, as
     * when a full value is viewed) appends in a transaction of its own.
     */
    @Override
    public void record(AuditRecord record) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            append(record);
        } else {
            ownTransaction.executeWithoutResult(status -> append(record));
        }
    }

    /**
     * One lock, one read of the chain's end and one draw of ids for all of them; each row still
     * links to the one before it.
     */
    @Override
    public void recordAll(List<AuditRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            appendAll(records);
        } else {
            ownTransaction.executeWithoutResult(status -> appendAll(records));
        }
    }

    private void append(AuditRecord record) {
        appendAll(List.of(record));
    }

    private void appendAll(List<AuditRecord> records) {
        jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(:key)")
                .param("key", APPEND_LOCK)
                .query(Integer.class)
                .single();
        String prevHash = jdbc.sql("SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1")
                .query(String.class)
                .optional()
                .orElse(AuditEntry.GENESIS);
        List<Long> ids = jdbc.sql(
                        "SELECT nextval(pg_get_serial_sequence('audit_event', 'id')) FROM generate_series(1, :n) ORDER BY 1")
                .param("n", records.size())
                .query(Long.class)
                .list();
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        SqlParameterSource[] rows = new SqlParameterSource[records.size()];
        for (int i = 0; i < records.size(); i++) {
            AuditEntry unsigned = entry(ids.get(i), now, records.get(i), prevHash);
            prevHash = signer.sign(unsigned.canonicalText());
            rows[i] = row(unsigned, prevHash);
        }
        batch.batchUpdate(INSERT, rows);
    }

    private static AuditEntry entry(long id, Instant now, AuditRecord record, String prevHash) {
        return new AuditEntry(
                id,
                now,
                clip(record.actor() != null ? record.actor() : RequestOrigin.actor()),
                RequestOrigin.clientIp(),
                clip(record.action()),
                clip(record.objectType()),
                clip(SensitiveShapes.mask(record.objectId())),
                clip(SensitiveShapes.mask(record.summary())),
                masked(record.changes()),
                prevHash,
                null);
    }

    private static final String INSERT = """
            INSERT INTO audit_event (id, occurred_at, actor, client_ip, action, object_type, object_id,
                                     summary, changes, prev_hash, hash)
            VALUES (:id, :occurredAt, :actor, :clientIp, :action, :objectType, :objectId,
                    :summary, CAST(:changes AS jsonb), :prevHash, :hash)
            """;

    private static SqlParameterSource row(AuditEntry entry, String hash) {
        return new MapSqlParameterSource()
                .addValue("id", entry.id())
                .addValue("occurredAt", entry.occurredAt().atOffset(ZoneOffset.UTC))
                .addValue("actor", entry.actor())
                .addValue("clientIp", entry.clientIp())
                .addValue("action", entry.action())
                .addValue("objectType", entry.objectType())
                .addValue("objectId", entry.objectId())
                .addValue("summary", entry.summary())
                .addValue("changes", ChangesJson.write(entry.changes()))
                .addValue("prevHash", entry.prevHash())
                .addValue("hash", hash);
    }

    private static List<FieldChange> masked(List<FieldChange> changes) {
        return changes.stream()
                .map(change -> new FieldChange(
                        clip(change.field()),
                        clip(SensitiveShapes.mask(change.oldValue())),
                        clip(SensitiveShapes.mask(change.newValue()))))
                .toList();
    }

    private static String clip(String text) {
        if (text == null) {
            return null;
        }
        String clean = text.replace('\u0000', ' ');
        return clean.length() <= MAX_TEXT ? clean : clean.substring(0, MAX_TEXT) + "…";
    }
}
