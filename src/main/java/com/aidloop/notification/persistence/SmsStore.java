package com.aidloop.notification.persistence;

import com.aidloop.iam.DataScope;
import com.aidloop.iam.ScopeFilter;
import com.aidloop.notification.SmsFilter;
import com.aidloop.notification.SmsNotice;
import com.aidloop.notification.SmsRecipient;
import com.aidloop.notification.SmsStatus;
import com.aidloop.notification.SmsStatusReport;
import com.aidloop.shared.Paged;
import com.aidloop.shared.Paging;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox table {@code notification_sms}. Due messages are claimed with
 * {@code FOR UPDATE SKIP LOCKED} and leased by pushing their next attempt past the send, so that
 * several dispatchers (one per application instance) never pick the same message at once, and no
 * transaction stays open while a gateway answers.
 */
@Repository
public class SmsStore {

    private static final String COLUMNS = """
            m.id, m.dedup_key, m.status, m.template, m.text, m.phone_masked, m.recipient, m.student_id, m.student_name,
            m.batch_ref, m.payment_ref, m.attempts, m.resends, m.last_error, m.gateway, m.gateway_message_id,
            m.created_at, m.next_attempt_at, m.sent_at, m.failed_at
            """;

    /** Bound by {@link ScopeFilter#params}; the empty scope sees nothing. */
    private static final String IN_SCOPE = ScopeFilter.textMessages("m") + "\n";

    private static final String MATCHING = """
            AND (CAST(:studentId AS bigint) IS NULL OR m.student_id = :studentId)
            AND (CAST(:batch AS text) IS NULL OR m.batch_ref = :batch)
            AND (CAST(:payment AS text) IS NULL OR m.payment_ref = :payment)
            AND (CAST(:phoneIndex AS text) IS NULL OR m.phone_index = :phoneIndex)
            """;

    private final JdbcClient jdbc;

    SmsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a waiting message; empty if one with the same key exists (committed or not, it wins). */
    public Optional<Long> insert(NewSms sms, String createdBy) {
        Map<String, Object> p = new HashMap<>();
        p.put("key", sms.deduplicationKey());
        p.put("template", sms.template());
        p.put("text", sms.text());
        p.put("params", TemplateParams.json(sms.templateParams()));
        p.put("phoneSealed", sms.phoneSealed());
        p.put("phoneIndex", sms.phoneIndex());
        p.put("phoneMasked", sms.phoneMasked());
        p.put("recipient", sms.recipient().name());
        p.put("studentId", sms.studentId());
        p.put("studentName", sms.studentName());
        p.put("schoolId", sms.schoolId());
        p.put("schoolRegion", sms.schoolRegionCode());
        p.put("householdRegion", sms.householdRegionCode());
        p.put("batch", sms.batchRef());
        p.put("payment", sms.paymentRef());
        p.put("secret", sms.secretSealed());
        p.put("createdBy", createdBy);
        return jdbc.sql("""
                        INSERT INTO notification_sms (dedup_key, template, text, template_params, phone_sealed, phone_index,
                               phone_masked, recipient, student_id, student_name, school_id, school_region_code,
                               household_region_code, batch_ref, payment_ref, secret_sealed, status, created_by)
                        VALUES (:key, :template, :text, CAST(:params AS text), :phoneSealed, :phoneIndex, :phoneMasked, :recipient,
                                CAST(:studentId AS bigint), :studentName, CAST(:schoolId AS bigint),
                                CAST(:schoolRegion AS text), CAST(:householdRegion AS text),
                                CAST(:batch AS text), CAST(:payment AS text), CAST(:secret AS text), 'PENDING', :createdBy)
                        ON CONFLICT (dedup_key) DO NOTHING
                        RETURNING id
                        """).params(p).query(Long.class).optional();
    }

    /** Rows written per statement by {@link #insertAll}. */
    private static final int CHUNK = 5_000;

