package com.aidloop.award;

import com.aidloop.shared.Money;
import com.aidloop.shared.Term;

/**
 * One award as rosters show it: the award and the facts about the student, school and household
 * it was confirmed with. Personal values are masked; full values stay sealed in the award table.
 *
 * @param difficultyType 困难类型, e.g. 脱贫家庭, 低保家庭; never printed on a public notice
 * @param difficultyLevel 困难等级, e.g. 特别困难
 * @param specialChannel whether the student came through the special/green channel (特别通道):
 *     such awards are paid but left off public notices
 */
public record AwardLine(
        long id,
        Term term,
        String programmeCode,
        String programmeName,
        String stage,
        String tier,
        Money amount,
        long studentId,
        String studentName,
        String gender,
        String idNumberMasked,
        long schoolId,
        String schoolCode,
        String schoolName,
        String grade,
        String className,
        String householdTownshipCode,
        String householdVillageCode,
        String difficultyType,
        String difficultyLevel,
        boolean specialChannel,
        String guardianName,
        String phoneMasked,
        String cardBank,
        String cardNumberMasked,
        String remark) {

    @Override
    public String toString() {
        return "AwardLine[" + id + " " + term.code() + " " + programmeCode + " " + tier + " " + amount + " student "
                + studentId + " " + idNumberMasked + " school " + schoolCode + "]";
    }
}
