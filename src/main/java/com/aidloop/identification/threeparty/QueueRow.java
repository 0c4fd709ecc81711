package com.aidloop.identification.threeparty;

import com.aidloop.identification.domain.DifficultyLevel;
import com.aidloop.identification.threeparty.domain.ReviewStep;
import com.aidloop.identification.threeparty.domain.VillageVerdict;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One application in a reviewer's queue: no ID number, income or health. {@code dueOn} is the last
 * day of the step, {@code workingDays} after it began (working days on the holiday calendar).
 */
public record QueueRow(
        long applicationId,
        String studentName,
        long schoolId,
        String schoolName,
        String grade,
        String className,
        String villageCode,
        String villageName,
        boolean routedBySchool,
        DifficultyLevel decidedLevel,
        ReviewStep step,
        Instant stepSince,
        LocalDate dueOn,
        int workingDays,
        boolean overdue,
        VillageVerdict villageVerdict,
        int round,
        String lastReturnReason) {

    public String levelLabel() {
        return decidedLevel == null ? "—" : decidedLevel.label();
    }

    public String verdictLabel() {
        return villageVerdict == null ? "—" : villageVerdict.label();
    }
}
