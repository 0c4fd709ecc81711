package com.aidloop.disbursement.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.award.SchoolAwardTotals.SchoolTotal;
import com.aidloop.disbursement.IntegrityBreak;
import com.aidloop.disbursement.PayoutFigure;
import com.aidloop.settlement.TransferStatus;
import com.aidloop.settlement.TransferTally;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** School and in-kind awards = transfers recorded (+ not yet transferred) = confirmed by schools (+ awaiting them). */
class SettlementChainTests {

    private static final Term SPRING = new Term(2026, Term.Semester.SPRING);
    private static final Set<String> SETTLED = Set.of("SENIOR_HIGH_FEE_WAIVER", "RURAL_NUTRITION");

    @Test
    void everySchoolTransferredAndConfirmedBalances() {
        SettlementChain.Result result = SettlementChain.of(
                SETTLED,
                List.of(
                        owed(1, "SENIOR_HIGH_FEE_WAIVER", 120, "96000.00"),
                        owed(2, "RURAL_NUTRITION", 150, "75000.00")),
                List.of(
                        sent(1, "SENIOR_HIGH_FEE_WAIVER", TransferStatus.CONFIRMED, 120, "96000.00"),
                        sent(2, "RURAL_NUTRITION", TransferStatus.TRANSFERRED, 150, "75000.00")));

        assertThat(result.breaks()).isEmpty();
        assertThat(result.settlement().awards()).isEqualTo(figure(270, "171000.00"));
        assertThat(result.settlement().transferred()).isEqualTo(figure(270, "171000.00"));
        assertThat(result.settlement().confirmed()).isEqualTo(figure(120, "96000.00"));
        assertThat(result.settlement().awaitingSchool()).isEqualTo(figure(150, "75000.00"));
        assertThat(result.settlement().unexplainedAwardsToTransfers().isZero()).isTrue();
        assertThat(result.settlement().unexplainedTransfersToConfirmed().isZero())
                .isTrue();
        assertThat(result.settlement().gaps()).singleElement().satisfies(g -> assertThat(g.state())
                .isEqualTo("已转账，待学校确认"));
    }

    @Test
    void aSchoolWithoutTransferOrWithADraftIsWorkToDoNotABreak() {
        SettlementChain.Result result = SettlementChain.of(
                SETTLED,
                List.of(
                        owed(1, "SENIOR_HIGH_FEE_WAIVER", 120, "96000.00"),
                        owed(2, "RURAL_NUTRITION", 150, "75000.00")),
                List.of(sent(2, "RURAL_NUTRITION", TransferStatus.DRAFT, 150, "75000.00")));

        assertThat(result.breaks()).isEmpty();
        assertThat(result.settlement().notTransferred()).isEqualTo(figure(270, "171000.00"));
        assertThat(result.settlement().gaps()).extracting(g -> g.state()).containsExactly("未生成拨付单", "拨付单待转账");
    }

    @Test
    void aTransferOfAnotherSumOrForACardProgrammeIsABreak() {
        SettlementChain.Result result = SettlementChain.of(
                SETTLED,
                List.of(owed(1, "SENIOR_HIGH_FEE_WAIVER", 121, "96800.00")),
                List.of(
                        sent(1, "SENIOR_HIGH_FEE_WAIVER", TransferStatus.CONFIRMED, 120, "96000.00"),
                        sent(1, "SENIOR_HIGH_NATIONAL_GRANT", TransferStatus.TRANSFERRED, 10, "11500.00")));

        assertThat(result.breaks())
                .extracting(IntegrityBreak::kind)
                .containsExactly(IntegrityBreak.Kind.TRANSFER_DIFFERS, IntegrityBreak.Kind.TRANSFER_FOR_CARD_PROGRAMME);
        assertThat(result.breaks().getFirst().expected()).isEqualTo(Money.yuan("96800.00"));
        assertThat(result.breaks().getFirst().actual()).isEqualTo(Money.yuan("96000.00"));
        assertThat(result.settlement().unexplainedAwardsToTransfers().isZero()).isFalse();
    }

    private static SchoolTotal owed(long school, String programme, long awards, String amount) {
        return new SchoolTotal(
                SPRING,
                school,
                "21430626" + school,
                "学校" + school,
                "430626001",
                programme,
                programme,
                awards,
                Money.yuan(amount),
                Money.yuan("500.00"),
                Money.yuan("800.00"));
    }

    private static TransferTally sent(
            long school, String programme, TransferStatus status, long awards, String amount) {
        return new TransferTally(
                SPRING,
                school,
                "学校" + school,
                programme,
                programme,
                "BF2026S000" + school,
                status,
                awards,
                Money.yuan(amount));
    }

    private static PayoutFigure figure(long count, String amount) {
        return new PayoutFigure(count, Money.yuan(amount));
    }
}
