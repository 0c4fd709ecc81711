package com.aidloop.identification.documents;

import java.time.LocalDate;

/** Dates as printed forms write them: 2026年11月27日. */
public final class DocumentDates {

    private DocumentDates() {}

    public static String chinese(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }
}
