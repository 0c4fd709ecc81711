package com.aidloop.settlement.persistence;

import com.aidloop.iam.DataScope;
import com.aidloop.iam.ScopeFilter;
import com.aidloop.settlement.ProvisionView;
import com.aidloop.settlement.domain.MealProvision;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.sql.Date;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the meals schools served per month (settlement_meal_provision); a month recorded again replaces it. */
@Repository
public class ProvisionStore {

    private final JdbcClient jdbc;

    ProvisionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void save(long schoolId, String township, String programmeCode, MealProvision p, Instant at, String by) {
        jdbc.sql("""
                        INSERT INTO settlement_meal_provision (school_id, school_township_code, programme_code, term, month,
                               days_served, students_served, amount, recorded_at, recorded_by)
                        VALUES (:school, :township, :programme, :term, :month, :days, :students, :amount, :at, :by)
                        ON CONFLICT (school_id, programme_code, month) DO UPDATE
                           SET days_served = EXCLUDED.days_served, students_served = EXCLUDED.students_served,
                               amount = EXCLUDED.amount, recorded_at = EXCLUDED.recorded_at, recorded_by = EXCLUDED.recorded_by
                        """)
                .param("school", schoolId)
                .param("township", township)
                .param("programme", programmeCode)
                .param("term", p.term().code())
                .param("month", Date.valueOf(p.month().atDay(1)))
                .param("days", p.daysServed())
                .param("students", p.studentsServed())
                .param("amount", p.amount().yuan())
                .param("at", at.atOffset(ZoneOffset.UTC))
                .param("by", by)
                .update();
    }

    /** The term's months in the scope (a school's own; a region's schools), by school, programme and month. */
    public List<ProvisionView> list(Term term, DataScope scope) {
        return jdbc.sql("SELECT * FROM settlement_meal_provision t WHERE t.term = :term AND "
                        + ScopeFilter.schoolSettlements("t") + " ORDER BY t.school_id, t.programme_code, t.month")
                .params(ScopeFilter.params(scope))
                .param("term", term.code())
                .query((rs, n) -> new ProvisionView(
                        rs.getLong("id"),
                        rs.getLong("school_id"),
                        rs.getString("programme_code"),
                        Term.parse(rs.getString("term")),
                        YearMonth.from(rs.getDate("month").toLocalDate()),
                        rs.getInt("days_served"),
                        rs.getInt("students_served"),
                        new Money(rs.getBigDecimal("amount")),
                        rs.getObject("recorded_at", java.time.OffsetDateTime.class)
                                .toInstant(),
                        rs.getString("recorded_by")))
                .list();
    }
}
