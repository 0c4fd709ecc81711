package com.aidloop.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.disbursement.IntegrityReport;
import com.aidloop.disbursement.MoneyIntegrity;
import com.aidloop.disbursement.PaymentProgress;
import com.aidloop.disbursement.ProgressRow;
import com.aidloop.iam.DataScope;
import com.aidloop.programme.PayingRules;
import com.aidloop.programme.PayoutSchedule;
import com.aidloop.shared.Term;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo province pays the vocational grant monthly (five installments a term); the demo's round
 * of it, paid on 10 April, holds the first two installments of each award and leaves the other three;
 * progress counts installments, late only once due; the integrity check counts them too.
 */
@SpringBootTest
class DemoInstallmentsTests {

    private static final Term TERM = DemoRoster.TERM;
    private static final DataScope COUNTY = DataScope.region(DemoCounty.CODE);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PayingRules rules;

    @Autowired
    PaymentProgress progress;

    @Autowired
    MoneyIntegrity integrity;

    @Test
    void theVocationalGrantIsPaidMonthlyFiveMonthsATermFromTheDemoTermOn() {
        PayoutSchedule schedule = rules.scheduleFor(DemoInstallments.VOCATIONAL_GRANT, TERM);

        assertThat(schedule.mode()).isEqualTo(PayoutSchedule.Mode.MONTHLY);
        assertThat(schedule.months()).isEqualTo(5);
        assertThat(rules.scheduleFor(DemoInstallments.VOCATIONAL_GRANT, TERM.previous())
                        .mode())
                .isEqualTo(PayoutSchedule.Mode.ONCE_PER_TERM);
    }

    @Test
    void theDemoRoundPaysTheTwoInstallmentsDueByItsPayDateOfEveryConfirmedAwardWithACard() {
        record Line(
                long awardId,
                int installmentNo,
                int installmentCount,
                LocalDate dueOn,
                BigDecimal amount,
                BigDecimal award) {}
        List<Line> lines = jdbc.sql("""
                SELECT p.award_id, p.installment_no, p.installment_count, p.due_on, p.amount, a.amount AS award
                  FROM disbursement_payment p
                  JOIN disbursement_batch b ON b.id = p.batch_id
                  JOIN disbursement_round r ON r.id = b.round_id
                  JOIN award_award a ON a.id = p.award_id
                 WHERE r.term = :term AND r.county_code = :county AND p.programme_code = :grant
                """)
                .param("term", TERM.code())
                .param("county", DemoCounty.CODE)
                .param("grant", DemoInstallments.VOCATIONAL_GRANT)
                .query(Line.class)
                .list();

        assertThat(lines).isNotEmpty();
        assertThat(lines).extracting(Line::installmentCount).containsOnly(5);
        assertThat(lines).extracting(Line::installmentNo).containsOnly(1, 2);
        assertThat(lines).extracting(Line::dueOn).containsOnly(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 4, 10));
        assertThat(lines).allSatisfy(l -> assertThat(l.amount().multiply(BigDecimal.valueOf(5)))
                .isLessThanOrEqualTo(l.award()));
        assertThat(jdbc.sql(
                                "SELECT pay_date FROM disbursement_round WHERE term = :term AND :grant = ANY(programme_codes)")
                        .param("term", TERM.code())
                        .param("grant", DemoInstallments.VOCATIONAL_GRANT)
                        .query(LocalDate.class)
                        .list())
                .containsOnly(DemoAwards.INSTALLMENTS_PAID_BY);
    }

    @Test
    void progressCountsInstallmentsAndOnlyThoseDueCanBeLate() {
        List<ProgressRow> onPayDay = vocational(DemoAwards.INSTALLMENTS_PAID_BY);
        List<ProgressRow> dayAfter = vocational(DemoAwards.INSTALLMENTS_PAID_BY.plusDays(1));
        List<ProgressRow> beforeTheFirst = vocational(LocalDate.of(2026, 3, 9));

        assertThat(onPayDay).isNotEmpty().allSatisfy(r -> {
            assertThat(r.notYetDue().count() * 5).isEqualTo(r.planned().count() * 3);
            assertThat(r.deadline()).isEqualTo(DemoAwards.INSTALLMENTS_PAID_BY);
            assertThat(r.late()).isFalse();
        });
        assertThat(dayAfter).filteredOn(r -> r.paid().count() == 0).isNotEmpty().allSatisfy(r -> {
            assertThat(r.late()).isTrue();
            assertThat(r.dueOutstanding().count() * 5).isEqualTo(r.planned().count() * 2);
        });
        assertThat(beforeTheFirst).allSatisfy(r -> {
            assertThat(r.notYetDue()).isEqualTo(r.planned());
            assertThat(r.late()).isFalse();
        });
    }

    @Test
    void theIntegrityCheckCountsFiveInstallmentsForAVocationalGrantAward() {
        long vocational = jdbc.sql("""
                SELECT count(*) FROM award_award
                 WHERE term = :term AND programme_code = :grant AND confirmed_at IS NOT NULL""")
                .param("term", TERM.code())
                .param("grant", DemoInstallments.VOCATIONAL_GRANT)
                .query(Long.class)
                .single();

        IntegrityReport report = integrity.check(TERM, COUNTY);

        assertThat(vocational).isPositive();
        assertThat(report.installments().count() - report.confirmed().count()).isEqualTo(4 * vocational);
        assertThat(report.installments().amount()).isEqualTo(report.confirmed().amount());
        assertThat(report.unexplainedAwardsToInstallments().isZero()).isTrue();
        assertThat(report.unexplainedAwardsToBatches().isZero()).isTrue();
        assertThat(report.breaks())
                .as("the first two of five installments are the plan's, not another amount")
                .noneMatch(b -> b.kind() == com.aidloop.disbursement.IntegrityBreak.Kind.AMOUNT_DIFFERS);
    }

    private List<ProgressRow> vocational(LocalDate today) {
        return progress.rows(List.of(TERM), COUNTY, today).stream()
                .filter(r -> r.programmeCode().equals(DemoInstallments.VOCATIONAL_GRANT))
                .toList();
    }
}
