package com.aidloop.funding.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.funding.domain.IdleFunds.Idle;
import com.aidloop.funding.domain.IdleFunds.Receipt;
import com.aidloop.shared.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdleFundsTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

    @Test
    void moneyUnpaidLongerThanTheLimitIsIdle() {
        List<Receipt> receipts = List.of(new Receipt(LocalDate.of(2026, 3, 1), Money.yuan("100000.00")));

        Optional<Idle> idle = IdleFunds.find(receipts, Money.yuan("40000.00"), TODAY, 90);

        assertThat(idle).isPresent();
        assertThat(idle.get().amount()).isEqualTo(Money.yuan("60000.00"));
        assertThat(idle.get().since()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(idle.get().days()).isEqualTo(121);
        assertThat(idle.get().explanation()).contains("超过90天").contains("60,000.00");
    }

    @Test
    void moneyReceivedWithinTheLimitIsNotIdleYet() {
        List<Receipt> receipts = List.of(new Receipt(TODAY.minusDays(90), Money.yuan("100000.00")));

        assertThat(IdleFunds.find(receipts, Money.ZERO, TODAY, 90)).isEmpty();
        assertThat(IdleFunds.find(receipts, Money.ZERO, TODAY.plusDays(1), 90)).isPresent();
    }

    @Test
    void paymentsUseTheEarliestMoneyFirst() {
        List<Receipt> receipts = List.of(
                new Receipt(TODAY.minusDays(10), Money.yuan("50000.00")),
                new Receipt(TODAY.minusDays(120), Money.yuan("30000.00")));

        // 30,000 paid covers the old receipt: what is left arrived ten days ago
        assertThat(IdleFunds.find(receipts, Money.yuan("30000.00"), TODAY, 90)).isEmpty();
        // 20,000 paid leaves 10,000 of the old receipt idle for 120 days
        Idle idle = IdleFunds.find(receipts, Money.yuan("20000.00"), TODAY, 90).orElseThrow();
        assertThat(idle.amount()).isEqualTo(Money.yuan("10000.00"));
        assertThat(idle.days()).isEqualTo(120);
    }

    @Test
    void fullyPaidMoneyIsNeverIdle() {
        List<Receipt> receipts = List.of(new Receipt(TODAY.minusDays(300), Money.yuan("100.00")));

        assertThat(IdleFunds.find(receipts, Money.yuan("100.00"), TODAY, 90)).isEmpty();
        assertThat(IdleFunds.find(receipts, Money.yuan("150.00"), TODAY, 90)).isEmpty();
    }
}
