package com.aidloop.identification.notice;

import com.aidloop.identification.notice.domain.Coverage;
import com.aidloop.identification.notice.domain.NoticePeriod;
import java.time.Instant;

/**
 * A published notice. The token is the link's secret and the access code is printed beside the QR
 * code; neither is shown in lists other than the school's own notice page.
 */
public record Notice(
        long id,
        String token,
        String accessCode,
        long schoolId,
        String schoolName,
        String schoolTownshipCode,
        int schoolYear,
        Coverage coverage,
        String grade,
        String className,
        NoticePeriod period,
        boolean showLevel,
        int answerWorkingDays,
        String publishedBy,
        Instant publishedAt) {

    /** What the notice covers, in words: 三市镇中心小学 三年级 2班. */
    public String covers() {
        return switch (coverage) {
            case SCHOOL -> schoolName + "（全校）";
            case GRADE -> schoolName + " " + grade;
            case CLASS -> schoolName + " " + grade + " " + className;
        };
    }

    /** The school year as the notice names it: 2026学年. */
    public String yearLabel() {
        return schoolYear + "学年";
    }

    @Override
    public String toString() {
        return "Notice[" + id + "]";
    }
}
