package com.aidloop.identification.application;

import com.aidloop.identification.application.domain.ApplicationStatus;
import com.aidloop.identification.application.domain.Source;
import com.aidloop.identification.domain.DifficultyLevel;
import java.math.BigDecimal;
import java.time.Instant;

/** An application as a list shows it: no income, health or evidence. */
public record ApplicationRow(
        long id,
        long studentId,
        String studentName,
        String grade,
        String className,
        int schoolYear,
        Source source,
        ApplicationStatus status,
        int memberCount,
        BigDecimal suggestedTotal,
        DifficultyLevel suggestedLevel,
        DifficultyLevel decidedLevel,
        Instant submittedAt) {

    public String suggestedLabel() {
        return suggestedLevel == null ? (suggestedTotal == null ? "—" : "未给出") : suggestedLevel.label();
    }

    public String decidedLabel() {
        return decidedLevel == null ? "—" : decidedLevel.label();
    }
}
