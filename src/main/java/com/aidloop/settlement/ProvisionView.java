package com.aidloop.settlement;

import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.time.Instant;
import java.time.YearMonth;

/** One month of meals a school served under an in-kind programme (膳食供应), as recorded. */
public record ProvisionView(
        long id,
        long schoolId,
        String programmeCode,
        Term term,
        YearMonth month,
        int daysServed,
        int studentsServed,
        Money amount,
        Instant recordedAt,
        String recordedBy) {

    /** 2026年3月. */
    public String monthLabel() {
        return month.getYear() + "年" + month.getMonthValue() + "月";
    }
}
