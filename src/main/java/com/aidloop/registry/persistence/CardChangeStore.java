package com.aidloop.registry.persistence;

import com.aidloop.registry.CardChangeCarrier;
import com.aidloop.registry.CardChangeRefused;
import com.aidloop.registry.CardChangeStatus;
import com.aidloop.registry.domain.AidCard;
import com.aidloop.registry.domain.AidCardChange;
import com.aidloop.shared.BankCardNumber;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores card changes as aggregates ({@code registry_card_change}): both cards sealed, the new one
 * also indexed and masked. Loading opens the cards, so only the registry's decisions load; pages
 * read {@link CardChangeQueries}. Every load for a decision locks the row until the transaction ends.
 */
@Repository
public class CardChangeStore {

    private static final String COLUMNS = """
            SELECT id, version, student_id, status, old_bank, old_card_sealed, new_bank, new_card_sealed, requested_by, requested_at,
                   carrier_batch_id, carrier_batch_reference, carrier_payment_id, decided_by, decided_at, decision_note
              FROM registry_card_change
            """;

    private final JdbcClient jdbc;
    private final Sealing sealing;

    CardChangeStore(JdbcClient jdbc, Sealing sealing) {
        this.jdbc = jdbc;
        this.sealing = sealing;
    }

    /** Writes a new PENDING change; returns its id. */
    public long insert(AidCardChange change) {
        Map<String, Object> p = new HashMap<>(sealing.card("old", change.oldCard()));
        p.putAll(sealing.card("new", change.newCard()));
        p.put("studentId", change.studentId());
        p.put("requestedBy", change.requestedBy());
        p.put("requestedAt", Timestamp.from(change.requestedAt()));
        CardChangeCarrier carrier = change.carrier();
        p.put("carrierBatchId", carrier == null ? null : carrier.batchId());
        p.put("carrierBatchReference", carrier == null ? null : carrier.batchReference());
        p.put("carrierPaymentId", carrier == null ? null : carrier.paymentId());
        return jdbc.sql("""
                        INSERT INTO registry_card_change (student_id, status, old_bank, old_card_sealed, old_card_masked, new_bank,
                               new_card_sealed, new_card_index, new_card_masked, new_card_luhn_ok, requested_by, requested_at,
                               carrier_batch_id, carrier_batch_reference, carrier_payment_id)
                        VALUES (:studentId, 'PENDING', :oldBank, :oldSealed, :oldMasked, :newBank, :newSealed, :newIndex, :newMasked,
                                :newLuhnOk, :requestedBy, :requestedAt, :carrierBatchId, :carrierBatchReference, :carrierPaymentId)
                        RETURNING id
                        """).paramSource(Sealing.typed(p)).query(Long.class).single();
    }

    /** The change, locked, to decide it. */
    public Optional<AidCardChange> load(long id) {
        return jdbc.sql(COLUMNS + " WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query(this::change)
                .optional();
    }

    /** The student's pending change, locked, if any. */
    public Optional<AidCardChange> pendingOf(long studentId) {
        return jdbc.sql(COLUMNS + " WHERE student_id = :student AND status = 'PENDING' FOR UPDATE")
                .param("student", studentId)
                .query(this::change)
                .optional();
    }

    /** The pending changes a reissue batch carries, locked, in the order they were asked for. */
    public List<AidCardChange> pendingCarriedBy(long batchId) {
        return jdbc.sql(COLUMNS + " WHERE carrier_batch_id = :batch AND status = 'PENDING' ORDER BY id FOR UPDATE")
                .param("batch", batchId)
                .query(this::change)
                .list();
    }

    /** The pending change the reissued payment carries, locked, if any. */
    public Optional<AidCardChange> pendingCarriedByPayment(long paymentId) {
        return jdbc.sql(COLUMNS + " WHERE carrier_payment_id = :payment AND status = 'PENDING' FOR UPDATE")
                .param("payment", paymentId)
                .query(this::change)
                .optional();
    }

    /** Writes a decision or a release over the version read, else {@link CardChangeRefused#changedMeanwhile}. */
    public void save(AidCardChange change) {
        CardChangeCarrier carrier = change.carrier();
        int updated = jdbc.sql("""
                        UPDATE registry_card_change
                           SET version = version + 1, status = :status, decided_by = :decidedBy, decided_at = :decidedAt,
                               decision_note = :note, carrier_batch_id = :carrierBatchId,
                               carrier_batch_reference = :carrierBatchReference, carrier_payment_id = :carrierPaymentId
                         WHERE id = :id AND version = :version AND status = 'PENDING'
                        """)
                .param("id", change.id())
                .param("version", change.version())
                .param("status", change.status().name())
                .param("decidedBy", change.decidedBy())
                .param("decidedAt", change.decidedAt() == null ? null : Timestamp.from(change.decidedAt()))
                .param("note", change.decisionNote())
                .param("carrierBatchId", carrier == null ? null : carrier.batchId())
                .param("carrierBatchReference", carrier == null ? null : carrier.batchReference())
                .param("carrierPaymentId", carrier == null ? null : carrier.paymentId())
                .update();
        if (updated != 1) {
            throw CardChangeRefused.changedMeanwhile();
        }
    }

    private AidCardChange change(ResultSet rs, int row) throws SQLException {
        long batchId = rs.getLong("carrier_batch_id");
        CardChangeCarrier carrier = rs.wasNull()
                ? null
                : new CardChangeCarrier(
                        batchId, rs.getString("carrier_batch_reference"), rs.getLong("carrier_payment_id"));
        return AidCardChange.restore(
                rs.getLong("id"),
                rs.getInt("version"),
                rs.getLong("student_id"),
                CardChangeStatus.valueOf(rs.getString("status")),
                card(rs.getString("old_bank"), rs.getString("old_card_sealed")),
                card(rs.getString("new_bank"), rs.getString("new_card_sealed")),
                rs.getString("requested_by"),
                instant(rs, "requested_at"),
                carrier,
                rs.getString("decided_by"),
                instant(rs, "decided_at"),
                rs.getString("decision_note"));
    }

    private AidCard card(String bank, String sealed) {
        String number = sealing.open(sealed);
        return number == null ? null : new AidCard(bank, new BankCardNumber(number));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
