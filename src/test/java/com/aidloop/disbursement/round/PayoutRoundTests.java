package com.aidloop.disbursement.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.award.PayableAward;
import com.aidloop.disbursement.BatchAlreadyApproved;
import com.aidloop.disbursement.BatchContributor;
import com.aidloop.disbursement.BatchReview;
import com.aidloop.disbursement.BatchReviewRefused;
import com.aidloop.disbursement.BatchStatus;
import com.aidloop.disbursement.BatchView;
import com.aidloop.disbursement.Contribution;
import com.aidloop.disbursement.ContributorCannotApprove;
import com.aidloop.disbursement.CreatorCannotApprove;
import com.aidloop.disbursement.PayoutFigure;
import com.aidloop.disbursement.RoundView;
import com.aidloop.disbursement.batch.ControlTotals;
import com.aidloop.disbursement.batch.PayoutBatch;
import com.aidloop.disbursement.installment.DueInstallment;
import com.aidloop.disbursement.installment.InstallmentKey;
import com.aidloop.disbursement.installment.InstallmentPlan;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A round splits by issuing bank; one review decides all its batches, with 驳回 and resubmission. */
class PayoutRoundTests {

    private static final Instant NOW = Instant.parse("2026-03-20T02:00:00Z");
    private static final Term SPRING = Term.parse("2026-SPRING");
    private static final ControlTotals TWO = new ControlTotals(2, Money.yuan("1000.00"));

    @Test
    void theIssuingBankIsReadFromTheRegistrysBankNameWhateverTheBranch() {
        assertThat(IssuingBank.of("湖南平江农村商业银行")).isEqualTo("农村商业银行");
        assertThat(IssuingBank.of("平江农商行城关支行")).isEqualTo("农村商业银行");
        assertThat(IssuingBank.of("中国邮政储蓄银行平江县支行")).isEqualTo("中国邮政储蓄银行");
        assertThat(IssuingBank.of("邮储银行")).isEqualTo("中国邮政储蓄银行");
        assertThat(IssuingBank.of("中国农业银行平江县支行")).isEqualTo("中国农业银行");
        assertThat(IssuingBank.of("建行平江支行")).isEqualTo("中国建设银行");
        assertThat(IssuingBank.of("中国工商银行")).isEqualTo("中国工商银行");
        assertThat(IssuingBank.of("中国银行岳阳分行")).isEqualTo("中国银行");
        assertThat(IssuingBank.of(" 平江村镇银行 ")).isEqualTo("平江村镇银行");
        assertThat(IssuingBank.of("  ")).isNull();
        assertThat(IssuingBank.of(null)).isNull();
    }

    @Test
    void eachBankGetsOnlyItsOwnCardsInTheOrderReadAndTheRestIsNamed() {
        RoundSplit split = new RoundSplit(Set.of(5L));
        split.take(award(1, "湖南平江农村商业银行", "sealed", "500.00"));
        split.take(award(2, "中国邮政储蓄银行平江县支行", "sealed", "250.00"));
        split.take(award(3, "平江农商行", "sealed", "312.50"));
        split.take(award(4, null, null, "500.00"));
        split.take(award(5, "中国农业银行", "sealed", "500.00"));
        split.take(award(6, "中国建设银行平江支行", "sealed", "1250.00"));

        assertThat(split.byBank().keySet()).containsExactly("中国建设银行", "中国邮政储蓄银行", "农村商业银行");
        assertThat(split.byBank().get("农村商业银行"))
                .extracting(DueInstallment::awardId)
                .containsExactly(1L, 3L);
        assertThat(RoundSplit.totals(split.byBank().get("农村商业银行")))
                .isEqualTo(new ControlTotals(2, Money.yuan("812.50")));
        assertThat(split.withoutCard()).extracting(PayableAward::awardId).containsExactly(4L);
        assertThat(split.alreadyPaid()).isEqualTo(1);
    }

