package com.aidloop.identification.application.domain;

import com.aidloop.identification.domain.DifficultyLevel;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A family's identification application for one student and school year. It owns its state
 * machine: DRAFT → SUBMITTED → CLASS_REVIEWED → DECIDED; SUBMITTED or CLASS_REVIEWED may be
 * RETURNED to the family with a reason, corrected and submitted again; anything not decided may
 * be WITHDRAWN. On a stage inside three-party review (三方会审) a decided application goes on to
 * THREE_PARTY_REVIEW; a reviewer may return it to the school (back to CLASS_REVIEWED, the school
 * decides again) and the county APPROVES it. A finally decided application may be adjusted (a
 * semester adjustment or an upheld objection); an APPROVED one then goes back to THREE_PARTY_REVIEW,
 * since one school officer may not overturn the county's approval. Every verb checks the state
 * first and refuses a move it does not allow.
 */
public final class Application {

    /** The verbs and the states they start from. */
    enum Move {
        REVISE(EnumSet.of(ApplicationStatus.DRAFT, ApplicationStatus.RETURNED)),
        SUBMIT(EnumSet.of(ApplicationStatus.DRAFT, ApplicationStatus.RETURNED)),
        SUGGEST(EnumSet.of(ApplicationStatus.SUBMITTED)),
        REVIEW(EnumSet.of(ApplicationStatus.SUBMITTED)),
        DECIDE(EnumSet.of(ApplicationStatus.CLASS_REVIEWED)),
        RETURN(EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.CLASS_REVIEWED)),
        ADJUST(EnumSet.of(ApplicationStatus.DECIDED, ApplicationStatus.APPROVED)),
        SEND_TO_REVIEW(EnumSet.of(ApplicationStatus.DECIDED)),
        RETURN_TO_SCHOOL(EnumSet.of(ApplicationStatus.THREE_PARTY_REVIEW)),
        APPROVE(EnumSet.of(ApplicationStatus.THREE_PARTY_REVIEW)),
        WITHDRAW(EnumSet.copyOf(Stream.of(ApplicationStatus.values())
                .filter(ApplicationStatus::withdrawable)
                .toList()));

        private final Set<ApplicationStatus> from;

