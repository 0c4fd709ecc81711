package com.aidloop.settlement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aidloop.programme.PaymentChannel;
import com.aidloop.settlement.SettlementRefused;
import com.aidloop.settlement.TransferStatus;
import com.aidloop.settlement.domain.SchoolTransfer.Stamp;
import com.aidloop.shared.Money;
import com.aidloop.shared.Refusal.Kind;
import com.aidloop.shared.Term;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The life of a 资金拨付单: drafted, transferred by the county, confirmed by its own school, each step once. */
class SchoolTransferTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 10);
    private static final long SCHOOL = 42L;
    private static final Stamp COUNTY = new Stamp("county", Instant.parse("2026-04-20T02:00:00Z"));
    private static final Stamp STAFF = new Stamp("school3", Instant.parse("2026-04-22T02:00:00Z"));

    private static SchoolTransfer draft() {
        return SchoolTransfer.draft(
                        "BF2026S0001",
                        new Term(2026, Term.Semester.SPRING),
                        new SchoolTransfer.School(SCHOOL, "2143062601", "平江县第一中学", "430626001"),
                        "SENIOR_HIGH_FEE_WAIVER",
                        "免学杂费",
                        PaymentChannel.SCHOOL,
                        new SchoolTransfer.Owed(120, Money.yuan("96000.00"), "800.00"),
                        new SchoolTransfer.Account("平江县第一中学", "中国农业银行平江县支行", "sealed", "****0601"),
                        COUNTY)
                .withId(7);
    }

    @Test
    void aDraftIsTransferredWithDateAndVoucherThenConfirmedByItsSchool() {
        SchoolTransfer transferred = draft().recordTransfer(LocalDate.of(2026, 4, 20), " 记-0418 ", TODAY, COUNTY);
        SchoolTransfer confirmed = transferred.confirmReceipt(SCHOOL, STAFF);

        assertThat(transferred.status()).isEqualTo(TransferStatus.TRANSFERRED);
        assertThat(transferred.voucherNumber()).isEqualTo("记-0418");
        assertThat(confirmed.status()).isEqualTo(TransferStatus.CONFIRMED);
        assertThat(confirmed.confirmed()).isEqualTo(STAFF);
        assertThat(confirmed.transferredOn()).isEqualTo(LocalDate.of(2026, 4, 20));
    }

    @Test
    void refusesToConfirmBeforeTheMoneyIsTransferred() {
        SettlementRefused refused =
                catchThrowableOfType(SettlementRefused.class, () -> draft().confirmReceipt(SCHOOL, STAFF));

        assertThat(refused.code()).isEqualTo("transfer.notYetTransferred");
        assertThat(refused.getLocalizedMessage()).isEqualTo("资金拨付单BF2026S0001尚未登记转账，资金到账后才能确认");
    }

    @Test
    void onlyTheSchoolItselfConfirmsNeitherAnotherSchoolNorTheCounty() {
        SchoolTransfer transferred = draft().recordTransfer(TODAY, "记-1", TODAY, COUNTY);

        SettlementRefused otherSchool =
                catchThrowableOfType(SettlementRefused.class, () -> transferred.confirmReceipt(43L, STAFF));
        SettlementRefused county =
                catchThrowableOfType(SettlementRefused.class, () -> transferred.confirmReceipt(null, COUNTY));

        assertThat(otherSchool.kind()).isEqualTo(Kind.FORBIDDEN);
        assertThat(otherSchool.getLocalizedMessage()).isEqualTo("资金拨付单BF2026S0001只能由平江县第一中学的资助专员确认到账");
        assertThat(county.code()).isEqualTo("transfer.onlyTheSchoolConfirms");
    }

    @Test
    void aTransferIsRecordedOnceAndConfirmedOnce() {
        SchoolTransfer transferred = draft().recordTransfer(TODAY, "记-1", TODAY, COUNTY);
        SchoolTransfer confirmed = transferred.confirmReceipt(SCHOOL, STAFF);

        assertThat(catchThrowableOfType(
                                SettlementRefused.class, () -> transferred.recordTransfer(TODAY, "记-2", TODAY, COUNTY))
                        .getLocalizedMessage())
                .isEqualTo("资金拨付单BF2026S0001已于2026-05-10登记转账，不能重新生成或再次登记");
        assertThat(catchThrowableOfType(SettlementRefused.class, () -> confirmed.confirmReceipt(SCHOOL, STAFF))
                        .getLocalizedMessage())
                .isEqualTo("资金拨付单BF2026S0001已由school3确认到账，无需再次确认");
    }

    @Test
    void aDraftIsDrawnAgainFromTheAwardsButNotOnceTransferred() {
        SchoolTransfer.Owed more = new SchoolTransfer.Owed(121, Money.yuan("96800.00"), "800.00");
        SchoolTransfer redrawn = draft().redraw(more, draft().account(), COUNTY);
        SchoolTransfer transferred = redrawn.recordTransfer(TODAY, "记-1", TODAY, COUNTY);

        assertThat(redrawn.owed()).isEqualTo(more);
        assertThat(catchThrowableOfType(
                                SettlementRefused.class, () -> transferred.redraw(more, transferred.account(), COUNTY))
                        .code())
                .isEqualTo("transfer.alreadyTransferred");
    }

    @Test
    void refusesATransferWithoutVoucherOrDatedAfterToday() {
        assertThat(catchThrowableOfType(
                                SettlementRefused.class, () -> draft().recordTransfer(TODAY, " ", TODAY, COUNTY))
                        .getLocalizedMessage())
                .isEqualTo("请填写转账凭证号");
        assertThat(catchThrowableOfType(SettlementRefused.class, () -> draft().recordTransfer(
                                        TODAY.plusDays(1), "记-1", TODAY, COUNTY))
                        .getLocalizedMessage())
                .isEqualTo("转账日期2026-05-11晚于今天，请填写实际转账的日期");
        assertThat(catchThrowableOfType(SettlementRefused.class, () -> draft().recordTransfer(
                                        TODAY, "=HYPERLINK(1)", TODAY, COUNTY))
                        .code())
                .isEqualTo("transfer.voucherFormat");
    }

    @Test
    void aCardProgrammeIsNeverSettledWithTheSchool() {
        SchoolTransfer d = draft();
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new SchoolTransfer(
                        d.id(),
                        0,
                        d.reference(),
                        d.term(),
                        d.school(),
                        "SENIOR_HIGH_NATIONAL_GRANT",
                        "国家助学金",
                        PaymentChannel.CARD,
                        d.owed(),
                        d.account(),
                        d.status(),
                        d.drafted(),
                        null,
                        null,
                        null,
                        null));
    }

    @Test
    void theAccountShowsOnlyItsMaskedNumber() {
        assertThat(draft().account().toString()).contains("****0601").doesNotContain("sealed");
    }
}
