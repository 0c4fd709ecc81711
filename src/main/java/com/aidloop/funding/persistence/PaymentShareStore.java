package com.aidloop.funding.persistence;

import com.aidloop.funding.FundingSource;
import com.aidloop.funding.SourceAmounts;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
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

    private static final List<FundingSource> COLUMNS = FundingSource.ALLOCATABLE;

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
                           central_share, provincial_share, city_share, county_share, school_share, social_share,
                           central_amount, provincial_amount, city_amount, county_amount, school_amount, social_amount,
                           unassigned_amount)
                    VALUES (:payment, :batch, :programme, :term, :validFrom, :amount,
                           :p_central, :p_provincial, :p_city, :p_county, :p_school, :p_social,
                           :a_central, :a_provincial, :a_city, :a_county, :a_school, :a_social, :a_unassigned)
                    ON CONFLICT (payment_id) DO NOTHING
                    """)
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
                    .params(columns(s))
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
                    parts.put(rs.getLong("payment_id"), parts(rs));
                });
        return parts;
    }

    private static Map<String, Object> columns(PaymentShares s) {
        Map<String, Object> values = new HashMap<>();
        for (FundingSource source : COLUMNS) {
            String name = source.name().toLowerCase();
            values.put("p_" + name, s.percentages().get(source));
            values.put("a_" + name, s.parts().of(source).yuan());
        }
        values.put("a_unassigned", s.parts().of(FundingSource.UNASSIGNED).yuan());
        return values;
    }

    private static SourceAmounts parts(ResultSet rs) throws SQLException {
        Map<FundingSource, Money> parts = new EnumMap<>(FundingSource.class);
        for (FundingSource source : COLUMNS) {
            parts.put(source, new Money(rs.getBigDecimal(source.name().toLowerCase() + "_amount")));
        }
        parts.put(FundingSource.UNASSIGNED, new Money(rs.getBigDecimal("unassigned_amount")));
        return new SourceAmounts(parts);
    }
}
