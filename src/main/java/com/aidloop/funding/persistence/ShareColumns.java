package com.aidloop.funding.persistence;

import com.aidloop.funding.FundingSource;
import com.aidloop.funding.SourceAmounts;
import com.aidloop.shared.Money;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** The share and amount columns that funding_payment_share and funding_transfer_share have in common. */
final class ShareColumns {

    static final String NAMES = """
            central_share, provincial_share, city_share, county_share, school_share, social_share,
            central_amount, provincial_amount, city_amount, county_amount, school_amount, social_amount,
            unassigned_amount""";

    static final String PARAMS = """
            :p_central, :p_provincial, :p_city, :p_county, :p_school, :p_social,
            :a_central, :a_provincial, :a_city, :a_county, :a_school, :a_social, :a_unassigned""";

    private ShareColumns() {}

    static Map<String, Object> values(Map<FundingSource, BigDecimal> percentages, SourceAmounts parts) {
        Map<String, Object> values = new HashMap<>();
        for (FundingSource source : FundingSource.ALLOCATABLE) {
            String name = source.name().toLowerCase();
            values.put("p_" + name, percentages.get(source));
            values.put("a_" + name, parts.of(source).yuan());
        }
        values.put("a_unassigned", parts.of(FundingSource.UNASSIGNED).yuan());
        return values;
    }

    static SourceAmounts parts(ResultSet rs) throws SQLException {
        Map<FundingSource, Money> parts = new EnumMap<>(FundingSource.class);
        for (FundingSource source : FundingSource.ALLOCATABLE) {
            parts.put(source, new Money(rs.getBigDecimal(source.name().toLowerCase() + "_amount")));
        }
        parts.put(FundingSource.UNASSIGNED, new Money(rs.getBigDecimal("unassigned_amount")));
        return new SourceAmounts(parts);
    }
}
