package com.aidloop.identification.specialchannel.domain;

import java.time.Instant;

/**
 * A school's request that the county let one student through the special channel (特别通道) for
 * a school year: identified and aided as usual, but never on a public notice, and the only way a
 * roster may say 特别通道 是. The county approves or refuses (with a reason) once; a refused
 * request stays on record and the school may ask again. The reason is family privacy: it never
 * appears in {@link #toString()}.
 *
 * @param id 0 until stored
 * @param decidedBy null while the request waits
 * @param refusal the county's reason when refused, else null
 * @param withdrawal the county's reason when it withdrew the approval, else null
 */
public record SpecialChannel(
        long id,
        Student student,
        int schoolYear,
        ReasonCategory category,
        String reason,
        SpecialChannelStatus status,
        String requestedBy,
        Instant requestedAt,
        String decidedBy,
        Instant decidedAt,
        String refusal,
        String withdrawnBy,
        Instant withdrawnAt,
        String withdrawal) {

    public static final int REASON_MAX = 500;

    /** The student a request is for, as the school saw them when asking. */
    public record Student(
            long id,
            String name,
            long schoolId,
            String schoolName,
            String townshipCode,
            String grade,
            String className) {}

    /** A new request, waiting for the county; refused when the category or the reason is missing or too long. */
    public static SpecialChannel request(
            Student student, int schoolYear, ReasonCategory category, String reason, String by, Instant at) {
        if (category == null) {
            throw SpecialChannelRefused.invalid("identification.specialChannel.categoryRequired");
        }
        String given = reason == null ? "" : reason.strip();
        if (given.isEmpty() || given.length() > REASON_MAX) {
            throw SpecialChannelRefused.invalid("identification.specialChannel.reasonRequired", REASON_MAX);
        }
        return new SpecialChannel(
                0,
                student,
                schoolYear,
                category,
                given,
                SpecialChannelStatus.REQUESTED,
                by,
                at,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** The county approves a waiting request. */
    public SpecialChannel approve(String by, Instant at) {
        requireWaiting();
        return decided(SpecialChannelStatus.APPROVED, by, at, null);
    }

    /** The county refuses a waiting request, saying why (the school reads it). */
    public SpecialChannel refuse(String why, String by, Instant at) {
        requireWaiting();
        return decided(
                SpecialChannelStatus.REFUSED,
                by,
                at,
                reasonGiven(why, "identification.specialChannel.refusalRequired"));
    }

    /**
     * The county withdraws an approval, saying why (the school reads it). From that moment the
     * student is no longer in the special channel for the school year; the decision that approved
     * it stays on record.
     */
    public SpecialChannel withdraw(String why, String by, Instant at) {
        if (!approved()) {
            throw SpecialChannelRefused.conflict("identification.specialChannel.notApproved", status.label());
        }
        String given = reasonGiven(why, "identification.specialChannel.withdrawalRequired");
        return moved(SpecialChannelStatus.WITHDRAWN, decidedBy, decidedAt, refusal, by, at, given);
    }

    /**
     * Whether the approval lets the student through the special channel in a school year: an
     * approval holds for its own school year (the autumn year, through the spring term) and for
     * no other, from the county's approval until it is withdrawn; there is no earlier expiry.
     */
    public boolean inForceFor(int year) {
        return approved() && schoolYear == year;
    }

    public boolean waiting() {
        return status == SpecialChannelStatus.REQUESTED;
    }

    public boolean approved() {
        return status == SpecialChannelStatus.APPROVED;
    }

    public String schoolYearLabel() {
        return schoolYear + "学年";
    }

    public boolean withdrawn() {
        return status == SpecialChannelStatus.WITHDRAWN;
    }

    private SpecialChannel decided(SpecialChannelStatus decision, String by, Instant at, String why) {
        return moved(decision, by, at, why, null, null, null);
    }

    private SpecialChannel moved(
            SpecialChannelStatus to,
            String decider,
            Instant decided,
            String refused,
            String withdrawer,
            Instant withdrew,
            String why) {
        return new SpecialChannel(
                id,
                student,
                schoolYear,
                category,
                reason,
                to,
                requestedBy,
                requestedAt,
                decider,
                decided,
                refused,
                withdrawer,
                withdrew,
                why);
    }

    private static String reasonGiven(String why, String code) {
        String given = why == null ? "" : why.strip();
        if (given.isEmpty() || given.length() > REASON_MAX) {
            throw SpecialChannelRefused.invalid(code, REASON_MAX);
        }
        return given;
    }

    private void requireWaiting() {
        if (!waiting()) {
            throw SpecialChannelRefused.conflict("identification.specialChannel.decided", status.label());
        }
    }

    @Override
    public String toString() {
        return "SpecialChannel[" + id + ", student " + student.id() + ", " + schoolYear + ", " + status + "]";
    }
}
