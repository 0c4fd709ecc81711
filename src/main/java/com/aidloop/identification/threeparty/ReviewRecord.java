package com.aidloop.identification.threeparty;

import com.aidloop.identification.domain.DifficultyLevel;
import com.aidloop.identification.threeparty.domain.ReviewReturn;
import com.aidloop.identification.threeparty.domain.ReviewStep;
import com.aidloop.identification.threeparty.domain.VillageVerdict;
import com.aidloop.identification.threeparty.domain.VisitMethod;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One application's three-party review as the printed record (三方会审记录表) shows it: the student
 * with a masked ID number (6 + 8 * + 4), the levels the score suggested and the school decided,
 * the village's verdict with its note and home visit (method, date, who; not its finding), the
 * township's and the county's decisions with who and when, and every return with its reason.
 * Nothing of income or health. People are usernames; the page shows their names.
 */
public record ReviewRecord(
        long applicationId,
        Student student,
        DifficultyLevel suggestedLevel,
        DifficultyLevel decidedLevel,
        String decidedBy,
        Instant decidedAt,
        ReviewStep step,
        int round,
        Village village,
        Decision township,
        Decision county,
        List<Returned> returns) {

    /** Who the record is about, and where the review was routed. */
    public record Student(
            String name,
            String idNumberMasked,
            String schoolName,
            String grade,
            String className,
            int schoolYear,
            String villageName,
            String townshipName,
            boolean routedBySchool) {

        public String schoolYearLabel() {
            return schoolYear + "-" + (schoolYear + 1) + "学年";
        }
    }

    /** The village's check, or null when the village has not checked in this round. */
    public record Village(
            VillageVerdict verdict,
            String note,
            String by,
            Instant at,
            VisitMethod visitMethod,
            LocalDate visitDate,
            String visitBy) {

        public boolean visited() {
            return visitMethod != null;
        }
    }

    /** A township's or county's decision in this round, or null before it. */
    public record Decision(String note, String by, Instant at) {}

    /** One return, of any round. */
    public record Returned(int round, ReviewReturn back) {}

    /** The same record with its history of returns. */
    public ReviewRecord withReturns(List<Returned> all) {
        return new ReviewRecord(
                applicationId,
                student,
                suggestedLevel,
                decidedLevel,
                decidedBy,
                decidedAt,
                step,
                round,
                village,
                township,
                county,
                List.copyOf(all));
    }

    public String suggestedLabel() {
        return suggestedLevel == null ? "—" : suggestedLevel.label();
    }

    public String decidedLabel() {
        return decidedLevel == null ? "—" : decidedLevel.label();
    }

    public boolean approved() {
        return step == ReviewStep.APPROVED;
    }
}
