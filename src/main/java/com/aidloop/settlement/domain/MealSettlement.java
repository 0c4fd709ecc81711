package com.aidloop.settlement.domain;

import com.aidloop.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What the county owes a school for the meals of an in-kind programme (营养膳食补助): the student
 * days the school recorded month by month (days served × students served), times the daily
 * standard — the programme's standard per student and term spread over the term's school days
 * (200 a year, 100 a term: 500 yuan a term is 5 yuan a day). Not the number of awards: a school
 * is paid for the meals it served.
 *
 * @param dailyStandard yuan per student and day
 * @param studentDays the sum of days served × students served over the recorded months
 */
public record MealSettlement(Money dailyStandard, long studentDays, Money amount) {

    public static final int SCHOOL_DAYS_PER_TERM = 100;

    /** One recorded month: the days meals were served and the students served. */
    public record Month(int daysServed, int studentsServed) {}

    public static MealSettlement of(Money termStandard, Iterable<Month> months) {
        Money daily = new Money(
                termStandard.yuan().divide(BigDecimal.valueOf(SCHOOL_DAYS_PER_TERM), 2, RoundingMode.HALF_UP));
        long studentDays = 0;
        for (Month m : months) {
            studentDays += (long) m.daysServed() * m.studentsServed();
        }
        return new MealSettlement(
                daily, studentDays, new Money(daily.yuan().multiply(BigDecimal.valueOf(studentDays))));
    }

    /** The standard as the 资金拨付单 shows it, e.g. "5.00 元/人·天 × 4,000 人天". */
    public String standardText() {
        return dailyStandard.yuan().toPlainString() + " 元/人·天 × " + String.format("%,d", studentDays) + " 人天";
    }
}
