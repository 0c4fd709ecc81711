package com.aidloop.settlement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.shared.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Meals are settled from the student days a school recorded, at the daily standard. */
class MealSettlementTests {

    @Test
    void paysTheStudentDaysRecordedAtTheDailyStandardNotTheAwards() {
        MealSettlement meals = MealSettlement.of(
                Money.yuan("500.00"), List.of(new MealSettlement.Month(20, 4), new MealSettlement.Month(18, 3)));

        assertThat(meals.dailyStandard()).isEqualTo(Money.yuan("5.00"));
        assertThat(meals.studentDays()).isEqualTo(134);
        assertThat(meals.amount()).isEqualTo(Money.yuan("670.00"));
        assertThat(meals.standardText()).isEqualTo("5.00 元/人·天 × 134 人天");
    }

    @Test
    void theOlderStandardOfFourYuanADayAndNoMonthsRecorded() {
        assertThat(MealSettlement.of(Money.yuan("400.00"), List.of(new MealSettlement.Month(1, 1)))
                        .amount())
                .isEqualTo(Money.yuan("4.00"));
        assertThat(MealSettlement.of(Money.yuan("500.00"), List.of()).amount()).isEqualTo(Money.ZERO);
    }
}
