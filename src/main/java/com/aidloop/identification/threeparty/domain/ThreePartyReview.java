package com.aidloop.identification.threeparty.domain;

import java.time.Instant;

/**
 * One application's three-party review (三方会审) and its state machine: VILLAGE → TOWNSHIP →
 * COUNTY → APPROVED. The village confirms the family facts (属实 / 不属实, a note, an optional home
 * visit), the township reviews with a note, the county approves. Each step may return the
 * application to the step before (the township to the village, the county to the township) or to
 * the school (RETURNED_TO_SCHOOL) with a required reason; the school decides again and the review
 * starts over at the village, one round more. An APPROVED review starts over the same way when the
 * school adjusts the identification (a semester adjustment or an upheld objection): the county's
 * approval is needed again. Every verb checks the step first.
 */
public final class ThreePartyReview {

    private final long applicationId;
    private final int version;
    private final ReviewRouting routing;
    private ReviewStep step;
    private Instant stepSince;
    private int round;
    private VillageCheck village;
    private String townshipNote;
    private String townshipBy;
    private Instant townshipAt;
    private String approvedBy;
    private Instant approvedAt;
    private ReviewReturn lastReturn;

    private ThreePartyReview(long applicationId, int version, ReviewRouting routing) {
        this.applicationId = applicationId;
        this.version = version;
        this.routing = routing;
    }

    /** A new review of a school's decision, waiting for the village. */
    public static ThreePartyReview start(long applicationId, ReviewRouting routing, Instant at) {
        ThreePartyReview review = new ThreePartyReview(applicationId, 0, routing);
        review.step = ReviewStep.VILLAGE;
        review.stepSince = at;
        review.round = 1;
        return review;
    }

    /** What a store keeps beyond the routing. */
    public record Stored(
            ReviewStep step,
            Instant stepSince,
            int round,
            VillageCheck village,
            String townshipNote,
            String townshipBy,
            Instant townshipAt,
            String approvedBy,
            Instant approvedAt,
            ReviewReturn lastReturn) {}

    public static ThreePartyReview restore(long applicationId, int version, ReviewRouting routing, Stored s) {
        ThreePartyReview review = new ThreePartyReview(applicationId, version, routing);
        review.step = s.step();
        review.stepSince = s.stepSince();
        review.round = s.round();
        review.village = s.village();
        review.townshipNote = s.townshipNote();
        review.townshipBy = s.townshipBy();
        review.townshipAt = s.townshipAt();
        review.approvedBy = s.approvedBy();
        review.approvedAt = s.approvedAt();
        review.lastReturn = s.lastReturn();
        return review;
    }

    /**
     * The school decided again after a return, or adjusted an approved identification: the review
     * starts over at the village, one round more, the earlier round's findings and approval cleared.
     */
    public void restart(Instant at) {
        if (step != ReviewStep.RETURNED_TO_SCHOOL && step != ReviewStep.APPROVED) {
            throw new ReviewRefused("identification.threeParty.move", step.label(), "重新送审");
        }
        round++;
        village = null;
        townshipNote = null;
        townshipBy = null;
        townshipAt = null;
        approvedBy = null;
        approvedAt = null;
        move(ReviewStep.VILLAGE, at);
    }

    /** The village's check of the family facts; the application goes on to the township. */
    public void villageChecks(VillageCheck check) {
        require(ReviewStep.VILLAGE, "村级核实");
        this.village = check;
        move(ReviewStep.TOWNSHIP, check.at());
    }

    /** The township reviewed; the application goes on to the county. */
    public void townshipPasses(String note, String by, Instant at) {
        require(ReviewStep.TOWNSHIP, "乡镇审核");
        this.townshipNote = townshipNote(note);
        this.townshipBy = by;
        this.townshipAt = at;
        move(ReviewStep.COUNTY, at);
    }

    /** The township's note as stored: stripped, empty for none, at most 500 characters. */
    public static String townshipNote(String note) {
        String n = note == null ? "" : note.strip();
        if (n.length() > 500) {
            throw new ReviewRefused("identification.threeParty.tooLong");
        }
        return n;
    }

    /** The county approves: the identification is in force. */
    public void countyApproves(String by, Instant at) {
        require(ReviewStep.COUNTY, "县级审批");
        this.approvedBy = by;
        this.approvedAt = at;
        move(ReviewStep.APPROVED, at);
    }

    /**
     * Returns the application to the step before or to the school, with a reason; the village may
     * return only to the school.
     */
    public void returnTo(ReturnTarget target, String reason, String by, Instant at) {
        if (!step.waiting()) {
            throw new ReviewRefused("identification.threeParty.move", step.label(), "退回");
        }
        if (reason == null || reason.isBlank()) {
            throw new ReviewRefused("identification.threeParty.returnNeedsReason");
        }
        if (reason.strip().length() > 500) {
            throw new ReviewRefused("identification.threeParty.tooLong");
        }
        ReviewStep back =
                switch (target) {
                    case SCHOOL -> ReviewStep.RETURNED_TO_SCHOOL;
                    case VILLAGE -> step == ReviewStep.TOWNSHIP ? ReviewStep.VILLAGE : null;
                    case TOWNSHIP -> step == ReviewStep.COUNTY ? ReviewStep.TOWNSHIP : null;
                };
        if (back == null) {
            throw new ReviewRefused("identification.threeParty.returnTarget", step.label(), target.label());
        }
        lastReturn = new ReviewReturn(step, target, reason.strip(), by, at);
        move(back, at);
    }

    /** Whether the step has waited past its due day (working days, {@link StepDeadlines}). */
    public boolean overdue(StepDeadlines deadlines) {
        return deadlines.overdue(step, stepSince);
    }

    private void move(ReviewStep next, Instant at) {
        this.step = next;
        this.stepSince = at;
    }

    private void require(ReviewStep wanted, String verb) {
        if (step != wanted) {
            throw new ReviewRefused("identification.threeParty.move", step.label(), verb);
        }
    }

    public long applicationId() {
        return applicationId;
    }

    public int version() {
        return version;
    }

    public ReviewRouting routing() {
        return routing;
    }

    public ReviewStep step() {
        return step;
    }

    public Instant stepSince() {
        return stepSince;
    }

    public int round() {
        return round;
    }

    public VillageCheck village() {
        return village;
    }

    public String townshipNote() {
        return townshipNote;
    }

    public String townshipBy() {
        return townshipBy;
    }

    public Instant townshipAt() {
        return townshipAt;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public ReviewReturn lastReturn() {
        return lastReturn;
    }
}
