package com.aidloop.identification.family;

import com.aidloop.identification.application.domain.Application;
import com.aidloop.identification.application.domain.ApplicationStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Where a family's application stands, step by step as its status page shows it: 填写申请 →
 * 已提交 → 班级评议 → 学校认定, each done, current or still to come, with its date or note. A
 * returned application is back at the first step with the reviewer's reason; a withdrawn one
 * takes no further step. An application in three-party review waits at the school's decision
 * without its level; the level shows only once the identification is final.
 */
record FamilySteps(List<Step> steps, boolean withdrawn) {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    enum State {
        DONE,
        CURRENT,
        TODO
    }

    /** One step: its words, where the application stands on it, and a short note (a date, a level). */
    record Step(String label, State state, String note) {}

    static FamilySteps of(Application a) {
        ApplicationStatus status = a.status();
        boolean withdrawn = status == ApplicationStatus.WITHDRAWN;
        int done = stepsDone(status);
        String fill =
                switch (status) {
                    case DRAFT -> "草稿已保存，填好后请提交";
                    case RETURNED -> "学校已退回，请按退回原因修改后重新提交";
                    default -> "";
                };
        String submitted = a.submittedAt() == null || done < 2 ? "" : "提交于" + day(a.submittedAt());
        String decided = status.finallyDecided() && a.decision() != null
                ? a.decision().level().label() + "（" + day(a.decision().decidedAt()) + "）"
                : status == ApplicationStatus.THREE_PARTY_REVIEW ? "学校已认定，等待村、乡镇、县三方会审" : "等待学校认定";
        List<Step> steps = List.of(
                new Step("填写申请", stateOf(done, 0, withdrawn), fill),
                new Step("已提交", stateOf(done, 1, withdrawn), submitted),
                new Step("班级评议", stateOf(done, 2, withdrawn), done == 2 ? "等待班级认定评议小组评议" : ""),
                new Step("学校认定", stateOf(done, 3, withdrawn), done >= 3 ? decided : ""));
        return new FamilySteps(steps, withdrawn);
    }

    /**
     * How many steps are done: none while filling in (draft, returned), two once submitted, three
     * while the school decides or three-party review checks its decision, all four once final.
     */
    private static int stepsDone(ApplicationStatus status) {
        return switch (status) {
            case DRAFT, RETURNED, WITHDRAWN -> 0;
            case SUBMITTED -> 2;
            case CLASS_REVIEWED, THREE_PARTY_REVIEW -> 3;
            case DECIDED, APPROVED -> 4;
        };
    }

    private static State stateOf(int done, int step, boolean withdrawn) {
        if (step < done) {
            return State.DONE;
        }
        return step == done && !withdrawn ? State.CURRENT : State.TODO;
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, CHINA);
    }
}
