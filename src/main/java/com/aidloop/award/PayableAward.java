package com.aidloop.award;

import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.time.Instant;

/**
 * A confirmed award as the payout needs it: who is paid how much onto which card. The card number
 * and phone stay sealed ({@code SensitiveData.open} them only to write the bank file or send the
 * notice); {@link #toString()} shows neither.
 *
 * @param householdTownshipCode the township the payout batch belongs to (一卡通 pays by household)
 * @param cardNumberIndex the card number's blind index, copied onto the payment
 */
public record PayableAward(
        long awardId,
        Term term,
        String programmeCode,
        String programmeName,
        String stage,
        Money amount,
        long studentId,
        String studentName,
        long schoolId,
        String schoolCode,
        String schoolName,
        String schoolTownshipCode,
        String householdTownshipCode,
        String householdVillageCode,
        String guardianName,
        String phoneSealed,
        String cardBank,
        String cardNumberSealed,
        String cardNumberMasked,
        String cardNumberIndex,
        Instant confirmedAt,
        String confirmedBy) {

    @Override
    public String toString() {
        return "PayableAward[" + awardId + " " + term.code() + " " + programmeCode + " " + amount + " student "
                + studentId + " card " + cardNumberMasked + "]";
    }
}
