package com.aidloop.award.domain;

import static com.aidloop.award.domain.RosterColumn.SCHOOL_CODE;

import com.aidloop.registry.KnownStudent;
import java.util.regex.Pattern;

/**
 * A row's school against the school the registry holds for its student. A student registered at
 * another school that the uploader sees (the registry's school is in their scope) is a wrong
 * school — an error — unless the row says the student moved: its 备注 mentions 转学 (or 转入),
 * and then it is a warning to change the registration too. A student the uploader may not see
 * never reaches this rule ({@link StudentMatchPolicy} refuses that row neutrally).
 */
public final class RegisteredSchoolPolicy {

    /** How a roster says a row is a transfer: 备注 “转学”, “已转学”, “转入本校” … */
    private static final Pattern TRANSFER = Pattern.compile("转学|转入");

    private RegisteredSchoolPolicy() {}

    public static void apply(CheckedRow row, KnownStudent known) {
        if (known == null
                || !known.visible()
                || row.school == null
                || known.schoolId() == null
                || known.schoolId() == row.school.id()) {
            return;
        }
        if (saysTransfer(row.remark)) {
            row.warning(SCHOOL_CODE, "award.student.transferred");
        } else {
            row.error(SCHOOL_CODE, "award.student.registeredAtOtherSchool");
        }
    }

    static boolean saysTransfer(String remark) {
        return remark != null && TRANSFER.matcher(remark).find();
    }
}