    @Test
    void aRoundPaysTheInstallmentsDueByItsPayDateAndLeavesTheLaterOnesAndThosePaidAlready() {
        InstallmentPlan monthly = InstallmentPlan.monthly(Money.yuan("1150.00"), SPRING, 5, 10);
        RoundSplit split = new RoundSplit(
                Set.of(new InstallmentKey(1, 1)),
                a -> a.awardId() == 3 ? InstallmentPlan.once(a.amount()) : monthly,
                LocalDate.of(2026, 4, 10));
        split.take(award(1, "中国建设银行平江支行", "sealed", "1150.00"));
        split.take(award(2, "中国建设银行平江支行", "sealed", "1150.00"));
        split.take(award(3, "中国建设银行平江支行", "sealed", "500.00"));

        assertThat(split.byBank().get("中国建设银行"))
                .extracting(d -> d.awardId() + " " + d.installment().label() + " " + d.amount())
                .containsExactly("1 第2/5期 230.00", "2 第1/5期 230.00", "2 第2/5期 230.00", "3  500.00");
        assertThat(split.alreadyPaid()).isEqualTo(1);
        assertThat(split.notYetDue()).isEqualTo(new PayoutFigure(6, Money.yuan("1380.00")));
    }

    @Test
    void aSingleBatchTakesEveryCardWhateverItsBank() {
        RoundSplit split = new RoundSplit(Set.of()).inOneBatch();
        split.take(award(1, null, "sealed", "500.00"));
        split.take(award(2, "平江村镇银行", "sealed", "500.00"));
        split.take(award(3, null, null, "500.00"));

        assertThat(split.byBank().get(RoundSplit.ONE_BATCH))
                .extracting(DueInstallment::awardId)
                .containsExactly(1L, 2L);
        assertThat(split.withoutCard()).extracting(PayableAward::awardId).containsExactly(3L);
    }

    @Test
    void aSecondPersonApprovesEveryBatchOfTheRoundAtOnce() {
        PayoutRound round = round(batch(1, "county", List.of()), batch(2, "county", List.of()));

        List<PayoutBatch> approved = round.approve("county2", NOW, Map.of(1L, TWO, 2L, TWO));

        assertThat(approved).extracting(PayoutBatch::status).containsOnly(BatchStatus.APPROVED);
        assertThat(approved).extracting(PayoutBatch::approvedBy).containsOnly("county2");
    }

    @Test
    void theMakerOfAnyBatchApprovesNoneOfTheRound() {
        PayoutRound byCreator = round(batch(1, "county", List.of()), batch(2, "county", List.of()));
        assertThatThrownBy(() -> byCreator.approve("county", NOW, Map.of(1L, TWO, 2L, TWO)))
                .isInstanceOf(CreatorCannotApprove.class);

        PayoutRound byRemover = round(
                batch(1, "county", List.of()),
                batch(2, "county", List.of(new BatchContributor("county2", Contribution.REMOVED_LINE, NOW))));
        assertThatThrownBy(() -> byRemover.approve("county2", NOW, Map.of(1L, TWO, 2L, TWO)))
                .isInstanceOf(ContributorCannotApprove.class);
        assertThatThrownBy(() -> byRemover.reject("county2", NOW, "卡号有误"))
                .isInstanceOf(BatchReviewRefused.class)
                .extracting("code")
                .isEqualTo("batch.review.makerCannotReject");
    }

    @Test
    void aRejectedRoundWaitsForItsMakerToResubmitBeforeItCanBeApproved() {
        PayoutRound round = round(batch(1, "county", List.of()), batch(2, "county", List.of()));

        assertThatThrownBy(() -> round.reject("county2", NOW, "  "))
                .isInstanceOf(BatchReviewRefused.class)
                .extracting("code")
                .isEqualTo("batch.review.needsOpinion");
        List<PayoutBatch> rejected = round.reject("county2", NOW, "第3行卡号疑似有误，请核实后移除");

        assertThat(rejected).allSatisfy(b -> {
            assertThat(b.status()).isEqualTo(BatchStatus.DRAFT);
            assertThat(b.review().opinion()).isEqualTo("第3行卡号疑似有误，请核实后移除");
            assertThat(b.review().by()).isEqualTo("county2");
        });
        assertThatThrownBy(() -> round.approve("county2", NOW, Map.of(1L, TWO, 2L, TWO)))
                .isInstanceOf(BatchReviewRefused.class)
                .extracting("code")
                .isEqualTo("batch.review.nothingToReview");
        assertThatThrownBy(() -> rejected.getFirst().approve("county2", NOW, TWO))
                .isInstanceOf(BatchReviewRefused.class)
                .extracting("code")
                .isEqualTo("batch.review.returned");
        assertThatThrownBy(() -> round.resubmit("county2"))
                .isInstanceOf(BatchReviewRefused.class)
                .extracting("code")
                .isEqualTo("batch.review.onlyMakersResubmit");

        round.resubmit("county");

        assertThat(round.batches()).allSatisfy(b -> assertThat(b.review()).isNull());
        assertThat(round.approve("county3", NOW, Map.of(1L, TWO, 2L, TWO))).hasSize(2);
    }

