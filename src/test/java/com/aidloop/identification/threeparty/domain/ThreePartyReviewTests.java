package com.aidloop.identification.threeparty.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.school.Stage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The review's steps, returns, village check and the county's rules, in plain Java. */
class ThreePartyReviewTests {

    static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    static final ReviewRouting ROUTING = ReviewRouting.of(7L, "430626101", "430626102201", "PRIMARY");

    static VillageCheck trueCheck() {
        return new VillageCheck(VillageVerdict.TRUE, "", null, "village", NOW);
    }

    @Test
    void villageTownshipAndCountyInTurn() {
        ThreePartyReview r = ThreePartyReview.start(1L, ROUTING, NOW);
        assertThatThrownBy(() -> r.countyApproves("county", NOW)).hasMessage("identification.threeParty.move");

        r.villageChecks(new VillageCheck(
                VillageVerdict.TRUE,
                "",
                new HomeVisit(VisitMethod.ON_SITE, LocalDate.of(2026, 11, 30), "刘明", "与申请一致"),
                "village",
                NOW));
        r.townshipPasses("同意", "township", NOW);
        r.countyApproves("county", NOW);

        assertThat(r.step()).isEqualTo(ReviewStep.APPROVED);
        assertThat(r.village().visit().method()).isEqualTo(VisitMethod.ON_SITE);
    }

    @Test
    void aStepReturnsToTheStepBeforeOrTheSchoolWithAReasonOnly() {
        ThreePartyReview r = ThreePartyReview.start(1L, ROUTING, NOW);
        assertThatThrownBy(() -> r.returnTo(ReturnTarget.TOWNSHIP, "x", "village", NOW))
                .hasMessage("identification.threeParty.returnTarget");
        assertThatThrownBy(() -> r.returnTo(ReturnTarget.SCHOOL, " ", "village", NOW))
                .hasMessage("identification.threeParty.returnNeedsReason");
        r.villageChecks(trueCheck());
        r.returnTo(ReturnTarget.VILLAGE, "请补充家访记录", "township", NOW);
        assertThat(r.step()).isEqualTo(ReviewStep.VILLAGE);
        r.villageChecks(trueCheck());
        r.townshipPasses("", "township", NOW);
        r.returnTo(ReturnTarget.TOWNSHIP, "乡镇意见不明确", "county", NOW);
        assertThat(r.step()).isEqualTo(ReviewStep.TOWNSHIP);
        r.returnTo(ReturnTarget.SCHOOL, "认定档次偏高", "township", NOW);

        assertThat(r.step()).isEqualTo(ReviewStep.RETURNED_TO_SCHOOL);
        assertThat(r.lastReturn().reason()).isEqualTo("认定档次偏高");
        assertThatThrownBy(() -> r.villageChecks(trueCheck())).hasMessage("identification.threeParty.move");
        r.restart(NOW);
        assertThat(r.step()).isEqualTo(ReviewStep.VILLAGE);
        assertThat(r.round()).isEqualTo(2);
        assertThat(r.village()).isNull();
    }

    @Test
    void anApprovedReviewStartsOverAtTheVillageWhenTheIdentificationIsAdjustedButAWaitingOneDoesNot() {
        ThreePartyReview r = ThreePartyReview.start(1L, ROUTING, NOW);
        assertThatThrownBy(() -> r.restart(NOW)).hasMessage("identification.threeParty.move");
        r.villageChecks(trueCheck());
        r.townshipPasses("同意", "township", NOW);
        r.countyApproves("county", NOW);

        r.restart(NOW.plusSeconds(60));

        assertThat(r.step()).isEqualTo(ReviewStep.VILLAGE);
        assertThat(r.stepSince()).isEqualTo(NOW.plusSeconds(60));
        assertThat(r.round()).isEqualTo(2);
        assertThat(r.village()).isNull();
        assertThat(r.townshipAt()).isNull();
        assertThat(r.approvedBy()).isNull();
        assertThat(r.approvedAt()).isNull();
        assertThatThrownBy(() -> r.countyApproves("county", NOW)).hasMessage("identification.threeParty.move");
    }

    @Test
    void notTrueNeedsANoteAndAVisitIsComplete() {
        assertThatThrownBy(() -> new VillageCheck(VillageVerdict.FALSE, " ", null, "village", NOW))
                .hasMessage("identification.threeParty.falseNeedsNote");
        assertThatThrownBy(() -> new HomeVisit(VisitMethod.PHONE, LocalDate.of(2026, 11, 30), "", "无人接听"))
                .hasMessage("identification.threeParty.visitIncomplete");
    }

    @Test
    void aStudentWithoutVillageIsRoutedByTheSchoolsTownship() {
        ReviewRouting byVillage = ReviewRouting.of(7L, "430626101", "430626102201", "PRIMARY");
        ReviewRouting bySchool = ReviewRouting.of(7L, "430626101", null, "PRIMARY");

        assertThat(byVillage.townshipCode()).isEqualTo("430626102");
        assertThat(byVillage.routedBySchool()).isFalse();
        assertThat(bySchool.townshipCode()).isEqualTo("430626101");
        assertThat(bySchool.villageCode()).isNull();
        assertThat(bySchool.routedBySchool()).isTrue();
    }

    @Test
    void theDefaultCoversCompulsoryAndSeniorHighAndAStepIsOverdueAfterItsWorkingDays() {
        ThreePartyRules rules = ThreePartyRules.defaults();
        assertThat(rules.covers(Stage.PRIMARY)).isTrue();
        assertThat(rules.covers(Stage.VOCATIONAL)).isTrue();
        assertThat(rules.covers(Stage.PRESCHOOL)).isFalse();
        assertThat(rules.covers(Stage.HIGHER)).isFalse();

        ThreePartyReview r = ThreePartyReview.start(1L, ROUTING, NOW);
        // entered Tuesday 1 December 2026: five working days end Tuesday 8 December
        assertThat(r.overdue(StepDeadlinesTests.on(rules, LocalDate.of(2026, 12, 8))))
                .isFalse();
        assertThat(r.overdue(StepDeadlinesTests.on(rules, LocalDate.of(2026, 12, 9))))
                .isTrue();
        assertThatThrownBy(() -> new ThreePartyRules(EnumSet.of(Stage.PRIMARY), 0, 5, 5))
                .hasMessage("identification.threeParty.days");
    }

    @Test
    void theStageComesFromTheSchoolOrTheGrade() {
        Set<Stage> nineYear = EnumSet.of(Stage.PRIMARY, Stage.JUNIOR_SECONDARY);
        assertThat(StageOfApplication.of(nineYear, "七年级")).isEqualTo(Stage.JUNIOR_SECONDARY);
        assertThat(StageOfApplication.of(nineYear, "三年级")).isEqualTo(Stage.PRIMARY);
        assertThat(StageOfApplication.of(EnumSet.of(Stage.SENIOR_HIGH, Stage.JUNIOR_SECONDARY), "高一"))
                .isEqualTo(Stage.SENIOR_HIGH);
        assertThat(StageOfApplication.of(EnumSet.of(Stage.PRESCHOOL), "大班")).isEqualTo(Stage.PRESCHOOL);
        assertThat(StageOfApplication.of(nineYear, "")).isNull();
    }
}
