package com.aidloop.funding.persistence;

import com.aidloop.funding.FundingSource;
import com.aidloop.funding.SourceAmounts;
import com.aidloop.shared.Term;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The funding shares each school transfer carries (funding_transfer_share), written once per transfer. */
@Repository
public class TransferShareStore {

    /** A transfer's shares: the percentages in force (empty when none were recorded) and its amount split by them. */
    public record TransferShares(
            long transferId,
            String programmeCode,
            Term term,
            Term sharesValidFrom,
            Map<FundingSource, BigDecimal> percentages,
            SourceAmounts parts) {}

    private final JdbcClient jdbc;

    TransferShareStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the shares unless the transfer has them already; a transfer keeps the shares it carried first. */
    public boolean record(TransferShares s) {
        return jdbc.sql("""
                        INSERT INTO funding_transfer_share (transfer_id, programme_code, term, shares_valid_from, amount,
                               %s)
                        VALUES (:transfer, :programme, :term, :validFrom, :amount,
                               %s)
                        ON CONFLICT (transfer_id) DO NOTHING
                        """.formatted(ShareColumns.NAMES, ShareColumns.PARAMS))
                        .param("transfer", s.transferId())
                        .param("programme", s.programmeCode())
                        .param("term", s.term().code())
                        .param(
                                "validFrom",
                                s.sharesValidFrom() == null
                                        ? null
                                        : s.sharesValidFrom().code())
                        .param("amount", s.parts().total().yuan())
                        .params(ShareColumns.values(s.percentages(), s.parts()))
                        .update()
                == 1;
    }

    /** The recorded parts of these transfers, by transfer id. */
    public Map<Long, SourceAmounts> partsOf(Collection<Long> transferIds) {
        Map<Long, SourceAmounts> parts = new HashMap<>();
        if (transferIds.isEmpty()) {
            return parts;
        }
        jdbc.sql("SELECT * FROM funding_transfer_share WHERE transfer_id = ANY(:ids)")
                .param("ids", transferIds.toArray(Long[]::new))
                .query((ResultSet rs) -> {
                    parts.put(rs.getLong("transfer_id"), ShareColumns.parts(rs));
                });
        return parts;
    }
}
