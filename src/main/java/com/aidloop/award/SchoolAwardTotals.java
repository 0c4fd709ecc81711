package com.aidloop.award;

import com.aidloop.iam.DataScope;
import com.aidloop.iam.ScopeFilter;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The confirmed awards of programmes that are settled with the schools (fee waivers, meals), per
 * school and programme: what the county owes each school. Read as the school's awards (the
 * school's staff; a region holding the school), since the money goes to the school.
 */
@Service
public class SchoolAwardTotals {

    /**
     * A term's confirmed awards of one school and programme.
     *
     * @param lowest the smallest award, to tell one standard from several tiers
     * @param highest the largest award
     */
    public record SchoolTotal(
            Term term,
            long schoolId,
            String schoolCode,
            String schoolName,
            String schoolTownshipCode,
            String programmeCode,
            String programmeName,
            long awards,
            Money amount,
            Money lowest,
            Money highest) {

        /** The standard per student as a transfer form prints it: "800.00", or "多档（600.00–1750.00）". */
        public String standard() {
            return lowest.equals(highest)
                    ? lowest.yuan().toPlainString()
                    : "多档（" + lowest.yuan().toPlainString() + "–"
                            + highest.yuan().toPlainString() + "）";
        }
    }

    private final JdbcClient jdbc;

    SchoolAwardTotals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The totals of these programmes in the terms, inside the scope; one grouped query. */
    @Transactional(readOnly = true)
    public List<SchoolTotal> confirmed(Collection<Term> terms, Collection<String> programmeCodes, DataScope scope) {
        if (scope.isNothing() || terms.isEmpty() || programmeCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT term, school_id, max(school_code) AS school_code, max(school_name) AS school_name,
                       max(school_township_code) AS school_township_code, programme_code,
                       max(programme_name) AS programme_name, count(*) AS awards, sum(amount) AS amount,
                       min(amount) AS lowest, max(amount) AS highest
                  FROM award_award a
                 WHERE term = ANY(:terms) AND programme_code = ANY(:programmes) AND confirmed_at IS NOT NULL
                   AND %s
                 GROUP BY term, school_id, programme_code
                 ORDER BY term, school_code, programme_code
                """.formatted(ScopeFilter.awardsOfSchools("a")))
                .param("terms", terms.stream().map(Term::code).toArray(String[]::new))
                .param("programmes", programmeCodes.toArray(String[]::new))
                .params(ScopeFilter.params(scope))
                .query((rs, row) -> new SchoolTotal(
                        Term.parse(rs.getString("term")),
                        rs.getLong("school_id"),
                        rs.getString("school_code"),
                        rs.getString("school_name"),
                        rs.getString("school_township_code"),
                        rs.getString("programme_code"),
                        rs.getString("programme_name"),
                        rs.getLong("awards"),
                        new Money(rs.getBigDecimal("amount")),
                        new Money(rs.getBigDecimal("lowest")),
                        new Money(rs.getBigDecimal("highest"))))
                .list();
    }
}
