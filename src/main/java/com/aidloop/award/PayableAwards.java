package com.aidloop.award;

import com.aidloop.iam.DataScope;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The confirmed awards that the payout (一卡兑现) pays: read per term, household township and
 * programme, or by id. Unconfirmed awards are never returned.
 */
@Service
public class PayableAwards {

    private static final int FETCH_SIZE = 2_000;
    private static final String COLUMNS = """
            SELECT id, term, programme_code, programme_name, stage, amount, student_id, student_name,
                   school_id, school_code, school_name, school_township_code, household_township_code,
                   household_village_code, guardian_name, phone_sealed, card_bank, card_number_sealed,
                   card_number_masked, card_number_index, confirmed_at, confirmed_by
              FROM award_award
            """;

    private final JdbcClient jdbc;

    PayableAwards(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Hands every confirmed award of the term, household township and programme inside the scope
     * to {@code sink}, ordered by village, school, student name and id (the bank file's order).
     */
    @Transactional(readOnly = true)
    public void forEach(Term term, String townshipCode, String programmeCode, DataScope scope, Consumer<PayableAward> sink) {
        if (scope.isNothing()) {
            return;
        }
        jdbc.sql(COLUMNS + """
                 WHERE term = :term AND household_township_code = :township AND programme_code = :programme
                   AND confirmed_at IS NOT NULL
                   AND (CAST(:schoolId AS BIGINT) IS NULL OR school_id = :schoolId)
                   AND (CAST(:region AS TEXT) IS NULL
                        OR school_township_code LIKE :region || '%'
                        OR household_township_code LIKE :region || '%'
                        OR household_village_code LIKE :region || '%')
                 ORDER BY household_village_code NULLS LAST, school_code, student_name, id
                """)
                .param("term", term.code())
                .param("township", townshipCode)
                .param("programme", programmeCode)
                .param("schoolId", scope.schoolId())
                .param("region", scope.regionPrefix())
                .withFetchSize(FETCH_SIZE)
                .query(PayableAwards::map)
                .stream()
                .forEach(sink);
    }

    /** The confirmed awards among {@code awardIds} (unconfirmed or unknown ids are left out). */
    @Transactional(readOnly = true)
    public List<PayableAward> byIds(Collection<Long> awardIds) {
        if (awardIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + " WHERE id IN (:ids) AND confirmed_at IS NOT NULL ORDER BY id")
                .param("ids", awardIds)
                .query(PayableAwards::map)
                .list();
    }

    /** Count and sum of the term's confirmed awards inside the scope. */
    @Transactional(readOnly = true)
    public AwardBook.Totals confirmedTotals(Term term, DataScope scope) {
        if (scope.isNothing()) {
            return new AwardBook.Totals(0, Money.ZERO);
        }
        return jdbc.sql("""
                SELECT count(*) AS awards, coalesce(sum(amount), 0) AS amount
                  FROM award_award
                 WHERE term = :term AND confirmed_at IS NOT NULL
                   AND (CAST(:schoolId AS BIGINT) IS NULL OR school_id = :schoolId)
                   AND (CAST(:region AS TEXT) IS NULL
                        OR school_township_code LIKE :region || '%'
                        OR household_township_code LIKE :region || '%'
                        OR household_village_code LIKE :region || '%')
                """)
                .param("term", term.code())
                .param("schoolId", scope.schoolId())
                .param("region", scope.regionPrefix())
                .query((rs, row) -> new AwardBook.Totals(rs.getLong("awards"), new Money(rs.getBigDecimal("amount"))))
                .single();
    }

    private static PayableAward map(ResultSet rs, int row) throws SQLException {
        return new PayableAward(
                rs.getLong("id"),
                Term.parse(rs.getString("term")),
                rs.getString("programme_code"),
                rs.getString("programme_name"),
                rs.getString("stage"),
                new Money(rs.getBigDecimal("amount")),
                rs.getLong("student_id"),
                rs.getString("student_name"),
                rs.getLong("school_id"),
                rs.getString("school_code"),
                rs.getString("school_name"),
                rs.getString("school_township_code"),
                rs.getString("household_township_code"),
                rs.getString("household_village_code"),
                rs.getString("guardian_name"),
                rs.getString("phone_sealed"),
                rs.getString("card_bank"),
                rs.getString("card_number_sealed"),
                rs.getString("card_number_masked"),
                rs.getString("card_number_index"),
                rs.getTimestamp("confirmed_at").toInstant(),
                rs.getString("confirmed_by"));
    }
}
