package com.aidloop.disbursement;

import com.aidloop.shared.Term;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A province's autumn payment deadline (发放时限) from one term on, for every programme or one.
 * Rules are appended, never changed: the latest rule in effect for a term decides.
 *
 * @param programmeCode null for every programme of the province
 * @param validFrom the first autumn term it applies to
 * @param followingYear the deadline falls in the year after the term's year
 */
public record DeadlineRule(
        long id,
        String provinceCode,
        String programmeCode,
        Term validFrom,
        int month,
        int day,
        boolean followingYear,
        String recordedBy,
        Instant recordedAt) {

    public DeadlineRule {
        if (!provinceCode.matches("[0-9]{2}")
                || validFrom.semester() != Term.Semester.AUTUMN
                || month < 1
                || month > 12
                || day < 1
                || day > 31) {
            throw new IllegalArgumentException(
                    "not a deadline rule: " + provinceCode + " " + validFrom + " " + month + "-" + day);
        }
    }

    /** The deadline this rule gives an autumn term; a day past the month's end is its last day. */
    public LocalDate deadlineOf(Term term) {
        YearMonth month = YearMonth.of(term.year() + (followingYear ? 1 : 0), this.month);
        return month.atDay(Math.min(day, month.lengthOfMonth()));
    }

    /** How the deadline reads, e.g. "12月31日" or "次年1月31日". */
    public String label() {
        return (followingYear ? "次年" : "") + month + "月" + day + "日";
    }
}
