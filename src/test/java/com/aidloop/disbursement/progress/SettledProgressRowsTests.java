package com.aidloop.disbursement.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.award.PayableAwards.PlannedPayout;
import com.aidloop.disbursement.PayoutFigure;
import com.aidloop.disbursement.ProgressRow;
import com.aidloop.programme.PaymentChannel;
import com.aidloop.settlement.TransferStatus;
import com.aidloop.settlement.TransferTally;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A fee waiver paid to the school is on time when its transfer is recorded and the school confirmed
 * it; a card programme of the same school still counts its card payments.
 */
class SettledProgressRowsTests {

    private static final Term SPRING = new Term(2026, Term.Semester.SPRING);
    private static final LocalDate AFTER_DEADLINE = LocalDate.of(2026, 12, 6);
    private static final ProgressRows.SchoolSettlement WAIVER_TO_SCHOOL = settlement(List.of());

    @Test
    void aFeeWaiverWithoutATransferIsLateAfterTheDeadline() {
        ProgressRow row = rows(WAIVER_TO_SCHOOL).getFirst();

        assertThat(row.channel()).isEqualTo(PaymentChannel.SCHOOL);
        assertThat(row.late()).isTrue();
        assertThat(row.daysLate()).isEqualTo(189);
    }

    @Test
    void aTransferRecordedButNotConfirmedByTheSchoolIsStillOutstanding() {
        ProgressRow row =
                rows(settlement(List.of(transfer(TransferStatus.TRANSFERRED)))).getFirst();

        assertThat(row.inBatch()).isEqualTo(new PayoutFigure(120, Money.yuan("96000.00")));
        assertThat(row.paid()).isEqualTo(PayoutFigure.NONE);
        assertThat(row.late()).isTrue();
    }

    @Test
    void aTransferConfirmedByTheSchoolIsPaidAndNotLate() {
        ProgressRow row =
                rows(settlement(List.of(transfer(TransferStatus.CONFIRMED)))).getFirst();

        assertThat(row.paid()).isEqualTo(new PayoutFigure(120, Money.yuan("96000.00")));
        assertThat(row.outstanding().isZero()).isTrue();
        assertThat(row.late()).isFalse();
    }

    @Test
    void aDraftCountsForNothing() {
        ProgressRow row =
                rows(settlement(List.of(transfer(TransferStatus.DRAFT)))).getFirst();

        assertThat(row.inBatch()).isEqualTo(PayoutFigure.NONE);
        assertThat(row.late()).isTrue();
    }

    private static List<ProgressRow> rows(ProgressRows.SchoolSettlement settlement) {
        PlannedPayout waiver = new PlannedPayout(
                SPRING, 9, "平江县第一中学", "430626001", "SENIOR_HIGH_FEE_WAIVER", "免学杂费", 120, Money.yuan("96000.00"));
        return ProgressRows.of(
                List.of(waiver), List.of(), settlement, id -> "?", new DeadlineBook(List.of()), AFTER_DEADLINE);
    }

    private static ProgressRows.SchoolSettlement settlement(List<TransferTally> transfers) {
        return new ProgressRows.SchoolSettlement(
                Map.of(SPRING, Map.of("SENIOR_HIGH_FEE_WAIVER", PaymentChannel.SCHOOL)), transfers);
    }

    private static TransferTally transfer(TransferStatus status) {
        return new TransferTally(
                SPRING,
                9,
                "平江县第一中学",
                "SENIOR_HIGH_FEE_WAIVER",
                "免学杂费",
                "BF2026S0001",
                status,
                120,
                Money.yuan("96000.00"));
    }
}
