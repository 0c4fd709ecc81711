package com.aidloop.identification.application.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.identification.domain.DifficultyLevel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The application's state machine: every move from every state, allowed or refused. */
class ApplicationStateMachineTests {

    static final Instant NOW = Instant.parse("2026-09-20T02:00:00Z");

    static ApplicationFacts facts() {
        return new ApplicationFacts(1L, "李小红", 2L, "430626101", "三年级", "三年级1班", 2026, Source.PAPER, "school");
    }

    static ApplicationForm form() {
        return new ApplicationForm(
                List.of(
                        new Member("李建国", "父亲", 42, "农村务农", "", new BigDecimal("9000"), Health.MAJOR_ILLNESS),
                        new Member("王秀英", "母亲", 40, "无业", "", new BigDecimal("3000"), Health.HEALTHY)),
                Incomes.NONE,
                Set.of("DIBAO"),
                "自有住房",
                List.of(new Emergency(Emergency.Kind.DISASTER, LocalDate.of(2026, 7, 3), "洪水冲毁农田")),
                new Siblings(0, 1, 0, 1, 0),
                Map.of("HOME_REGION", "苏北地区、西部省份"),
                new Commitment("王秀英", LocalDate.of(2026, 9, 19)));
    }

    static Application in(ApplicationStatus wanted) {
        Application a = Application.draft(facts());
        if (wanted == ApplicationStatus.DRAFT) {
            return a;
        }
        if (wanted == ApplicationStatus.WITHDRAWN) {
            a.withdraw();
            return a;
        }
        a.revise(form());
        a.recordConsent(new Consent(Consent.CURRENT_TEXT, NOW, "王秀英", true), true);
        a.submit(NOW);
        a.suggest(new Suggestion(9L, new BigDecimal("40"), DifficultyLevel.FAIRLY));
        switch (wanted) {
            case RETURNED -> a.returnToFamily("缺少父亲病历照片");
            case CLASS_REVIEWED -> a.markClassReviewed();
            case DECIDED, THREE_PARTY_REVIEW, APPROVED -> {
                a.markClassReviewed();
                a.decide(new Decision(DifficultyLevel.FAIRLY, "", "school", NOW));
                if (wanted != ApplicationStatus.DECIDED) {
                    a.sendToThreePartyReview();
                }
                if (wanted == ApplicationStatus.APPROVED) {
                    a.approve();
                }
            }
            default -> {}
        }
        assertThat(a.status()).isEqualTo(wanted);
        return a;
    }

    @ParameterizedTest
    @EnumSource(ApplicationStatus.class)
    void anApplicationHandedInIsEitherPendingOrFinallyDecided(ApplicationStatus status) {
        boolean handedIn = status != ApplicationStatus.DRAFT && status != ApplicationStatus.WITHDRAWN;
        assertThat(ApplicationStatus.PENDING.contains(status) ^ status.finallyDecided())
                .as(status.name())
                .isEqualTo(handedIn);
        assertThat(ApplicationStatus.PENDING.contains(status) && status.finallyDecided())
                .isFalse();
    }

    @Test
    void aDraftIsSubmittedScoredReviewedAndDecided() {
        Application a = in(ApplicationStatus.DECIDED);

        assertThat(a.decision().level()).isEqualTo(DifficultyLevel.FAIRLY);
        assertThat(a.suggestion().level()).isEqualTo(DifficultyLevel.FAIRLY);
        assertThat(a.submittedAt()).isEqualTo(NOW);
    }

