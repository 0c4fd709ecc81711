package com.aidloop.settlement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A month of meals lies in its term and in its month; what a school types is read as it writes it. */
class MealProvisionTests {

    private static final Term SPRING = new Term(2026, Term.Semester.SPRING);
    private static final Term AUTUMN = new Term(2026, Term.Semester.AUTUMN);

    @Test
    void readsAMonthAsSchoolsWriteIt() {
        MealProvision p = MealProvision.parse(SPRING, "2026年3月", "20", "146", "14600");

        assertThat(p.month()).isEqualTo(YearMonth.of(2026, 3));
        assertThat(p.amount()).isEqualTo(Money.yuan("14600.00"));
        assertThat(MealProvision.parse(AUTUMN, "2027-01", "15", "100", "7500").month())
                .isEqualTo(YearMonth.of(2027, 1));
    }

    @Test
    void refusesAMonthOutsideTheTermAndMoreDaysThanTheMonthHas() {
        Map<String, String> august = catchThrowableOfType(
                        InvalidInput.class, () -> MealProvision.parse(SPRING, "2026-08", "20", "146", "14600"))
                .sentencesByField();
        Map<String, String> february = catchThrowableOfType(
                        InvalidInput.class, () -> MealProvision.parse(SPRING, "2026-02", "29", "146", "100"))
                .sentencesByField();

        assertThat(august.get("month")).startsWith("2026年8月不在2026年春季学期内");
        assertThat(february.get("daysServed")).isEqualTo("2026年2月最多28天，供餐天数应在1至28之间");
    }

    @Test
    void namesEveryFieldThatIsNotANumber() {
        Map<String, String> problems = catchThrowableOfType(
                        InvalidInput.class, () -> MealProvision.parse(SPRING, "三月", "二十", "x", "y"))
                .sentencesByField();

        assertThat(problems).containsKeys("month", "daysServed", "studentsServed", "amount");
        assertThat(problems.get("month")).isEqualTo("月份“三月”无法识别，请按 2026-03 或 2026年3月 填写");
    }
}
