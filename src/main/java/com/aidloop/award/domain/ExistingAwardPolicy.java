package com.aidloop.award.domain;

import static com.aidloop.award.domain.RosterColumn.PROGRAMME;

import com.aidloop.iam.DataScope;

/**
 * What a row does to an award of the same student, programme and term that already exists. The
 * same facts again change nothing, whatever the option. Different facts at the same school are
 * refused unless the uploader chose to update existing awards. An award at another school is
 * the double-aid case (重复资助): refused, and named only to someone who may see that school; with
 * the update option, someone who sees both schools moves the award (a transfer). A confirmed
 * award (资助确认) is never changed nor moved by an import: such a row is an error.
 */
public final class ExistingAwardPolicy {

    public enum Outcome {
        CREATE,
        UPDATE,
        UNCHANGED,
        REFUSED
    }

    private ExistingAwardPolicy() {}

    public static Outcome decide(
            CheckedRow row, ExistingAward existing, String digest, boolean updateExisting, DataScope scope) {
        if (existing == null) {
            return Outcome.CREATE;
        }
        if (existing.digest() != null && existing.digest().equals(digest)) {
            return Outcome.UNCHANGED;
        }
        boolean visible = existing.schoolId() == row.school.id()
                || scope.coversSchool(existing.schoolId(), existing.schoolTownshipCode());
        if (existing.confirmed() && visible) {
            row.error(PROGRAMME, "confirmation.import.confirmed", row.programmeName, existing.schoolName());
            return Outcome.REFUSED;
        }
        if (existing.schoolId() == row.school.id()) {
            if (updateExisting) {
                return Outcome.UPDATE;
            }
            row.error(PROGRAMME, "award.exists", row.programmeName);
            return Outcome.REFUSED;
        }
        if (!visible) {
            row.error(PROGRAMME, "award.doubleAid.hidden", row.programmeName);
            return Outcome.REFUSED;
        }
        if (updateExisting) {
            row.warning(PROGRAMME, "award.movedSchool", existing.schoolName(), row.school.name());
            return Outcome.UPDATE;
        }
        row.error(PROGRAMME, "award.doubleAid.visible", existing.schoolName(), row.programmeName);
        return Outcome.REFUSED;
    }
}
