package com.aidloop.identification.family;

import com.aidloop.identification.application.domain.Application;
import com.aidloop.identification.application.domain.ApplicationStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a family's application stands, step by step as its status page shows it: 填写申请 →
 * 已提交 → 班级评议 → 学校认定 (→ 三方会审, for a stage the county reviews), each done, current or
 * still to come, with its date or note. A returned application is back at the first step with the
 * reviewer's reason; a withdrawn one takes no further step. The level shows only once the
 * identification is final.
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
        boolean threeParty = status == ApplicationStatus.THREE_PARTY_REVIEW || status == ApplicationStatus.APPROVED;
        int done = stepsDone(status);
        String fill =
                switch (status) {
                    case DRAFT -> "草稿已保存，填好后请提交";
                    case RETURNED -> "学校已退回，请按退回原因修改后重新提交";
                    default -> "";
                };
        String submitted = a.submittedAt() == null || done < 2 ? "" : "提交于" + day(a.submittedAt());
        String level = status.finallyDecided() && a.decision() != null
                ? a.decision().level().label() + "（" + day(a.decision().decidedAt()) + "）"
                : "";
        String decided = threeParty ? "学校已认定" : done >= 4 ? level : "等待学校认定";
        List<Step> steps = new ArrayList<>(List.of(
                new Step("填写申请", stateOf(done, 0, withdrawn), fill),
                new Step("已提交", stateOf(done, 1, withdrawn), submitted),
                new Step("班级评议", stateOf(done, 2, withdrawn), done == 2 ? "等待班级认定评议小组评议" : ""),
                new Step("学校认定", stateOf(done, 3, withdrawn), done >= 3 ? decided : "")));
        if (threeParty) {
            String review = status == ApplicationStatus.APPROVED ? "县级已审批：" + level : "村、乡镇、县审核中";
            steps.add(new Step("三方会审", stateOf(done, 4, withdrawn), review));
        }
        return new FamilySteps(List.copyOf(steps), withdrawn);
    }

    /**
     * How many steps are done: none while filling in (draft, returned), two once submitted, three
     * while the school decides, four once the school decided (the last step outside three-party
     * review; in it the review is then current), five once the county approved.
     */
    private static int stepsDone(ApplicationStatus status) {
        return switch (status) {
            case DRAFT, RETURNED, WITHDRAWN -> 0;
            case SUBMITTED -> 2;
            case CLASS_REVIEWED -> 3;
            case DECIDED, THREE_PARTY_REVIEW -> 4;
            case APPROVED -> 5;
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
