package com.aidloop.identification.threeparty;

import com.aidloop.identification.domain.DifficultyLevel;
import com.aidloop.identification.threeparty.domain.ReviewStep;
import com.aidloop.identification.threeparty.domain.VillageVerdict;
import java.time.Instant;

/** One application in a reviewer's queue: no ID number, income or health. */
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
        Instant dueBy,
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