        Move(Set<ApplicationStatus> from) {
            this.from = from;
        }
    }

    private static final Map<Move, String> WORDS = Map.ofEntries(
            Map.entry(Move.REVISE, "修改"),
            Map.entry(Move.SUBMIT, "提交"),
            Map.entry(Move.SUGGEST, "评分"),
            Map.entry(Move.REVIEW, "班级评议"),
            Map.entry(Move.DECIDE, "学校认定"),
            Map.entry(Move.RETURN, "退回"),
            Map.entry(Move.ADJUST, "动态调整"),
            Map.entry(Move.SEND_TO_REVIEW, "送三方会审"),
            Map.entry(Move.RETURN_TO_SCHOOL, "退回学校"),
            Map.entry(Move.APPROVE, "县级审批"),
            Map.entry(Move.WITHDRAW, "撤回"));

    /** The statuses the county's approval starts from, for set-based moves that must keep to the state machine. */
    public static Set<ApplicationStatus> approvableFrom() {
        return EnumSet.copyOf(Move.APPROVE.from);
    }

    private final Long id;
    private final int version;
    private final ApplicationFacts facts;
    private ApplicationStatus status;
    private ApplicationForm form;
    private Consent consent;
    private String returnReason;
    private Suggestion suggestion;
    private Decision decision;
    private Instant submittedAt;

    private Application(Long id, int version, ApplicationFacts facts, ApplicationStatus status) {
        this.id = id;
        this.version = version;
        this.facts = facts;
        this.status = status;
    }

    /** A new draft with an empty form. */
    public static Application draft(ApplicationFacts facts) {
        Application application = new Application(null, 0, facts, ApplicationStatus.DRAFT);
        application.form = ApplicationForm.EMPTY;
        return application;
    }

    /** An application as stored. */
    public static Application restore(Long id, int version, ApplicationFacts facts, Stored stored) {
        Application application = new Application(id, version, facts, stored.status());
        application.form = stored.form();
        application.consent = stored.consent();
        application.returnReason = stored.returnReason();
        application.suggestion = stored.suggestion();
        application.decision = stored.decision();
        application.submittedAt = stored.submittedAt();
        return application;
    }

    /** What a store keeps beyond the facts. */
    public record Stored(
            ApplicationStatus status,
            ApplicationForm form,
            Consent consent,
            String returnReason,
            Suggestion suggestion,
            Decision decision,
            Instant submittedAt) {}

    /** Changes the form of a draft or a returned application. */
    public void revise(ApplicationForm newForm) {
        require(Move.REVISE);
        this.form = newForm;
    }

    /** Records the consent; for a child under 14 only the guardian gives it. */
    public void recordConsent(Consent given, boolean childUnder14) {
        require(Move.REVISE);
        if (childUnder14 && !given.byGuardian()) {
            throw new ApplicationMoveRefused("identification.application.consentByGuardian");
        }
        this.consent = given;
    }

    /** Submits a draft or a corrected returned application: consent, commitment and a household first. */
    public void submit(Instant at) {
        require(Move.SUBMIT);
        if (consent == null) {
            throw new ApplicationMoveRefused("identification.application.noConsent");
        }
        if (!form.commitment().given()) {
            throw new ApplicationMoveRefused("identification.application.noCommitment");
        }
        if (form.members().isEmpty()) {
            throw new ApplicationMoveRefused("identification.application.noMembers");
        }
        this.status = ApplicationStatus.SUBMITTED;
        this.submittedAt = at;
        this.suggestion = null;
    }

    /** Keeps the score's suggestion (null level: the model suggests none) given on submission. */
    public void suggest(Suggestion scored) {
        require(Move.SUGGEST);
        this.suggestion = scored;
    }

    /** The class review group agreed or disagreed (待议 leaves the application submitted). */
    public void markClassReviewed() {
        require(Move.REVIEW);
        this.status = ApplicationStatus.CLASS_REVIEWED;
    }

    /**
     * The school decides the level. Following the suggestion needs no reason; another level (or a
     * level where the model suggested none) does.
     */
    public void decide(Decision chosen) {
        require(Move.DECIDE);
        if (!followsSuggestion(chosen.level()) && chosen.reason().isEmpty()) {
            throw new ApplicationMoveRefused("identification.application.decisionNeedsReason");
        }
        this.decision = chosen;
        this.status = ApplicationStatus.DECIDED;
    }

    /**
     * Re-assesses a finally decided application during the school year (学期动态调整, a change in
     * the family, or an upheld objection to the notice): the new decision replaces the current one
     * and needs a reason; answers the decision it replaced, which the caller keeps as history. A
     * decision outside three-party review stays DECIDED; one the county APPROVED goes back to
     * THREE_PARTY_REVIEW (the village, township and county review the new level, and the
     * identification is not final until the county approves it again).
     */
    public Decision adjust(Decision adjusted) {
        require(Move.ADJUST);
        if (adjusted.reason().isEmpty()) {
            throw new ApplicationMoveRefused("identification.adjustment.needsReason");
        }
        Decision replaced = this.decision;
        this.decision = adjusted;
        if (status == ApplicationStatus.APPROVED) {
            this.status = ApplicationStatus.THREE_PARTY_REVIEW;
        }
        return replaced;
    }

    /**
     * The county's ruling on the family's appeal (申诉改定) replaces the decision and is final for the
     * school year: unlike a school's adjustment, an approved identification stays approved (the
     * county is the last step of three-party review).
     */
    public Decision ruleOnAppeal(Decision ruled) {
        require(Move.ADJUST);
        if (ruled.reason().isEmpty()) {
            throw new ApplicationMoveRefused("identification.adjustment.needsReason");
        }
        Decision replaced = this.decision;
        this.decision = ruled;
        return replaced;
    }

    /** Whether the application waits in three-party review (after a school decision or an adjustment of an approved one). */
    public boolean inThreePartyReview() {
        return status == ApplicationStatus.THREE_PARTY_REVIEW;
    }

    /** Whether a level is the one the score suggested. */
    public boolean followsSuggestion(DifficultyLevel level) {
        return suggestion != null && suggestion.level() != null && suggestion.level() == level;
    }

    /** Returns the application to the family with the reason it will read. */
    public void returnToFamily(String reason) {
        require(Move.RETURN);
        if (reason == null || reason.isBlank()) {
            throw new ApplicationMoveRefused("identification.application.returnNeedsReason");
        }
        this.returnReason = reason.strip();
        this.status = ApplicationStatus.RETURNED;
    }

    /** The school's decision is on a stage inside three-party review: the village, township and county review it. */
    public void sendToThreePartyReview() {
        require(Move.SEND_TO_REVIEW);
        this.status = ApplicationStatus.THREE_PARTY_REVIEW;
    }

    /**
     * A three-party reviewer returns the application to the school, which decides again; the
     * reason is kept by the review, the school's earlier decision stays until it decides anew.
     */
    public void returnToSchool(String reason) {
        require(Move.RETURN_TO_SCHOOL);
        if (reason == null || reason.isBlank()) {
            throw new ApplicationMoveRefused("identification.threeParty.returnNeedsReason");
        }
        this.status = ApplicationStatus.CLASS_REVIEWED;
    }

    /** The county approves the school's decision after three-party review: the identification is in force. */
    public void approve() {
        require(Move.APPROVE);
        this.status = ApplicationStatus.APPROVED;
    }

    /** Withdraws an application that is not decided yet. */
    public void withdraw() {
        require(Move.WITHDRAW);
        this.status = ApplicationStatus.WITHDRAWN;
    }

    private void require(Move move) {
        if (!move.from.contains(status)) {
            throw new ApplicationMoveRefused("identification.application.move", status.label(), WORDS.get(move));
        }
    }

    public Long id() {
        return id;
    }

    public int version() {
        return version;
    }

    public ApplicationFacts facts() {
        return facts;
    }

    public ApplicationStatus status() {
        return status;
    }

    public ApplicationForm form() {
        return form;
    }

    public Consent consent() {
        return consent;
    }

    public String returnReason() {
        return returnReason;
    }

    public Suggestion suggestion() {
        return suggestion;
    }

    public Decision decision() {
        return decision;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    @Override
    public String toString() {
        return "Application[" + id + ", " + status + "]";
    }
}