    @Test
    void aReturnedApplicationIsCorrectedAndSubmittedAgain() {
        Application a = in(ApplicationStatus.RETURNED);

        assertThat(a.returnReason()).isEqualTo("缺少父亲病历照片");
        a.revise(form());
        a.submit(NOW.plusSeconds(60));

        assertThat(a.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(a.suggestion()).isNull();
    }

    @Test
    void submittingNeedsConsentCommitmentAndHousehold() {
        Application noConsent = Application.draft(facts());
        noConsent.revise(form());
        assertThatThrownBy(() -> noConsent.submit(NOW)).hasMessage("identification.application.noConsent");

        Application noCommitment = Application.draft(facts());
        noCommitment.recordConsent(new Consent(Consent.CURRENT_TEXT, NOW, "王秀英", true), true);
        assertThatThrownBy(() -> noCommitment.submit(NOW)).hasMessage("identification.application.noCommitment");

        Application noMembers = Application.draft(facts());
        noMembers.recordConsent(new Consent(Consent.CURRENT_TEXT, NOW, "王秀英", true), true);
        noMembers.revise(new ApplicationForm(
                List.of(), Incomes.NONE, Set.of(), "", List.of(), Siblings.NONE, Map.of(), form().commitment()));
        assertThatThrownBy(() -> noMembers.submit(NOW)).hasMessage("identification.application.noMembers");
    }

    @Test
    void aChildUnder14ConsentsOnlyThroughTheGuardian() {
        Application a = Application.draft(facts());

        assertThatThrownBy(() -> a.recordConsent(new Consent(Consent.CURRENT_TEXT, NOW, "李小红", false), true))
                .hasMessage("identification.application.consentByGuardian");
        a.recordConsent(new Consent(Consent.CURRENT_TEXT, NOW, "李小红", false), false);
        assertThat(a.consent().givenBy()).isEqualTo("李小红");
    }

    @Test
    void anotherLevelThanTheSuggestionNeedsAReason() {
        Application a = in(ApplicationStatus.CLASS_REVIEWED);

        assertThatThrownBy(() -> a.decide(new Decision(DifficultyLevel.SPECIAL, " ", "school", NOW)))
                .hasMessage("identification.application.decisionNeedsReason");
        a.decide(new Decision(DifficultyLevel.SPECIAL, "父亲大病住院，医疗支出大", "school", NOW));

        assertThat(a.decision().level()).isEqualTo(DifficultyLevel.SPECIAL);
        assertThat(a.suggestion().level()).isEqualTo(DifficultyLevel.FAIRLY);
    }

    @Test
    void anAdjustmentDuringTheYearNeedsAReasonAndAnswersTheDecisionItReplaces() {
        Application a = in(ApplicationStatus.DECIDED);

        assertThatThrownBy(() -> a.adjust(new Decision(DifficultyLevel.SPECIAL, " ", "school", NOW)))
                .hasMessage("identification.adjustment.needsReason");
        Decision replaced = a.adjust(new Decision(DifficultyLevel.SPECIAL, "父亲工伤致残", "school", NOW));

        assertThat(replaced.level()).isEqualTo(DifficultyLevel.FAIRLY);
        assertThat(a.decision().level()).isEqualTo(DifficultyLevel.SPECIAL);
        assertThat(a.decision().reason()).isEqualTo("父亲工伤致残");
        assertThat(a.status()).isEqualTo(ApplicationStatus.DECIDED);
        assertThat(a.suggestion().level()).isEqualTo(DifficultyLevel.FAIRLY);
    }

    @ParameterizedTest
    @EnumSource(
            value = ApplicationStatus.class,
            names = {"DECIDED", "APPROVED"})
    void anAdjustmentKeepsADecisionOutsideThreePartyReviewFinalAndSendsAnApprovedOneBackToReview(
            ApplicationStatus from) {
        Application a = in(from);

        a.adjust(new Decision(DifficultyLevel.SPECIAL, "公示异议核实：家庭收入低于申报", "school", NOW));

        ApplicationStatus expected =
                from == ApplicationStatus.APPROVED ? ApplicationStatus.THREE_PARTY_REVIEW : ApplicationStatus.DECIDED;
        assertThat(a.status()).as("adjusted from " + from).isEqualTo(expected);
        assertThat(a.inThreePartyReview()).isEqualTo(from == ApplicationStatus.APPROVED);
        assertThat(a.status().finallyDecided()).isEqualTo(from == ApplicationStatus.DECIDED);
        assertThat(a.decision().level()).isEqualTo(DifficultyLevel.SPECIAL);
    }

    @Test
    void anAdjustedApprovedApplicationNeedsTheCountysApprovalAgain() {
        Application a = in(ApplicationStatus.APPROVED);

        a.adjust(new Decision(DifficultyLevel.NOT_DIFFICULT, "公示异议属实，取消认定", "school", NOW));
        assertThatThrownBy(() -> a.adjust(new Decision(DifficultyLevel.GENERAL, "再次调整", "school", NOW)))
                .hasMessage("identification.application.move");
        a.approve();

        assertThat(a.status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(a.decision().level()).isEqualTo(DifficultyLevel.NOT_DIFFICULT);
    }

    @ParameterizedTest
    @EnumSource(
            value = ApplicationStatus.class,
            names = {"DECIDED", "APPROVED"})
    void theCountysRulingOnAnAppealIsFinalAndLeavesAnApprovedIdentificationApproved(ApplicationStatus from) {
        Application a = in(from);

        a.ruleOnAppeal(new Decision(DifficultyLevel.FAIRLY, "申诉改定：家访核实父亲重病", "county", NOW));

        assertThat(a.status()).isEqualTo(from);
        assertThat(a.status().finallyDecided()).isTrue();
        assertThat(a.decision().level()).isEqualTo(DifficultyLevel.FAIRLY);
        assertThatThrownBy(() -> in(ApplicationStatus.THREE_PARTY_REVIEW)
                        .ruleOnAppeal(new Decision(DifficultyLevel.FAIRLY, "申诉改定", "county", NOW)))
                .hasMessage("identification.application.move");
    }

    @Test
    void returningNeedsAReason() {
        Application a = in(ApplicationStatus.SUBMITTED);

        assertThatThrownBy(() -> a.returnToFamily("")).hasMessage("identification.application.returnNeedsReason");
    }

    @Test
    void aThreePartyReviewReturnsToTheSchoolWhichDecidesAgainAndTheCountyApproves() {
        Application a = in(ApplicationStatus.THREE_PARTY_REVIEW);
        assertThat(a.status().finallyDecided()).isFalse();

        assertThatThrownBy(() -> a.returnToSchool(" ")).hasMessage("identification.threeParty.returnNeedsReason");
        a.returnToSchool("村里核实：父亲已外出务工，收入与申请不符");
        assertThat(a.status()).isEqualTo(ApplicationStatus.CLASS_REVIEWED);
        a.decide(new Decision(DifficultyLevel.GENERAL, "核实后调整为一般困难", "school", NOW));
        a.sendToThreePartyReview();
        a.approve();

        assertThat(a.status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(a.decision().level()).isEqualTo(DifficultyLevel.GENERAL);
        assertThat(a.status().finallyDecided()).isTrue();
    }

    @Test
    void finallyDecidedIsDecidedOutsideAndApprovedInsideThreePartyReview() {
        assertThat(EnumSet.allOf(ApplicationStatus.class).stream().filter(ApplicationStatus::finallyDecided))
                .containsExactlyInAnyOrder(ApplicationStatus.DECIDED, ApplicationStatus.APPROVED);
        assertThat(ApplicationStatus.finallyDecidedNames()).containsExactlyInAnyOrder("DECIDED", "APPROVED");
        assertThat(Application.approvableFrom()).containsExactly(ApplicationStatus.THREE_PARTY_REVIEW);
    }

    @ParameterizedTest
    @EnumSource(ApplicationStatus.class)
    void everyMoveIsAllowedOnlyFromItsStates(ApplicationStatus from) {
        Map<String, Consumer<Application>> moves = new java.util.HashMap<>();
        moves.put("revise", a -> a.revise(form()));
        moves.put("submit", a -> a.submit(NOW));
        moves.put("suggest", a -> a.suggest(new Suggestion(9L, BigDecimal.TEN, null)));
        moves.put("review", Application::markClassReviewed);
        moves.put("decide", a -> a.decide(new Decision(DifficultyLevel.GENERAL, "理由", "school", NOW)));
        moves.put("return", a -> a.returnToFamily("材料不全"));
        moves.put("withdraw", Application::withdraw);
        moves.put("adjust", a -> a.adjust(new Decision(DifficultyLevel.SPECIAL, "父亲工伤致残", "school", NOW)));
        moves.put("sendToReview", Application::sendToThreePartyReview);
        moves.put("returnToSchool", a -> a.returnToSchool("家访核实收入与申请不符"));
        moves.put("approve", Application::approve);
        Map<String, Set<ApplicationStatus>> allowed = pairs(
                "revise", EnumSet.of(ApplicationStatus.DRAFT, ApplicationStatus.RETURNED),
                "submit", EnumSet.of(ApplicationStatus.DRAFT, ApplicationStatus.RETURNED),
                "suggest", EnumSet.of(ApplicationStatus.SUBMITTED),
                "review", EnumSet.of(ApplicationStatus.SUBMITTED),
                "decide", EnumSet.of(ApplicationStatus.CLASS_REVIEWED),
                "return", EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.CLASS_REVIEWED),
                "adjust", EnumSet.of(ApplicationStatus.DECIDED, ApplicationStatus.APPROVED),
                "withdraw",
                        EnumSet.of(
                                ApplicationStatus.DRAFT,
                                ApplicationStatus.SUBMITTED,
                                ApplicationStatus.CLASS_REVIEWED,
                                ApplicationStatus.RETURNED),
                "sendToReview", EnumSet.of(ApplicationStatus.DECIDED),
                "returnToSchool", EnumSet.of(ApplicationStatus.THREE_PARTY_REVIEW),
                "approve", EnumSet.of(ApplicationStatus.THREE_PARTY_REVIEW));
        moves.forEach((name, move) -> {
            Application a = in(from);
            if (allowed.get(name).contains(from)) {
                if (name.equals("submit") && from == ApplicationStatus.DRAFT) {
                    a.revise(form());
                    a.recordConsent(new Consent(Consent.CURRENT_TEXT, NOW, "王秀英", true), true);
                }
                move.accept(a);
            } else {
                assertThatThrownBy(() -> move.accept(a))
                        .as(name + " from " + from)
                        .isInstanceOf(ApplicationMoveRefused.class)
                        .hasMessage("identification.application.move");
                assertThat(a.status()).isEqualTo(from);
            }
        });
    }

    /** A map of name–value pairs; Map.of takes at most ten. */
    @SuppressWarnings("unchecked")
    static <V> Map<String, V> pairs(Object... nameValue) {
        Map<String, V> map = new java.util.HashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            map.put((String) nameValue[i], (V) nameValue[i + 1]);
        }
        return map;
    }
}