    /**
     * Adds many waiting messages, {@value #CHUNK} per statement (arrays unnested in one INSERT);
     * keys already stored, or repeated in the list, are left as they are. Returns how many were new.
     */
    public int insertAll(List<NewSms> messages, String createdBy) {
        int stored = 0;
        for (int from = 0; from < messages.size(); from += CHUNK) {
            List<NewSms> chunk = messages.subList(from, Math.min(messages.size(), from + CHUNK));
            stored += jdbc.sql("""
                            WITH inserted AS (
                                INSERT INTO notification_sms (dedup_key, template, text, template_params, phone_sealed,
                                       phone_index, phone_masked, recipient, student_id, student_name, school_id,
                                       school_region_code, household_region_code, batch_ref, payment_ref, secret_sealed, status,
                                       created_by)
                                SELECT k, t, x, tp, ps, pi, pm, r, sid, sn, sc, sr, hr, b, p, sec, 'PENDING', :createdBy
                                  FROM unnest(CAST(:keys AS text[]), CAST(:templates AS text[]), CAST(:texts AS text[]),
                                              CAST(:params AS text[]), CAST(:sealed AS text[]), CAST(:indexes AS text[]), CAST(:masked AS text[]),
                                              CAST(:recipients AS text[]), CAST(:studentIds AS bigint[]), CAST(:studentNames AS text[]),
                                              CAST(:schoolIds AS bigint[]), CAST(:schoolRegions AS text[]),
                                              CAST(:householdRegions AS text[]), CAST(:batches AS text[]), CAST(:payments AS text[]),
                                              CAST(:secrets AS text[]))
                                       AS m(k, t, x, tp, ps, pi, pm, r, sid, sn, sc, sr, hr, b, p, sec)
                                ON CONFLICT (dedup_key) DO NOTHING
                                RETURNING 1)
                            SELECT count(*) FROM inserted
                            """)
                    .param("createdBy", createdBy)
                    .param("keys", column(chunk, NewSms::deduplicationKey))
                    .param("templates", column(chunk, NewSms::template))
                    .param("texts", column(chunk, NewSms::text))
                    .param("params", column(chunk, m -> TemplateParams.json(m.templateParams())))
                    .param("sealed", column(chunk, NewSms::phoneSealed))
                    .param("indexes", column(chunk, NewSms::phoneIndex))
                    .param("masked", column(chunk, NewSms::phoneMasked))
                    .param("recipients", column(chunk, m -> m.recipient().name()))
                    .param("studentIds", chunk.stream().map(NewSms::studentId).toArray(Long[]::new))
                    .param("studentNames", column(chunk, NewSms::studentName))
                    .param("schoolIds", chunk.stream().map(NewSms::schoolId).toArray(Long[]::new))
                    .param("schoolRegions", column(chunk, NewSms::schoolRegionCode))
                    .param("householdRegions", column(chunk, NewSms::householdRegionCode))
                    .param("batches", column(chunk, NewSms::batchRef))
                    .param("payments", column(chunk, NewSms::paymentRef))
                    .param("secrets", column(chunk, NewSms::secretSealed))
                    .query(Integer.class)
                    .single();
        }
        return stored;
    }

    private static String[] column(List<NewSms> messages, java.util.function.Function<NewSms, String> field) {
        return messages.stream().map(field).toArray(String[]::new);
    }