    @Test
    void onlyADraftIsRejectedAndOnlyARejectedBatchIsResubmitted() {
        PayoutBatch draft = batch(1, "county", List.of());
        assertThatThrownBy(() -> draft.resubmit("county"))
                .isInstanceOf(BatchReviewRefused.class)
                .extracting("code")
                .isEqualTo("batch.review.notReturned");
        draft.approve("county2", NOW, TWO);
        assertThatThrownBy(() -> draft.reject("county3", NOW, "金额有误")).isInstanceOf(BatchAlreadyApproved.class);
    }

    @Test
    void theRoundsStateIsReadFromItsBatches() {
        BatchView returned = view(1, "county", List.of(), new BatchReview("请核实卡号", "county2", NOW));
        assertThat(roundView(view(1, "county", List.of()), view(2, "county", List.of()))
                        .statusLabel())
                .isEqualTo("待审核");
        assertThat(roundView(returned, view(2, "county", List.of())).statusLabel())
                .isEqualTo("已驳回");
        assertThat(roundView(view(1, "county", List.of()), view(2, "county", List.of()))
                        .hasContributor("county"))
                .isTrue();
    }

    private static PayoutRound round(PayoutBatch... batches) {
        return new PayoutRound(roundView(), List.of(batches));
    }

    private static RoundView roundView(BatchView... batches) {
        return new RoundView(
                7,
                "PR2026S000007",
                SPRING,
                "430626",
                List.of(),
                "平江县",
                List.of("PRIMARY_LIVING_SUBSIDY"),
                "生活补助",
                "county",
                NOW,
                List.of(batches),
                LocalDate.of(2026, 3, 20));
    }

    private static PayoutBatch batch(long id, String creator, List<BatchContributor> others) {
        return PayoutBatch.of(view(id, creator, others));
    }

    private static BatchView view(long id, String creator, List<BatchContributor> others) {
        return view(id, creator, others, null);
    }

    private static BatchView view(long id, String creator, List<BatchContributor> others, BatchReview review) {
        List<BatchContributor> contributors = new java.util.ArrayList<>();
        contributors.add(new BatchContributor(creator, Contribution.CREATED, NOW));
        contributors.addAll(others);
        return new BatchView(
                id,
                0,
                "PB2026S00000" + id,
                SPRING,
                "430626",
                "430626",
                "平江县",
                "PRIMARY_LIVING_SUBSIDY",
                "生活补助",
                BatchStatus.DRAFT,
                2,
                Money.yuan("1000.00"),
                2,
                Money.yuan("1000.00"),
                null,
                null,
                creator,
                NOW,
                null,
                null,
                null,
                null,
                null,
                contributors,
                7L,
                "农村商业银行",
                review);
    }

    private static PayableAward award(long id, String bank, String sealed, String amount) {
        return new PayableAward(
                id,
                SPRING,
                "PRIMARY_LIVING_SUBSIDY",
                "生活补助",
                "PRIMARY",
                Money.yuan(amount),
                id,
                "学生" + id,
                1,
                "2143062611",
                "三市镇中心小学",
                "430626102",
                "430626102",
                "430626102201",
                null,
                null,
                bank,
                sealed,
                sealed == null ? null : "************1234",
                sealed == null ? null : "index",
                NOW,
                "county");
    }
}
