package com.aidloop.disbursement.installment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InstallmentPlanTests {

    private static final Term SPRING = new Term(2026, Term.Semester.SPRING);
    private static final Term AUTUMN = new Term(2026, Term.Semester.AUTUMN);

    @ParameterizedTest(name = "{0} yuan in {1} months: {2}, last {3}")
    @CsvSource(delimiter = '|', textBlock = """
            1150.00 | 5 | 230.00 | 230.00
            1000.00 | 3 | 333.33 | 333.34
            1000.00 | 6 | 166.66 | 166.70
            0.05    | 5 | 0.01   | 0.01
            0.07    | 5 | 0.01   | 0.03
            1150.00 | 1 | 1150.00 | 1150.00
            999.99  | 4 | 249.99 | 250.02
            """)
    void equalInstallmentsInFenTheLastTakesTheRemainderAndTheyAddUpToTheAward(
            String award, int months, String each, String last) {
        InstallmentPlan plan = InstallmentPlan.monthly(Money.yuan(award), SPRING, months, 10);

        assertThat(plan.count()).isEqualTo(months);
        assertThat(plan.installments().subList(0, months - 1))
                .allMatch(i -> i.amount().equals(Money.yuan(each)));
        assertThat(plan.installments().getLast().amount()).isEqualTo(Money.yuan(last));
        assertThat(plan.installments().stream().map(Installment::amount).reduce(Money.ZERO, Money::plus))
                .isEqualTo(Money.yuan(award));
        assertThat(plan.installments())
                .extracting(Installment::number)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, months)
                        .boxed()
                        .toList());
        assertThat(plan.installments()).extracting(Installment::count).containsOnly(months);
    }

    @ParameterizedTest(name = "{0} in {1} months, day {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-SPRING | 5 | 10 | 2026-03-10 2026-04-10 2026-05-10 2026-06-10 2026-07-10
            2026-AUTUMN | 5 | 10 | 2026-09-10 2026-10-10 2026-11-10 2026-12-10 2027-01-10
            2026-SPRING | 6 | 1  | 2026-02-01 2026-03-01 2026-04-01 2026-05-01 2026-06-01 2026-07-01
            2026-AUTUMN | 6 | 28 | 2026-08-28 2026-09-28 2026-10-28 2026-11-28 2026-12-28 2027-01-28
            2026-SPRING | 1 | 15 | 2026-03-15
            2026-AUTUMN | 2 | 20 | 2026-09-20 2026-10-20
            """)
    void installmentsFallDueOnTheDayOfEachMonthFromTheTermsFirstTeachingMonth(
            String term, int months, int day, String dueDays) {
        InstallmentPlan plan = InstallmentPlan.monthly(Money.yuan("1150.00"), Term.parse(term), months, day);

        assertThat(plan.installments())
                .extracting(Installment::dueOn)
                .containsExactlyElementsOf(
                        Arrays.stream(dueDays.split(" ")).map(LocalDate::parse).toList());
    }

    @ParameterizedTest(name = "on {0}: {1} due, {2} not yet")
    @CsvSource(delimiter = '|', textBlock = """
            2026-09-09 | 0 | 5
            2026-09-10 | 1 | 4
            2026-12-06 | 3 | 2
            2027-01-10 | 5 | 0
            """)
    void anInstallmentIsDueOnItsDayAndNotBefore(String date, int due, int notYet) {
        InstallmentPlan plan = InstallmentPlan.monthly(Money.yuan("1150.00"), AUTUMN, 5, 10);
        LocalDate on = LocalDate.parse(date);

        assertThat(plan.dueBy(on)).hasSize(due);
        assertThat(plan.notYetDueOn(on)).hasSize(notYet);
        assertThat(plan.dueBy(on)).extracting(Installment::number).allMatch(n -> n <= due);
    }

    @Test
    void anAwardPaidOncePerTermIsOneInstallmentAlwaysDueAndUnlabelled() {
        InstallmentPlan plan = InstallmentPlan.once(Money.yuan("1500.00"));

        assertThat(plan.installments()).containsExactly(Installment.whole(Money.yuan("1500.00")));
        assertThat(plan.dueBy(LocalDate.of(2000, 1, 1))).hasSize(1);
        assertThat(plan.installments().getFirst().label()).isEmpty();
    }

    @Test
    void anInstallmentOfSeveralReadsFirstOfFive() {
        InstallmentPlan plan = InstallmentPlan.monthly(Money.yuan("1150.00"), SPRING, 5, 10);

        assertThat(plan.installments())
                .extracting(Installment::label)
                .containsExactly("第1/5期", "第2/5期", "第3/5期", "第4/5期", "第5/5期");
        assertThat(Installment.label(1, 1)).isEmpty();
    }

    @Test
    void refusesASplitThatCannotPayEveryMonthOrADayNotInEveryMonth() {
        assertThatThrownBy(() -> InstallmentPlan.monthly(Money.yuan("0.04"), SPRING, 5, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InstallmentPlan.monthly(Money.yuan("100.00"), SPRING, 7, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InstallmentPlan.monthly(Money.yuan("100.00"), SPRING, 5, 31))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(List.of(InstallmentPlan.FIRST_DAY, InstallmentPlan.LAST_DAY)).containsExactly(1, 28);
    }
}
