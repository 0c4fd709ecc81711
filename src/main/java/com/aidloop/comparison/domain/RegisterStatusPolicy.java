package com.aidloop.comparison.domain;

import com.aidloop.comparison.RegisterStatus;
import com.aidloop.shared.Messages;
import java.time.LocalDate;
import java.util.Map;

/**
 * The register's status rule, named and explained. A student found through a support list is
 * 在册 while the person is on the current list; a list that says policies no longer apply
 * (脱贫户 不再享受政策) makes it 已退出. A person who left the list, or whose relapse risk is
 * removed (风险已消除), keeps the status as 过渡期 for the list type's transition months (脱贫户
 * 60 by default), then 已退出.
 */
public final class RegisterStatusPolicy {

    /** The status and the sentence that explains it. */
    public record Decision(RegisterStatus status, String reason) {}

    private RegisterStatusPolicy() {}

    /**
     * @param asOf the as-of date of the list the person was last found on
     * @param endedOn the day a run found the person no longer listed, or null
     */
    public static Decision on(
            LocalDate on, ListType type, LocalDate asOf, LocalDate endedOn, Map<String, String> attributes) {
        if (endedOn != null && !on.isBefore(endedOn)) {
            return transition(on, endedOn, type, "comparison.rule.leftList");
        }
        if ("否".equals(attributes.get("policiesApply"))) {
            return new Decision(RegisterStatus.EXITED, Messages.format("comparison.rule.noPolicies", type.name()));
        }
        if ("已消除".equals(attributes.get("riskOpen"))) {
            return transition(on, asOf, type, "comparison.rule.riskRemoved");
        }
        return new Decision(
                RegisterStatus.IN_REGISTER, Messages.format("comparison.rule.listed", type.name(), asOf.toString()));
    }

    private static Decision transition(LocalDate on, LocalDate from, ListType type, String code) {
        LocalDate until = from.plusMonths(type.transitionMonths());
        RegisterStatus status = on.isBefore(until) ? RegisterStatus.TRANSITION : RegisterStatus.EXITED;
        return new Decision(status, Messages.format(code, type.name(), from.toString(), until.toString()));
    }
}
