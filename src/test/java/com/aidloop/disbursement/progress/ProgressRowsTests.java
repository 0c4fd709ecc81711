package com.aidloop.disbursement.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.award.PayableAwards.PlannedPayout;
import com.aidloop.disbursement.PayoutFigure;
import com.aidloop.disbursement.ProgressRow;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressRowsTests {

    private static final Term SPRING = new Term(2026, Term.Semester.SPRING);
    private static final DeadlineBook DEADLINES = new DeadlineBook(List.of());

    @Test
    void outstandingIsPlannedLessPaidAndLateOnlyAfterTheDeadline() {
        List<PlannedPayout> planned = List.of(plan(1, "三市镇中心小学", "1000.00", 4));
        List<PaymentTallies.Tally> lines =
                List.of(tally(1, figure(3, "750.00"), figure(2, "500.00"), figure(1, "250.00")));

        ProgressRow onTheDay = ProgressRows.of(planned, lines, id -> "?", DEADLINES, LocalDate.of(2026, 5, 31))
                .getFirst();
        ProgressRow dayAfter = ProgressRows.of(planned, lines, id -> "?", DEADLINES, LocalDate.of(2026, 6, 1))
                .getFirst();

        assertThat(onTheDay.outstanding()).isEqualTo(figure(2, "500.00"));
        assertThat(onTheDay.daysLeft()).isZero();
        assertThat(onTheDay.late()).isFalse();
        assertThat(dayAfter.late()).isTrue();
        assertThat(dayAfter.daysLate()).isEqualTo(1);
    }

    @Test
    void nothingOutstandingIsNeverLate() {
        ProgressRow row = ProgressRows.of(
                        List.of(plan(1, "三市镇中心小学", "500.00", 2)),
                        List.of(tally(1, figure(2, "500.00"), figure(2, "500.00"), PayoutFigure.NONE)),
                        id -> "?",
                        DEADLINES,
                        LocalDate.of(2026, 9, 1))
                .getFirst();

        assertThat(row.outstanding().isZero()).isTrue();
        assertThat(row.late()).isFalse();
        assertThat(row.daysLate()).isEqualTo(93);
    }

    @Test
    void linesWithoutConfirmedAwardsStillGetARowAndLateRowsComeFirst() {
        List<ProgressRow> rows = ProgressRows.of(
                List.of(plan(1, "安定镇中心小学", "500.00", 1), plan(2, "三市镇中心小学", "500.00", 1)),
                List.of(
                        tally(1, figure(1, "500.00"), figure(1, "500.00"), PayoutFigure.NONE),
                        tally(9, figure(1, "300.00"), figure(1, "300.00"), PayoutFigure.NONE)),
                id -> "学校" + id,
                DEADLINES,
                LocalDate.of(2026, 6, 10));

        assertThat(rows).extracting(ProgressRow::schoolName).containsExactly("三市镇中心小学", "安定镇中心小学", "学校9");
        assertThat(rows.getFirst().late()).isTrue();
        assertThat(rows.get(2).planned()).isEqualTo(PayoutFigure.NONE);
        assertThat(rows.get(2).outstanding()).isEqualTo(figure(-1, "-300.00"));
    }

    private static PlannedPayout plan(long school, String name, String amount, long awards) {
        return new PlannedPayout(
                SPRING, school, name, "430626102", "PRIMARY_LIVING_SUBSIDY", "生活补助", awards, Money.yuan(amount));
    }

    private static PaymentTallies.Tally tally(
            long school, PayoutFigure inBatch, PayoutFigure paid, PayoutFigure failed) {
        return new PaymentTallies.Tally(SPRING, school, "PRIMARY_LIVING_SUBSIDY", "生活补助", inBatch, paid, failed);
    }

    private static PayoutFigure figure(long count, String amount) {
        return new PayoutFigure(count, Money.yuan(amount));
    }
}
