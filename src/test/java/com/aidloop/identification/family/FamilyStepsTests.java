package com.aidloop.identification.family;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.identification.application.domain.Application;
import com.aidloop.identification.application.domain.ApplicationFacts;
import com.aidloop.identification.application.domain.ApplicationForm;
import com.aidloop.identification.application.domain.ApplicationStatus;
import com.aidloop.identification.application.domain.Decision;
import com.aidloop.identification.application.domain.Source;
import com.aidloop.identification.domain.DifficultyLevel;
import com.aidloop.identification.family.FamilySteps.State;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The family's status page, step by step (填写申请 → 已提交 → 班级评议 → 学校认定) for every status; the
 * level only once the identification is final, not while three-party review checks it.
 */
class FamilyStepsTests {

    static final Instant SUBMITTED = Instant.parse("2026-12-01T02:00:00Z");
    static final Instant DECIDED = Instant.parse("2026-12-10T02:00:00Z");

    @ParameterizedTest
    @CsvSource({
        "DRAFT,          CURRENT, TODO,    TODO,    TODO,    false",
        "SUBMITTED,      DONE,    DONE,    CURRENT, TODO,    false",
        "CLASS_REVIEWED, DONE,    DONE,    DONE,    CURRENT, false",
        "DECIDED,        DONE,    DONE,    DONE,    DONE,    false",
        "RETURNED,       CURRENT, TODO,    TODO,    TODO,    false",
        "WITHDRAWN,      TODO,    TODO,    TODO,    TODO,    true"
    })
    void eachStatusShowsWhereTheApplicationStands(
            ApplicationStatus status, State fill, State submitted, State reviewed, State decided, boolean withdrawn) {
        FamilySteps steps = FamilySteps.of(application(status));

        assertThat(steps.steps()).extracting(FamilySteps.Step::label).containsExactly("填写申请", "已提交", "班级评议", "学校认定");
        assertThat(steps.steps())
                .extracting(FamilySteps.Step::state)
                .containsExactly(fill, submitted, reviewed, decided);
        assertThat(steps.withdrawn()).isEqualTo(withdrawn);
    }

    @ParameterizedTest
    @CsvSource({"THREE_PARTY_REVIEW, CURRENT", "APPROVED,           DONE"})
    void aStageTheCountyReviewsShowsAFifthStepForThreePartyReview(ApplicationStatus status, State review) {
        FamilySteps steps = FamilySteps.of(application(status));

        assertThat(steps.steps())
                .extracting(FamilySteps.Step::label)
                .containsExactly("填写申请", "已提交", "班级评议", "学校认定", "三方会审");
        assertThat(steps.steps())
                .extracting(FamilySteps.Step::state)
                .containsExactly(State.DONE, State.DONE, State.DONE, State.DONE, review);
    }

    @ParameterizedTest
    @CsvSource({
        "RETURNED, 0, 学校已退回，请按退回原因修改后重新提交",
        "SUBMITTED, 1, 提交于2026-12-01",
        "CLASS_REVIEWED, 2, ''",
        "DECIDED, 3, 比较困难（2026-12-10）",
        "THREE_PARTY_REVIEW, 3, 学校已认定",
        "THREE_PARTY_REVIEW, 4, 村、乡镇、县审核中",
        "APPROVED, 4, 县级已审批：比较困难（2026-12-10）"
    })
    void theStepsCarryTheirDatesAndTheDecidedLevel(ApplicationStatus status, int step, String note) {
        assertThat(FamilySteps.of(application(status)).steps().get(step).note()).isEqualTo(note);
    }

    private static Application application(ApplicationStatus status) {
        ApplicationFacts facts =
                new ApplicationFacts(1, "李明", 2, "430626101", "三年级", "三年级2班", 2026, Source.FAMILY, "家长139****0001");
        boolean submitted = status != ApplicationStatus.DRAFT;
        return Application.restore(
                1L,
                1,
                facts,
                new Application.Stored(
                        status,
                        ApplicationForm.EMPTY,
                        null,
                        status == ApplicationStatus.RETURNED ? "请补充病历" : null,
                        null,
                        status == ApplicationStatus.DECIDED
                                        || status == ApplicationStatus.THREE_PARTY_REVIEW
                                        || status == ApplicationStatus.APPROVED
                                ? new Decision(DifficultyLevel.FAIRLY, "", "school", DECIDED)
                                : null,
                        submitted ? SUBMITTED : null));
    }
}
