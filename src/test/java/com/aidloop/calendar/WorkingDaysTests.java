package com.aidloop.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Working days over the State Council's 2026 arrangement (国办发明电〔2025〕7号), written out here. */
class WorkingDaysTests {

    static final WorkingDays Y2026 = new WorkingDays(arrangement2026());

    static List<CalendarDay> arrangement2026() {
        List<CalendarDay> days = new ArrayList<>();
        holidays(days, "2026-01-01", "2026-01-03", "元旦");
        holidays(days, "2026-02-15", "2026-02-23", "春节");
        holidays(days, "2026-04-04", "2026-04-06", "清明节");
        holidays(days, "2026-05-01", "2026-05-05", "劳动节");
        holidays(days, "2026-06-19", "2026-06-21", "端午节");
        holidays(days, "2026-09-25", "2026-09-27", "中秋节");
        holidays(days, "2026-10-01", "2026-10-07", "国庆节");
        for (String worked :
                List.of("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10")) {
            days.add(new CalendarDay(LocalDate.parse(worked), DayKind.WORKDAY, "调休", true));
        }
        return days;
    }

    private static void holidays(List<CalendarDay> days, String first, String last, String name) {
        for (LocalDate d = LocalDate.parse(first); !d.isAfter(LocalDate.parse(last)); d = d.plusDays(1)) {
            days.add(new CalendarDay(d, DayKind.HOLIDAY, name, true));
        }
    }

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource({
        "2026-03-02, true", // a plain Monday
        "2026-03-07, false", // a plain Saturday
        "2026-01-01, false", // 元旦, a Thursday
        "2026-01-02, false", // the Friday of 元旦
        "2026-01-04, true", // the Sunday worked after 元旦
        "2026-02-14, true", // the Saturday worked before 春节
        "2026-02-23, false", // the last Monday of 春节
        "2026-02-24, true",
        "2026-04-06, false", // 清明 Monday
        "2026-05-05, false", // 劳动节 Tuesday
        "2026-05-09, true", // the Saturday worked after 劳动节
        "2026-09-20, true", // the Sunday worked before 国庆
        "2026-10-07, false",
        "2026-10-08, true",
        "2026-10-10, true", // the Saturday worked after 国庆
        "2026-10-11, false"
    })
    void tellsWorkingDays(LocalDate day, boolean working) {
        assertThat(Y2026.isWorkingDay(day)).isEqualTo(working);
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
        "2026-03-02, 0, 2026-03-02",
        "2026-03-02, 1, 2026-03-03",
        "2026-03-06, 1, 2026-03-09", // Friday + 1 = Monday
        "2026-03-06, 3, 2026-03-11",
        "2026-04-03, 1, 2026-04-07", // the Friday before 清明 + 1 = the Tuesday after
        "2026-04-30, 3, 2026-05-08", // before 劳动节: 6, 7, 8 May
        "2026-04-30, 4, 2026-05-09", // the Saturday worked counts
        "2026-09-30, 3, 2026-10-10", // before 国庆: 8, 9 and the Saturday 10 October worked
        "2026-12-31, 1, 2027-01-01" // no 2027 entries here: a plain Friday
    })
    void addsWorkingDays(LocalDate from, int n, LocalDate expected) {
        assertThat(Y2026.addWorkingDays(from, n)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "a {1}-working-day period from {0} ends on {2}")
    @CsvSource({
        "2026-03-02, 5, 2026-03-06", // Monday to Friday
        "2026-03-04, 5, 2026-03-10", // Wednesday to Tuesday
        "2026-03-07, 5, 2026-03-13", // begun on a Saturday: Monday 9 to Friday 13
        "2026-09-28, 5, 2026-10-09", // across 国庆: 28, 29, 30 September, 8, 9 October
        "2026-09-24, 5, 2026-10-08", // across 中秋 and 国庆: 24, 28, 29, 30 September, 8 October
        "2026-02-12, 5, 2026-02-25" // across 春节 with the Saturday 14 February worked: 12, 13, 14, 24, 25
    })
    void endsPeriods(LocalDate first, int n, LocalDate last) {
        assertThat(Y2026.lastOfPeriod(first, n)).isEqualTo(last);
        assertThat(Y2026.workingDaysBetween(first, last)).isEqualTo(n);
    }

    @ParameterizedTest(name = "{1} working days before {0}: {2}")
    @CsvSource({
        "2026-10-08, 1, 2026-09-30", // back over the National Day holiday
        "2026-10-12, 1, 2026-10-10", // the adjusted working Saturday counts
        "2026-10-13, 5, 2026-09-30",
        "2026-12-09, 5, 2026-12-02",
        "2026-12-09, 0, 2026-12-09"
    })
    void subtractsWorkingDaysAsTheInverseOfAdding(LocalDate from, int n, LocalDate expected) {
        assertThat(Y2026.subtractWorkingDays(from, n)).isEqualTo(expected);
        if (n > 0) {
            assertThat(Y2026.addWorkingDays(expected, n)).isEqualTo(from);
        }
    }

    @Test
    void refusesNegativeCountsAndEmptyPeriods() {
        assertThatThrownBy(() -> Y2026.addWorkingDays(LocalDate.parse("2026-03-02"), -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Y2026.lastOfPeriod(LocalDate.parse("2026-03-02"), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCalendarWithoutWorkingDaysIsRefusedRatherThanLoopedOver() {
        List<CalendarDay> everyDay = new ArrayList<>();
        for (LocalDate d = LocalDate.parse("2026-01-01");
                d.isBefore(LocalDate.parse("2040-01-01"));
                d = d.plusDays(1)) {
            everyDay.add(new CalendarDay(d, DayKind.HOLIDAY, "假", true));
        }
        assertThatThrownBy(() -> new WorkingDays(everyDay).addWorkingDays(LocalDate.parse("2026-01-01"), 1))
                .isInstanceOf(IllegalStateException.class);
    }
}