    public Optional<SmsNotice> byKey(String deduplicationKey) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notification_sms m WHERE m.dedup_key = :key")
                .param("key", deduplicationKey)
                .query((rs, n) -> notice(rs))
                .optional();
    }

    public Optional<SmsNotice> byId(long id, DataScope scope) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notification_sms m WHERE m.id = :id AND " + IN_SCOPE)
                .param("id", id)
                .params(ScopeFilter.params(scope))
                .query((rs, n) -> notice(rs))
                .optional();
    }

    /** The sealed phone of a message, for the audit of a resend and for tests of the sealing. */
    public String sealedPhone(long id) {
        return jdbc.sql("SELECT phone_sealed FROM notification_sms WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    /**
     * Leases up to {@code limit} due messages for one send each: counts the attempt and moves the
     * next attempt to the end of the lease, so that a dispatcher that dies mid-send leaves the
     * message to be sent again after the lease (at least once; the gateway de-duplicates by key).
     */
    public List<ClaimedSms> claimDue(int limit, Duration lease) {
        UUID token = UUID.randomUUID();
        return jdbc.sql("""
                        UPDATE notification_sms m
                           SET attempts = m.attempts + 1,
                               next_attempt_at = now() + :leaseMillis * interval '1 millisecond',
                               claim_token = :token, updated_at = now()
                         WHERE m.id IN (SELECT d.id FROM notification_sms d
                                         WHERE d.status = 'PENDING' AND d.next_attempt_at <= now()
                                         ORDER BY d.next_attempt_at, d.id
                                         LIMIT :limit
                                           FOR UPDATE SKIP LOCKED)
                        RETURNING m.id, m.dedup_key, m.phone_sealed, m.template, m.text, m.template_params, m.attempts,
                                  m.secret_sealed
                        """)
                .param("leaseMillis", lease.toMillis())
                .param("token", token)
                .param("limit", limit)
                .query((rs, n) -> new ClaimedSms(
                        rs.getLong("id"),
                        rs.getString("dedup_key"),
                        rs.getString("phone_sealed"),
                        rs.getString("template"),
                        rs.getString("text"),
                        TemplateParams.of(rs.getString("template_params")),
                        rs.getInt("attempts"),
                        token,
                        rs.getString("secret_sealed")))
                .list();
    }

    /**
     * The gateway confirmed: sent, whatever happened to the lease meanwhile, and the message's
     * secret (an initial password) erased. False if it was sent already.
     */
    public boolean markSent(long id, String gateway, String gatewayMessageId) {
        return jdbc.sql("""
                        UPDATE notification_sms
                           SET status = 'SENT', gateway = :gateway, gateway_message_id = :gatewayId, sent_at = now(),
                               failed_at = NULL, claim_token = NULL, secret_sealed = NULL, updated_at = now()
                         WHERE id = :id AND status <> 'SENT'
                        """)
                        .param("id", id)
                        .param("gateway", gateway)
                        .param("gatewayId", gatewayMessageId)
                        .update()
                == 1;
    }

    /** Not confirmed: try again after {@code wait}, if this dispatcher still holds the lease. */
    public boolean retryLater(ClaimedSms claimed, Duration wait, String gateway, String error) {
        return jdbc.sql("""
                        UPDATE notification_sms
                           SET next_attempt_at = now() + :waitMillis * interval '1 millisecond', gateway = :gateway,
                               last_error = :error, claim_token = NULL, updated_at = now()
                         WHERE id = :id AND claim_token = :token AND status = 'PENDING'
                        """)
                        .param("id", claimed.id())
                        .param("token", claimed.claimToken())
                        .param("waitMillis", wait.toMillis())
                        .param("gateway", gateway)
                        .param("error", error)
                        .update()
                == 1;
    }

    /** Given up: failed, visible to staff, if this dispatcher still holds the lease. */
    public boolean markFailed(ClaimedSms claimed, String gateway, String error) {
        return jdbc.sql("""
                        UPDATE notification_sms
                           SET status = 'FAILED', failed_at = now(), gateway = :gateway, last_error = :error,
                               claim_token = NULL, updated_at = now()
                         WHERE id = :id AND claim_token = :token AND status = 'PENDING'
                        """)
                        .param("id", claimed.id())
                        .param("token", claimed.claimToken())
                        .param("gateway", gateway)
                        .param("error", error)
                        .update()
                == 1;
    }

    /**
     * Nothing was handed to a provider (no gateway, or the logging one): not sent, not failed, and
     * not counted as an attempt; {@code reason} says why. Only if this dispatcher still holds the lease.
     */
    public boolean markNotSent(ClaimedSms claimed, String gateway, String reason) {
        return jdbc.sql("""
                        UPDATE notification_sms
                           SET status = 'NOT_SENT', attempts = GREATEST(attempts - 1, 0), gateway = :gateway,
                               last_error = :reason, claim_token = NULL, updated_at = now()
                         WHERE id = :id AND claim_token = :token AND status = 'PENDING'
                        """)
                        .param("id", claimed.id())
                        .param("token", claimed.claimToken())
                        .param("gateway", gateway)
                        .param("reason", reason)
                        .update()
                == 1;
    }

    /**
     * A failed or not sent message waits again, due now, with a fresh count of attempts. False if
     * it was neither.
     */
    public boolean resend(long id) {
        return jdbc.sql("""
                        UPDATE notification_sms
                           SET status = 'PENDING', attempts = 0, next_attempt_at = now(), resends = resends + 1,
                               claim_token = NULL, updated_at = now()
                         WHERE id = :id AND status IN ('FAILED', 'NOT_SENT')
                        """).param("id", id).update() == 1;
    }

    /** Counts by status of the matching messages, and one page of them in the chosen status, newest first. */
    public SmsStatusReport search(SmsFilter filter, String phoneIndex, DataScope scope, Paging paging) {
        if (scope.isNothing()) {
            return new SmsStatusReport(Map.of(), Paged.of(List.of(), 0, paging));
        }
        Map<String, Object> p = ScopeFilter.params(scope);
        p.put("studentId", filter.studentId());
        p.put("batch", filter.batchRef());
        p.put("payment", filter.paymentRef());
        p.put("phoneIndex", phoneIndex);
        Map<SmsStatus, Long> counts = new EnumMap<>(SmsStatus.class);
        jdbc.sql("SELECT m.status, count(*) AS n FROM notification_sms m WHERE " + IN_SCOPE + MATCHING
                        + " GROUP BY m.status")
                .params(p)
                .query((rs, n) -> counts.put(SmsStatus.valueOf(rs.getString("status")), rs.getLong("n")))
                .list();
        p.put("status", filter.status() == null ? null : filter.status().name());
        p.put("limit", paging.size());
        p.put("offset", paging.offset());
        List<SmsNotice> page = jdbc.sql(
                        "SELECT " + COLUMNS + " FROM notification_sms m WHERE " + IN_SCOPE + MATCHING + """
                          AND (CAST(:status AS text) IS NULL OR m.status = :status)
                        ORDER BY m.created_at DESC, m.id DESC
                        LIMIT :limit OFFSET :offset
                        """)
                .params(p)
                .query((rs, n) -> notice(rs))
                .list();
        long total = filter.status() == null
                ? counts.values().stream().mapToLong(Long::longValue).sum()
                : counts.getOrDefault(filter.status(), 0L);
        return new SmsStatusReport(counts, Paged.of(page, total, paging));
    }

    /** The failed and the not sent messages of a batch inside the scope, for sending them together. */
    public List<SmsNotice> unsentOfBatch(String batchRef, DataScope scope) {
        if (scope.isNothing()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM notification_sms m WHERE m.batch_ref = :batch"
                        + " AND m.status IN ('FAILED', 'NOT_SENT') AND "
                        + IN_SCOPE + " ORDER BY m.id")
                .param("batch", batchRef)
                .params(ScopeFilter.params(scope))
                .query((rs, n) -> notice(rs))
                .list();
    }

    private static SmsNotice notice(ResultSet rs) throws SQLException {
        long studentNumber = rs.getLong("student_id");
        Long studentId = rs.wasNull() ? null : studentNumber;
        return new SmsNotice(
                rs.getLong("id"),
                rs.getString("dedup_key"),
                SmsStatus.valueOf(rs.getString("status")),
                rs.getString("template"),
                rs.getString("text"),
                rs.getString("phone_masked"),
                SmsRecipient.valueOf(rs.getString("recipient")),
                studentId,
                rs.getString("student_name"),
                rs.getString("batch_ref"),
                rs.getString("payment_ref"),
                rs.getInt("attempts"),
                rs.getInt("resends"),
                rs.getString("last_error"),
                rs.getString("gateway"),
                rs.getString("gateway_message_id"),
                instant(rs, "created_at"),
                instant(rs, "next_attempt_at"),
                instant(rs, "sent_at"),
                instant(rs, "failed_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
