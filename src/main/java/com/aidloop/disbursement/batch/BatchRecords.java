package com.aidloop.disbursement.batch;

import com.aidloop.disbursement.BatchChangedMeanwhile;
import com.aidloop.disbursement.BatchContributor;
import com.aidloop.disbursement.BatchFilter;
import com.aidloop.disbursement.BatchReview;
import com.aidloop.disbursement.BatchStatus;
import com.aidloop.disbursement.BatchView;
import com.aidloop.disbursement.Contribution;
import com.aidloop.disbursement.PayoutBatches;
import com.aidloop.iam.DataScope;
import com.aidloop.iam.ScopeFilter;
import com.aidloop.shared.Money;
import com.aidloop.shared.Paged;
import com.aidloop.shared.Paging;
import com.aidloop.shared.Term;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The batch table: the one reading of a batch row ({@link BatchView}, from which the aggregate is
 * rebuilt) and every write of one, the status only through {@link #save}. A batch is visible to region accounts whose subtree holds its township; school
 * accounts see none (batches are per household township, not per school).
 */
@Repository
public class BatchRecords {

    /** Scope and search, shared by the list and single reads. */
    private static final String VISIBLE = ScopeFilter.batches("b") + "\n";

    private static final String VIEW = """
            SELECT b.*, l.line_count, l.line_amount, c.contributor_names, c.contributions, c.contributed_at
              FROM disbursement_batch b
              LEFT JOIN LATERAL (SELECT count(*) AS line_count, coalesce(sum(p.amount), 0) AS line_amount
                                   FROM disbursement_payment p WHERE p.batch_id = b.id) l ON TRUE
              LEFT JOIN LATERAL (SELECT array_agg(c.username ORDER BY c.first_at, c.username, c.contribution) AS contributor_names,
                                        array_agg(c.contribution ORDER BY c.first_at, c.username, c.contribution) AS contributions,
                                        array_agg(c.first_at ORDER BY c.first_at, c.username, c.contribution) AS contributed_at
                                   FROM disbursement_batch_contributor c WHERE c.batch_id = b.id) c ON TRUE
            """;

    private final JdbcClient jdbc;

    private final ApplicationEventPublisher events;

    BatchRecords(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public long nextBatchNumber() {
        return jdbc.sql("SELECT nextval('disbursement_batch_seq')")
                .query(Long.class)
                .single();
    }

    /** A new DRAFT batch with its frozen control totals; returns its id. */
    public long insert(
            String reference,
            Term term,
            String townshipCode,
            String programmeCode,
            String programmeName,
            ControlTotals control,
            String createdBy,
            Instant createdAt) {
        return jdbc.sql("""
                INSERT INTO disbursement_batch (reference, term, county_code, township_code, programme_code, programme_name, status,
                                                control_count, control_amount, created_by, created_at)
                VALUES (:reference, :term, :county, :township, :programme, :programmeName, 'DRAFT', :count, :amount, :by, :at)
                RETURNING id
                """)
                .param("reference", reference)
                .param("term", term.code())
                .param("county", townshipCode.substring(0, 6))
                .param("township", townshipCode)
                .param("programme", programmeCode)
                .param("programmeName", programmeName)
                .param("count", control.count())
                .param("amount", control.amount().yuan())
                .param("by", createdBy)
                .param("at", Timestamp.from(createdAt))
                .query(Long.class)
                .single();
    }

    /**
     * A new DRAFT batch of a payout round for one issuing bank, over {@code regionCode} (the county,
     * or a township), its programmes' codes joined by commas; returns its id.
     */
    public long insertForRound(RoundBatch batch, ControlTotals control, String createdBy, Instant createdAt) {
        return jdbc.sql("""
                INSERT INTO disbursement_batch (reference, term, county_code, township_code, programme_code, programme_name, status,
                                                control_count, control_amount, created_by, created_at, round_id, bank_name,
                                                bank_template)
                VALUES (:reference, :term, :county, :region, :programme, :programmeName, 'DRAFT', :count, :amount, :by, :at,
                        :round, :bank, :template)
                RETURNING id
                """)
                .param("reference", batch.reference())
                .param("term", batch.term().code())
                .param("county", batch.regionCode().substring(0, 6))
                .param("region", batch.regionCode())
                .param("programme", String.join(",", batch.programmeCodes()))
                .param("programmeName", batch.programmeNames())
                .param("count", control.count())
                .param("amount", control.amount().yuan())
                .param("by", createdBy)
                .param("at", Timestamp.from(createdAt))
                .param("round", batch.roundId())
                .param("bank", batch.bank())
                .param("template", batch.template())
                .query(Long.class)
                .single();
    }

    /** What a round's batch is made of. */
    public record RoundBatch(
            long roundId,
            String reference,
            Term term,
            String regionCode,
            List<String> programmeCodes,
            String programmeNames,
            String bank,
            String template) {}

    /** Drafts outside rounds waiting for a checker (not sent back), oldest first, at most 50. */
    public List<BatchView> awaitingApproval(DataScope scope) {
        return jdbc.sql(VIEW + " WHERE b.status = 'DRAFT' AND b.returned_by IS NULL AND b.round_id IS NULL"
                        + " AND b.control_count > 0 AND " + VISIBLE + " ORDER BY b.created_at, b.id LIMIT 50")
                .params(ScopeFilter.params(scope))
                .query(BatchRecords::view)
                .list();
    }

    /** The batches of a round inside the scope, by bank. */
    public List<BatchView> ofRound(long roundId, DataScope scope) {
        return jdbc.sql(VIEW + " WHERE b.round_id = :round AND " + VISIBLE + " ORDER BY b.bank_name, b.id")
                .param("round", roundId)
                .params(ScopeFilter.params(scope))
                .query(BatchRecords::view)
                .list();
    }

    /** The aggregate, to change it and {@link #save} it. */
    public Optional<PayoutBatch> find(long id, DataScope scope) {
        return view(id, scope).map(PayoutBatch::of);
    }

    /**
     * Writes the batch's state if nobody changed it since it was read, else {@link BatchChangedMeanwhile},
     * and publishes the events the batch raised (approved, exported, reconciled) in the same transaction.
     * The stored status must be the new one or one {@link BatchStatus#allowedFrom} it: a move the
     * state machine refuses is never written.
     */
    public void save(PayoutBatch batch) {
        int updated = jdbc.sql("""
                UPDATE disbursement_batch
                   SET version = version + 1, status = :status, control_count = :count, control_amount = :amount,
                       approved_by = :approvedBy, approved_at = :approvedAt, exported_by = :exportedBy, exported_at = :exportedAt,
                       bank_template = :template, reconciled_at = :reconciledAt,
                       returned_by = :returnedBy, returned_at = :returnedAt,
                       review_opinion = coalesce(:opinion, review_opinion)
                 WHERE id = :id AND version = :version AND (status = :status OR status = ANY(CAST(:from AS TEXT[])))
                """)
                .param("id", batch.id())
                .param("version", batch.version())
                .param("status", batch.status().name())
                .param("from", names(BatchStatus.allowedFrom(batch.status())))
                .param("count", batch.control().count())
                .param("amount", batch.control().amount().yuan())
                .param("approvedBy", batch.approvedBy())
                .param("approvedAt", timestamp(batch.approvedAt()))
                .param("exportedBy", batch.exportedBy())
                .param("exportedAt", timestamp(batch.exportedAt()))
                .param("template", batch.bankTemplate())
                .param("reconciledAt", timestamp(batch.reconciledAt()))
                .param(
                        "returnedBy",
                        batch.review() == null ? null : batch.review().by())
                .param(
                        "returnedAt",
                        batch.review() == null ? null : timestamp(batch.review().at()))
                .param("opinion", batch.review() == null ? null : batch.review().opinion())
                .update();
        if (updated != 1) {
            throw new BatchChangedMeanwhile().about(PayoutBatches.AUDIT_TYPE, batch.id());
        }
        for (BatchContributor contributor : batch.takeNewContributors()) {
            jdbc.sql("""
                            INSERT INTO disbursement_batch_contributor (batch_id, username, contribution, first_at)
                            VALUES (:batch, :username, :contribution, :at) ON CONFLICT DO NOTHING
                            """)
                    .param("batch", batch.id())
                    .param("username", contributor.username())
                    .param("contribution", contributor.contribution().name())
                    .param("at", timestamp(contributor.since() == null ? Instant.now() : contributor.since()))
                    .update();
        }
        batch.takeEvents().forEach(events::publishEvent);
    }

    public Optional<BatchView> view(long id, DataScope scope) {
        return view(id, scope, "");
    }

    /** The batch, its row locked until the transaction ends: nothing else settles or changes it meanwhile. */
    public Optional<BatchView> locked(long id, DataScope scope) {
        return view(id, scope, " FOR UPDATE OF b");
    }

    private Optional<BatchView> view(long id, DataScope scope, String lock) {
        return jdbc.sql(VIEW + " WHERE b.id = :id AND " + VISIBLE + lock)
                .param("id", id)
                .params(ScopeFilter.params(scope))
                .query(BatchRecords::view)
                .optional();
    }

    /** The id of the batch with this reference (PB…) inside the scope. */
    public Optional<Long> idOf(String reference, DataScope scope) {
        return jdbc.sql("SELECT b.id FROM disbursement_batch b WHERE b.reference = :reference AND " + VISIBLE)
                .param("reference", reference)
                .params(ScopeFilter.params(scope))
                .query(Long.class)
                .optional();
    }

    /** The open reissue batch (a draft paying again what failed in {@code originalId}) of the term, locked, if any. */
    public Optional<Long> openReissueOf(long originalId, Term term) {
        return jdbc.sql("""
                        SELECT id FROM disbursement_batch
                         WHERE reissue_of_batch_id = :original AND term = :term AND status = :draft
                         ORDER BY id LIMIT 1 FOR UPDATE
                        """)
                .param("original", originalId)
                .param("term", term.code())
                .param("draft", BatchStatus.DRAFT.name())
                .query(Long.class)
                .optional();
    }

    /** A new DRAFT batch paying again what failed in {@code original}; empty control totals until lines are added. */
    public long insertReissue(BatchView original, String reference, String by) {
        return jdbc.sql("""
                        INSERT INTO disbursement_batch (reference, term, county_code, township_code, programme_code, programme_name,
                               status, control_count, control_amount, reissue_of_batch_id, bank_template, created_by, bank_name)
                        VALUES (:reference, :term, :county, :township, :programme, :programmeName, 'DRAFT', 0, 0, :original,
                                :template, :by, :bank)
                        RETURNING id
                        """)
                .param("reference", reference)
                .param("term", original.term().code())
                .param("county", original.countyCode())
                .param("township", original.townshipCode())
                .param("programme", original.programmeCode())
                .param("programmeName", original.programmeName())
                .param("original", original.id())
                .param("template", original.bankTemplate())
                .param("by", by)
                .param("bank", original.bankName())
                .query(Long.class)
                .single();
    }

    public Paged<BatchView> list(BatchFilter filter, DataScope scope, Paging paging) {
        String where = """
                 WHERE %s
                   AND (CAST(:term AS TEXT) IS NULL OR b.term = :term)
                   AND %s
                   AND (CAST(:programme AS TEXT) IS NULL OR :programme = ANY(string_to_array(b.programme_code, ',')))
                   AND (CAST(:status AS TEXT) IS NULL OR b.status = :status)
                """.formatted(VISIBLE, ScopeFilter.batchesWithin("b"));
        long total = jdbc.sql("SELECT count(*) FROM disbursement_batch b" + where)
                .params(ScopeFilter.params(scope))
                .param("term", filter.term() == null ? null : filter.term().code())
                .param(ScopeFilter.WITHIN, ScopeFilter.withinParam(blankToNull(filter.region())))
                .param("programme", blankToNull(filter.programmeCode()))
                .param(
                        "status",
                        filter.status() == null ? null : filter.status().name())
                .query(Long.class)
                .single();
        var content = jdbc.sql(VIEW + where + " ORDER BY b.created_at DESC, b.id DESC LIMIT :limit OFFSET :offset")
                .params(ScopeFilter.params(scope))
                .param("term", filter.term() == null ? null : filter.term().code())
                .param(ScopeFilter.WITHIN, ScopeFilter.withinParam(blankToNull(filter.region())))
                .param("programme", blankToNull(filter.programmeCode()))
                .param(
                        "status",
                        filter.status() == null ? null : filter.status().name())
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query(BatchRecords::view)
                .list();
        return Paged.of(content, total, paging);
    }

    private static BatchView view(ResultSet rs, int row) throws SQLException {
        Long reissueOf = rs.getObject("reissue_of_batch_id", Long.class);
        return new BatchView(
                rs.getLong("id"),
                rs.getInt("version"),
                rs.getString("reference"),
                Term.parse(rs.getString("term")),
                rs.getString("county_code"),
                rs.getString("township_code"),
                null,
                rs.getString("programme_code"),
                rs.getString("programme_name"),
                BatchStatus.valueOf(rs.getString("status")),
                rs.getLong("control_count"),
                new Money(rs.getBigDecimal("control_amount")),
                rs.getLong("line_count"),
                new Money(rs.getBigDecimal("line_amount")),
                reissueOf,
                rs.getString("bank_template"),
                rs.getString("created_by"),
                instant(rs, "created_at"),
                rs.getString("approved_by"),
                instant(rs, "approved_at"),
                rs.getString("exported_by"),
                instant(rs, "exported_at"),
                instant(rs, "reconciled_at"),
                contributors(rs),
                rs.getObject("round_id", Long.class),
                rs.getString("bank_name"),
                rs.getString("returned_by") == null
                        ? null
                        : new BatchReview(
                                rs.getString("review_opinion"),
                                rs.getString("returned_by"),
                                instant(rs, "returned_at")));
    }

    private static List<BatchContributor> contributors(ResultSet rs) throws SQLException {
        Array names = rs.getArray("contributor_names");
        if (names == null) {
            return List.of();
        }
        String[] usernames = (String[]) names.getArray();
        String[] contributions = (String[]) rs.getArray("contributions").getArray();
        Timestamp[] at = (Timestamp[]) rs.getArray("contributed_at").getArray();
        List<BatchContributor> contributors = new ArrayList<>(usernames.length);
        for (int i = 0; i < usernames.length; i++) {
            contributors.add(
                    new BatchContributor(usernames[i], Contribution.valueOf(contributions[i]), at[i].toInstant()));
        }
        return contributors;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static String[] names(Set<BatchStatus> statuses) {
        return statuses.stream().map(Enum::name).toArray(String[]::new);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
