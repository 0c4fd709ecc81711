package com.aidloop.spreadsheet;

import java.time.LocalDate;

/**
 * The words around an official roster's table.
 *
 * @param title e.g. "平江县2026年秋季学期国家助学金发放花名册"
 * @param reportingUnit the unit that stamps it, after "填报单位（盖章）："
 * @param filledOn the date after "填报日期：", printed as 2026年11月27日
 */
public record RosterHeading(String title, String reportingUnit, LocalDate filledOn) {

    public RosterHeading {
        if (title == null || title.isBlank() || filledOn == null) {
            throw new IllegalArgumentException("an official roster needs a title and a date");
        }
        reportingUnit = reportingUnit == null ? "" : reportingUnit;
    }

    String filledOnText() {
        return filledOn.getYear() + "年" + filledOn.getMonthValue() + "月" + filledOn.getDayOfMonth() + "日";
    }
}
