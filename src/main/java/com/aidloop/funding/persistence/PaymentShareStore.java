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

/** The funding shares each card payment carries (funding_payment_share), written once per payment. */
@Repository
public class PaymentShareStore {

    /** A payment's shares: the percentages in force (empty when none were recorded) and its amount split by them. */
    public record PaymentShares(
            long paymentId,
            long batchId,
            String programmeCode,
            Term term,
            Term sharesValidFrom,
            Map<FundingSource, BigDecimal> percentages,
            SourceAmounts parts) {}

    private final JdbcClient jdbc;

    PaymentShareStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the shares of payments not yet recorded; a payment keeps the shares it carried first. */
    public int record(Collection<PaymentShares> shares) {
        int written = 0;
        for (PaymentShares s : shares) {
            written += jdbc.sql("""
                    INSERT INTO funding_payment_share (payment_id, batch_id, programme_code, term, shares_valid_from, amount,
                           %s)
                    VALUES (:payment, :batch, :programme, :term, :validFrom, :amount,
                           %s)
                    ON CONFLICT (payment_id) DO NOTHING
                    """.formatted(ShareColumns.NAMES, ShareColumns.PARAMS))
                    .param("payment", s.paymentId())
                    .param("batch", s.batchId())
                    .param("programme", s.programmeCode())
                    .param("term", s.term().code())
                    .param(
                            "validFrom",
                            s.sharesValidFrom() == null
                                    ? null
                                    : s.sharesValidFrom().code())
                    .param("amount", s.parts().total().yuan())
                    .params(ShareColumns.values(s.percentages(), s.parts()))
                    .update();
        }
        return written;
    }

    /** The recorded parts of these payments, by payment id. */
    public Map<Long, SourceAmounts> partsOf(Collection<Long> paymentIds) {
        Map<Long, SourceAmounts> parts = new HashMap<>();
        if (paymentIds.isEmpty()) {
            return parts;
        }
        jdbc.sql("SELECT * FROM funding_payment_share WHERE payment_id = ANY(:ids)")
                .param("ids", paymentIds.toArray(Long[]::new))
                .query((ResultSet rs) -> {
                    parts.put(rs.getLong("payment_id"), ShareColumns.parts(rs));
                });
        return parts;
    }
}
