package com.aidloop.identification.notice;

import com.aidloop.identification.domain.DifficultyLevel;
import com.aidloop.identification.notice.domain.ObjectionDecision;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An objection as the school sees it: the objector's name when given (the phone is kept sealed and
 * never shown), the student it is about, the text, whether a photo came with it, the due day of
 * the answer and the answer once given.
 */
public record Objection(
        long id,
        long noticeId,
        Long applicationId,
        String studentName,
        String content,
        String objectorName,
        boolean phoneGiven,
        boolean photo,
        Instant lodgedAt,
        LocalDate dueOn,
        ObjectionDecision decision,
        DifficultyLevel newLevel,
        String answer,
        String reason,
        String answeredBy,
        Instant answeredAt) {

    public boolean named() {
        return objectorName != null && !objectorName.isBlank();
    }

    public boolean answered() {
        return decision != null;
    }

    /** Not answered after its due day. */
    public boolean overdue(LocalDate today) {
        return !answered() && today.isAfter(dueOn);
    }

    @Override
    public String toString() {
        return "Objection[" + id + "]";
    }
}
