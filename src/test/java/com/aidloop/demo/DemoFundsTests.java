package com.aidloop.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.funding.FundingReport;
import com.aidloop.funding.FundingReports;
import com.aidloop.funding.FundingSource;
import com.aidloop.iam.DataScope;
import com.aidloop.shared.Money;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo county's funding register gives the report of 2026年春季学期 real work: the budget
 * notices of two programmes against the confirmed awards, and one line of idle money (闲置沉淀).
 */
@SpringBootTest
class DemoFundsTests {

    @Autowired
    FundingReports reports;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSpringTermShowsTheNoticesAgainstTheConfirmedAwardsAndOneIdleLine() {
        FundingReport report = reports.report(DemoRoster.TERM, "COUNTY", DataScope.region(DemoCounty.CODE), "平江县");

        assertThat(report.allocated()).isEqualTo(Money.yuan("1240000.00"));
        assertThat(report.confirmed().yuan().signum()).isPositive();
        List<FundingReport.Row> idle =
                report.rows().stream().filter(FundingReport.Row::flagged).toList();
        assertThat(idle).hasSize(1);
        assertThat(idle.getFirst().programmeCode()).isEqualTo("PRIMARY_LIVING_SUBSIDY");
        assertThat(idle.getFirst().source()).isEqualTo(FundingSource.CENTRAL);
        assertThat(idle.getFirst().idleDays()).isGreaterThanOrEqualTo(150);
        assertThat(idle.getFirst().idleReason()).contains("超过90天");
        // the confirmed awards split by source add up to the awards themselves, to the fen
        BigDecimal awarded = jdbc.sql("""
                        SELECT sum(amount) FROM award_award
                         WHERE term = :term AND confirmed_at IS NOT NULL AND household_township_code LIKE '430626%'
                        """)
                .param("term", DemoRoster.TERM.code())
                .query(BigDecimal.class)
                .single();
        assertThat(report.confirmed().yuan()).isEqualByComparingTo(awarded);
    }
}
