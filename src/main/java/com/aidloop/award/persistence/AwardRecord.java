package com.aidloop.award.persistence;

import java.math.BigDecimal;

/**
 * One award row as written: sensitive values already sealed, indexed and masked. Never printed
 * whole.
 */
public record AwardRecord(
        String term,
        String programmeCode,
        String programmeName,
        String stage,
        String tier,
        BigDecimal amount,
        long studentId,
        String studentName,
        String gender,
        String idNumberIndex,
        String idNumberMasked,
        long schoolId,
        String schoolCode,
        String schoolName,
        String schoolTownshipCode,
        String grade,
        String className,
        String householdTownshipCode,
        String householdVillageCode,
        String difficultyType,
        String difficultyLevel,
        boolean specialChannel,
        String guardianName,
        String phoneSealed,
        String phoneMasked,
        String cardBank,
        String cardNumberSealed,
        String cardNumberIndex,
        String cardNumberMasked,
        String remark,
        long importId,
        int sourceRow,
        String createdBy,
        String factsDigest) {

    @Override
    public String toString() {
        return "AwardRecord[" + term + " " + programmeCode + " " + tier + " " + amount + " student " + studentId + " "
                + idNumberMasked + " row " + sourceRow + "]";
    }
}
