package com.aidloop.funding.persistence;

import com.aidloop.funding.FundAllocation;
import com.aidloop.funding.FundingSource;
import com.aidloop.funding.domain.AllocationEntry;
import com.aidloop.iam.DataScope;
import com.aidloop.iam.ScopeFilter;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The register of allocated money (funding_allocation): entries and reversals, never updated. */
@Repository
public class AllocationStore {

    private static final String SELECT = """
            SELECT f.*, r.id AS reversed_by_id
              FROM funding_allocation f
              LEFT JOIN funding_allocation r ON r.reverses_id = f.id
            """;

    private final JdbcClient jdbc;

    AllocationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long add(String countyCode, AllocationEntry entry, String by) {
        return jdbc.sql("""
                INSERT INTO funding_allocation (county_code, programme_code, term, source, amount, document_no,
                                                received_on, note, recorded_by)
                VALUES (:county, :programme, :term, :source, :amount, :documentNo, :receivedOn, :note, :by)
                RETURNING id
                """)
                .param("county", countyCode)
                .param("programme", entry.programmeCode())
                .param("term", entry.term().code())
                .param("source", entry.source().name())
                .param("amount", entry.amount().yuan())
                .param("documentNo", entry.documentNo())
                .param("receivedOn", entry.receivedOn())
                .param("note", entry.note())
                .param("by", by)
                .query(Long.class)
                .single();
    }

    /** Writes the reversal of an entry: the same facts with the negative amount; the unique index refuses a second one. */
    public long reverse(FundAllocation entry, String reason, String by) {
        return jdbc.sql("""
                INSERT INTO funding_allocation (county_code, programme_code, term, source, amount, document_no,
                                                received_on, note, reverses_id, recorded_by)
                SELECT county_code, programme_code, term, source, -amount, document_no, received_on, :note, id, :by
                  FROM funding_allocation WHERE id = :id
                RETURNING id
                """)
                .param("id", entry.id())
                .param("note", reason)
                .param("by", by)
                .query(Long.class)
                .single();
    }

    /** The entry, if the scope covers its county; locked against a concurrent reversal. */
    public Optional<FundAllocation> findForReversal(long id, DataScope scope) {
        return jdbc.sql(SELECT + " WHERE f.id = :id AND " + ScopeFilter.fundAllocations("f") + " FOR UPDATE OF f")
                .param("id", id)
                .params(ScopeFilter.params(scope))
                .query(AllocationStore::map)
                .optional();
    }

    /** The entries of a term inside the scope, reversals included, oldest first. */
    public List<FundAllocation> ofTerm(Term term, DataScope scope) {
        return jdbc.sql(SELECT + " WHERE f.term = :term AND " + ScopeFilter.fundAllocations("f")
                        + " ORDER BY f.received_on, f.id")
                .param("term", term.code())
                .params(ScopeFilter.params(scope))
                .query(AllocationStore::map)
                .list();
    }

    private static FundAllocation map(ResultSet rs, int row) throws SQLException {
        long reverses = rs.getLong("reverses_id");
        Long reversesId = rs.wasNull() ? null : reverses;
        long reversedBy = rs.getLong("reversed_by_id");
        Long reversedById = rs.wasNull() ? null : reversedBy;
        return new FundAllocation(
                rs.getLong("id"),
                rs.getString("county_code"),
                rs.getString("programme_code"),
                Term.parse(rs.getString("term")),
                FundingSource.valueOf(rs.getString("source")),
                new Money(rs.getBigDecimal("amount")),
                rs.getString("document_no"),
                rs.getObject("received_on", java.time.LocalDate.class),
                rs.getString("note"),
                reversesId,
                reversedById,
                rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant());
    }
}
