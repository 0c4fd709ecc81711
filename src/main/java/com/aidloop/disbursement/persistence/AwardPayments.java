package com.aidloop.disbursement.persistence;

import com.aidloop.award.AwardsInPayout;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Answers the award module which of its awards a payout batch holds (before a confirmation is revoked). */
@Repository
class AwardPayments implements AwardsInPayout {

    private final JdbcClient jdbc;

    AwardPayments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> batchesHolding(Collection<Long> awardIds) {
        if (awardIds.isEmpty()) {
            return Set.of();
        }
        return new LinkedHashSet<>(jdbc.sql("""
                        SELECT DISTINCT b.reference FROM disbursement_payment p JOIN disbursement_batch b ON b.id = p.batch_id
                         WHERE p.award_id = ANY(CAST(:ids AS BIGINT[])) ORDER BY b.reference
                        """)
                .param("ids", awardIds.toArray(Long[]::new))
                .query(String.class)
                .list());
    }
}
