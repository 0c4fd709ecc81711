package com.aidloop.spreadsheet;

import com.aidloop.shared.Signatures;
import java.time.LocalDate;

/**
 * The words around an official roster's table.
 *
 * @param title e.g. "平江县2026年秋季学期国家助学金发放花名册"
 * @param reportingUnit the unit that stamps it, after "填报单位（盖章）："
 * @param filledOn the date after "填报日期：", printed as 2026年11月27日
 * @param signatures the names printed on the signature line (经办人, 审核人, 负责人); blank lines when not known
 */
public record RosterHeading(String title, String reportingUnit, LocalDate filledOn, Signatures signatures) {

    public RosterHeading {
        if (title == null || title.isBlank() || filledOn == null) {
            throw new IllegalArgumentException("an official roster needs a title and a date");
        }
        reportingUnit = reportingUnit == null ? "" : reportingUnit;
        signatures = signatures == null ? Signatures.blank() : signatures;
    }

    /** A heading whose signature lines are left blank, to be signed by hand. */
    public RosterHeading(String title, String reportingUnit, LocalDate filledOn) {
        this(title, reportingUnit, filledOn, Signatures.blank());
    }

    /** The same heading signed by the given people. */
    public RosterHeading signedBy(Signatures names) {
        return new RosterHeading(title, reportingUnit, filledOn, names);
    }

    String filledOnText() {
        return filledOn.getYear() + "年" + filledOn.getMonthValue() + "月" + filledOn.getDayOfMonth() + "日";
    }
}
