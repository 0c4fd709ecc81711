package com.aidloop.disbursement.batch;

import com.aidloop.award.AwardsInPayout;
import com.aidloop.shared.Term;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Answers the award module which of its awards a payout batch holds (before a confirmation is
 * revoked). By term first: the index on the term's payments serves it, while the only index on
 * {@code award_id} is the partial one of live payments.
 */
@Repository
class AwardPayments implements AwardsInPayout {

    private final JdbcClient jdbc;

    AwardPayments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> batchesHolding(Term term, Collection<Long> awardIds) {
        if (awardIds.isEmpty()) {
            return Set.of();
        }
        return new LinkedHashSet<>(jdbc.sql("""
                        SELECT DISTINCT b.reference FROM disbursement_payment p JOIN disbursement_batch b ON b.id = p.batch_id
                         WHERE p.term = :term AND p.award_id = ANY(CAST(:ids AS BIGINT[])) ORDER BY b.reference
                        """)
                .param("term", term.code())
                .param("ids", awardIds.toArray(Long[]::new))
                .query(String.class)
                .list());
    }
}
