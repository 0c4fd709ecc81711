package com.aidloop.disbursement.installment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.aidloop.programme.PayingRules;
import com.aidloop.programme.PayoutSchedule;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Awards keep the schedule that was in force when they were confirmed. */
class InstallmentPlansTests {

    private static final Term TERM = new Term(2026, Term.Semester.AUTUMN);
    private static final String GRANT = "VOCATIONAL_NATIONAL_GRANT";
    private static final Instant SWITCHED = Instant.parse("2026-09-01T02:00:00Z");

    @Test
    void anAwardConfirmedBeforeTheSwitchToMonthlyIsPaidAtOnceOneConfirmedAfterInFiveInstallments() {
        PayingRules rules = mock(PayingRules.class);
        when(rules.scheduleChanges()).thenReturn(List.of(Instant.parse("2026-01-01T00:00:00Z"), SWITCHED));
        when(rules.scheduleFor(eq(GRANT), eq(TERM), any(Instant.class))).thenAnswer(call -> {
            Instant at = call.getArgument(2);
            return at.isBefore(SWITCHED)
                    ? PayoutSchedule.oncePerTerm(TERM)
                    : new PayoutSchedule(TERM, PayoutSchedule.Mode.MONTHLY, 5, "", "", SWITCHED, "county");
        });
        InstallmentPlans.Book book = new InstallmentPlans(rules, 10).book();

        InstallmentPlan before = book.of(GRANT, TERM, Money.yuan("1150.00"), SWITCHED.minusSeconds(60));
        InstallmentPlan at = book.of(GRANT, TERM, Money.yuan("1150.00"), SWITCHED);
        InstallmentPlan after = book.of(GRANT, TERM, Money.yuan("1000.00"), SWITCHED.plusSeconds(3600));

        assertThat(before.count()).isEqualTo(1);
        assertThat(before.installments().getFirst().isWhole()).isTrue();
        assertThat(at.count()).isEqualTo(5);
        assertThat(after.installments()).extracting(Installment::amount).containsOnly(Money.yuan("200.00"));
        verify(rules, times(2)).scheduleFor(eq(GRANT), eq(TERM), any(Instant.class));
    }
}
