package com.aidloop.settlement.persistence;

import com.aidloop.iam.DataScope;
import com.aidloop.iam.ScopeFilter;
import com.aidloop.programme.PaymentChannel;
import com.aidloop.settlement.TransferStatus;
import com.aidloop.settlement.TransferTally;
import com.aidloop.settlement.domain.SchoolTransfer;
import com.aidloop.settlement.domain.SchoolTransfer.Stamp;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores transfers to schools (settlement_transfer). A step is saved only from the state the
 * aggregate returned and only if nobody saved the transfer meanwhile (its version).
 */
@Repository
public class TransferStore {

    private static final String SCOPED = " AND " + ScopeFilter.schoolSettlements("t");

    private final JdbcClient jdbc;

    TransferStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next reference of the term, e.g. BF2026S0007. */
    public String nextReference(Term term) {
        long number = jdbc.sql("SELECT nextval('settlement_transfer_number_seq')")
                .query(Long.class)
                .single();
        return "BF" + term.year() + (term.semester() == Term.Semester.SPRING ? "S" : "A")
                + String.format("%04d", number);
    }

    public long insert(SchoolTransfer t) {
        return jdbc.sql("""
                        INSERT INTO settlement_transfer (reference, term, school_id, school_code, school_name, school_township_code,
                               programme_code, programme_name, channel, award_count, amount, standard, account_name,
                               account_bank, account_number_sealed, account_number_masked, status, drafted_at, drafted_by)
                        VALUES (:reference, :term, :school, :schoolCode, :schoolName, :township, :programme, :programmeName,
                                :channel, :awards, :amount, :standard, :accountName, :accountBank, :sealed, :masked,
                                'DRAFT', :at, :by)
                        RETURNING id
                        """)
                .param("reference", t.reference())
                .param("term", t.term().code())
                .param("school", t.school().id())
                .param("schoolCode", t.school().code())
                .param("schoolName", t.school().name())
                .param("township", t.school().townshipCode())
                .param("programme", t.programmeCode())
                .param("programmeName", t.programmeName())
                .param("channel", t.channel().name())
                .param("awards", t.owed().awards())
                .param("amount", t.owed().amount().yuan())
                .param("standard", t.owed().standard())
                .param("accountName", t.account().name())
                .param("accountBank", t.account().bank())
                .param("sealed", t.account().numberSealed())
                .param("masked", t.account().numberMasked())
                .param("at", utc(t.drafted().at()))
                .param("by", t.drafted().by())
                .query(Long.class)
                .single();
    }

    /** Saves the state a step returned; false when the transfer changed since it was read (version). */
    public boolean save(SchoolTransfer t) {
        return jdbc.sql("""
                        UPDATE settlement_transfer
                           SET version = version + 1, award_count = :awards, amount = :amount, standard = :standard,
                               account_name = :accountName, account_bank = :accountBank,
                               account_number_sealed = :sealed, account_number_masked = :masked,
                               status = :status, drafted_at = :draftedAt, drafted_by = :draftedBy,
                               transferred_on = :on, voucher_number = :voucher, transferred_at = :transferredAt,
                               transferred_by = :transferredBy, confirmed_at = :confirmedAt, confirmed_by = :confirmedBy
                         WHERE id = :id AND version = :version
                        """)
                        .param("id", t.id())
                        .param("version", t.version())
                        .param("awards", t.owed().awards())
                        .param("amount", t.owed().amount().yuan())
                        .param("standard", t.owed().standard())
                        .param("accountName", t.account().name())
                        .param("accountBank", t.account().bank())
                        .param("sealed", t.account().numberSealed())
                        .param("masked", t.account().numberMasked())
                        .param("status", t.status().name())
                        .param("draftedAt", utc(t.drafted().at()))
                        .param("draftedBy", t.drafted().by())
                        .param("on", t.transferredOn() == null ? null : Date.valueOf(t.transferredOn()))
                        .param("voucher", t.voucherNumber())
                        .param(
                                "transferredAt",
                                t.transferred() == null
                                        ? null
                                        : utc(t.transferred().at()))
                        .param(
                                "transferredBy",
                                t.transferred() == null ? null : t.transferred().by())
                        .param(
                                "confirmedAt",
                                t.confirmed() == null ? null : utc(t.confirmed().at()))
                        .param(
                                "confirmedBy",
                                t.confirmed() == null ? null : t.confirmed().by())
                        .update()
                == 1;
    }

