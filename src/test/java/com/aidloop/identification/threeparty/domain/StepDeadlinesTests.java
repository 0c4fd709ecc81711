package com.aidloop.identification.threeparty.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.calendar.CalendarDay;
import com.aidloop.calendar.DayKind;
import com.aidloop.calendar.WorkingDays;
import com.aidloop.school.Stage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The steps' deadlines in working days over the 2026 National Day arrangement: 1–7 October off,
 * Saturday 10 October worked (调休上班). A step entered on 30 September with 5 working days is due
 * on 13 October (8, 9, 10, 12, 13 October), not 5 October as calendar days would have it.
 */
class StepDeadlinesTests {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final WorkingDays NATIONAL_DAY_2026 = new WorkingDays(nationalDay2026());

    static List<CalendarDay> nationalDay2026() {
        List<CalendarDay> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2026, 10, 1); !d.isAfter(LocalDate.of(2026, 10, 7)); d = d.plusDays(1)) {
            days.add(new CalendarDay(d, DayKind.HOLIDAY, "国庆节", true));
        }
        days.add(new CalendarDay(LocalDate.of(2026, 9, 20), DayKind.WORKDAY, "国庆节", true));
        days.add(new CalendarDay(LocalDate.of(2026, 10, 10), DayKind.WORKDAY, "国庆节", true));
        return days;
    }

    /** The county's rules judged on a day, over the National Day arrangement. */
    static StepDeadlines on(ThreePartyRules rules, LocalDate today) {
        return new StepDeadlines(rules, NATIONAL_DAY_2026, CHINA, today);
    }

    static Instant at(int month, int day, int hour) {
        return ZonedDateTime.of(2026, month, day, hour, 0, 0, 0, CHINA).toInstant();
    }

    static final Instant EVE_OF_NATIONAL_DAY = at(9, 30, 16);

    @Test
    void aStepEnteredTheDayBeforeNationalDayIsDueAfterTheHolidayCountingTheAdjustedSaturday() {
        StepDeadlines d = on(ThreePartyRules.defaults(), LocalDate.of(2026, 10, 1));

        assertThat(d.dueOn(ReviewStep.VILLAGE, EVE_OF_NATIONAL_DAY)).isEqualTo(LocalDate.of(2026, 10, 13));
    }

    @ParameterizedTest(name = "on {0} overdue: {1}")
    @CsvSource({
        "2026-10-01, false",
        "2026-10-05, false",
        "2026-10-07, false",
        "2026-10-10, false",
        "2026-10-13, false",
        "2026-10-14, true"
    })
    void aStepEnteredTheDayBeforeNationalDayIsNotOverdueDuringTheHoliday(LocalDate today, boolean overdue) {
        StepDeadlines d = on(ThreePartyRules.defaults(), today);

        assertThat(d.overdue(ReviewStep.VILLAGE, EVE_OF_NATIONAL_DAY)).isEqualTo(overdue);
        assertThat(EVE_OF_NATIONAL_DAY.isBefore(d.overdueIfEnteredBefore(ReviewStep.VILLAGE)))
                .as("the SQL cutoff agrees")
                .isEqualTo(overdue);
    }

    @Test
    void theAdjustedWorkingSaturdayCounts() {
        ThreePartyRules threeDays = new ThreePartyRules(EnumSet.of(Stage.PRIMARY), 3, 3, 3);
        StepDeadlines d = on(threeDays, LocalDate.of(2026, 10, 12));

        // entered Thursday 8 October: Friday 9, Saturday 10 (worked), Monday 12
        assertThat(d.dueOn(ReviewStep.TOWNSHIP, at(10, 8, 9))).isEqualTo(LocalDate.of(2026, 10, 12));
        assertThat(on(threeDays, LocalDate.of(2026, 10, 13)).overdue(ReviewStep.TOWNSHIP, at(10, 8, 9)))
                .isTrue();
    }

    @Test
    void theDayOfEntryIsReadInChinaTimeAndOnlyWaitingStepsAreOverdue() {
        StepDeadlines d = on(new ThreePartyRules(EnumSet.of(Stage.PRIMARY), 1, 1, 1), LocalDate.of(2026, 12, 3));
        // 23:30 UTC on 1 December is 07:30 on Wednesday 2 December in China: due Thursday 3 December
        Instant lateUtc = Instant.parse("2026-12-01T23:30:00Z");

        assertThat(d.dueOn(ReviewStep.COUNTY, lateUtc)).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(d.overdue(ReviewStep.COUNTY, lateUtc)).isFalse();
        assertThat(d.overdue(ReviewStep.APPROVED, at(1, 5, 9))).isFalse();
        assertThat(d.overdue(ReviewStep.RETURNED_TO_SCHOOL, at(1, 5, 9))).isFalse();
    }

    @Test
    void theSqlCutoffAgreesWithTheDueDayForEveryDayOfEntryAroundTheHoliday() {
        ThreePartyRules rules = new ThreePartyRules(EnumSet.of(Stage.PRIMARY), 2, 5, 7);
        for (LocalDate today = LocalDate.of(2026, 9, 15);
                today.isBefore(LocalDate.of(2026, 10, 31));
                today = today.plusDays(1)) {
            StepDeadlines d = on(rules, today);
            for (ReviewStep step : List.of(ReviewStep.VILLAGE, ReviewStep.TOWNSHIP, ReviewStep.COUNTY)) {
                for (LocalDate entered = today.minusDays(30); !entered.isAfter(today); entered = entered.plusDays(1)) {
                    Instant since = entered.atTime(10, 0).atZone(CHINA).toInstant();
                    assertThat(since.isBefore(d.overdueIfEnteredBefore(step)))
                            .as("%s entered %s judged %s", step, entered, today)
                            .isEqualTo(d.overdue(step, since));
                }
            }
        }
    }
}