    /** The transfer if the scope sees it (its school, or a region holding the school). */
    public Optional<SchoolTransfer> find(long id, DataScope scope) {
        return jdbc.sql("SELECT * FROM settlement_transfer t WHERE t.id = :id" + SCOPED)
                .params(ScopeFilter.params(scope))
                .param("id", id)
                .query(TransferStore::transfer)
                .optional();
    }

    /** The transfer of a school, programme and term, whoever sees it (one per school, programme and term). */
    public Optional<SchoolTransfer> find(Term term, long schoolId, String programmeCode) {
        return jdbc.sql("""
                        SELECT * FROM settlement_transfer
                         WHERE term = :term AND school_id = :school AND programme_code = :programme
                        """)
                .param("term", term.code())
                .param("school", schoolId)
                .param("programme", programmeCode)
                .query(TransferStore::transfer)
                .optional();
    }

    /** The term's transfers in the scope, by school and programme. */
    public List<SchoolTransfer> list(Term term, DataScope scope) {
        return jdbc.sql("SELECT * FROM settlement_transfer t WHERE t.term = :term" + SCOPED
                        + " ORDER BY t.school_code, t.programme_code")
                .params(ScopeFilter.params(scope))
                .param("term", term.code())
                .query(TransferStore::transfer)
                .list();
    }

    /** The transfers of the terms in the scope, as progress and the integrity check count them. */
    public List<TransferTally> tallies(Collection<Term> terms, DataScope scope) {
        return jdbc.sql("SELECT * FROM settlement_transfer t WHERE t.term = ANY(:terms)" + SCOPED)
                .params(ScopeFilter.params(scope))
                .param("terms", terms.stream().map(Term::code).toArray(String[]::new))
                .query((rs, n) -> new TransferTally(
                        Term.parse(rs.getString("term")),
                        rs.getLong("school_id"),
                        rs.getString("school_name"),
                        rs.getString("programme_code"),
                        rs.getString("programme_name"),
                        rs.getString("reference"),
                        TransferStatus.valueOf(rs.getString("status")),
                        rs.getLong("award_count"),
                        new Money(rs.getBigDecimal("amount")),
                        PaymentChannel.valueOf(rs.getString("channel")) == PaymentChannel.IN_KIND))
                .list();
    }

    public boolean exists(long id) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM settlement_transfer WHERE id = :id)")
                .param("id", id)
                .query(Boolean.class)
                .single();
    }

    private static SchoolTransfer transfer(ResultSet rs, int row) throws SQLException {
        Date on = rs.getDate("transferred_on");
        return new SchoolTransfer(
                rs.getLong("id"),
                rs.getInt("version"),
                rs.getString("reference"),
                Term.parse(rs.getString("term")),
                new SchoolTransfer.School(
                        rs.getLong("school_id"),
                        rs.getString("school_code"),
                        rs.getString("school_name"),
                        rs.getString("school_township_code")),
                rs.getString("programme_code"),
                rs.getString("programme_name"),
                PaymentChannel.valueOf(rs.getString("channel")),
                new SchoolTransfer.Owed(
                        rs.getLong("award_count"), new Money(rs.getBigDecimal("amount")), rs.getString("standard")),
                new SchoolTransfer.Account(
                        rs.getString("account_name"),
                        rs.getString("account_bank"),
                        rs.getString("account_number_sealed"),
                        rs.getString("account_number_masked")),
                TransferStatus.valueOf(rs.getString("status")),
                stamp(rs, "drafted"),
                on == null ? null : on.toLocalDate(),
                rs.getString("voucher_number"),
                stamp(rs, "transferred"),
                stamp(rs, "confirmed"));
    }

    private static Stamp stamp(ResultSet rs, String step) throws SQLException {
        OffsetDateTime at = rs.getObject(step + "_at", OffsetDateTime.class);
        return at == null ? null : new Stamp(rs.getString(step + "_by"), at.toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
