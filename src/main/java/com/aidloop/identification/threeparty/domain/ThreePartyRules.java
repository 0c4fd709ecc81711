package com.aidloop.identification.threeparty.domain;

import com.aidloop.school.Stage;
import java.util.EnumSet;
import java.util.Set;

/**
 * A county's choice for three-party review: the stages that go to it (default compulsory
 * education 小学、初中 and senior high 普通高中、中职) and the days each step may take before it is
 * flagged overdue, in working days on the holiday calendar (default 5 each; {@link StepDeadlines}).
 */
public record ThreePartyRules(Set<Stage> stages, int villageDays, int townshipDays, int countyDays) {

    public static final int DEFAULT_DAYS = 5;

    public ThreePartyRules {
        stages = stages.isEmpty() ? EnumSet.noneOf(Stage.class) : EnumSet.copyOf(stages);
        for (int days : new int[] {villageDays, townshipDays, countyDays}) {
            if (days < 1 || days > 60) {
                throw new ReviewRefused("identification.threeParty.days");
            }
        }
    }

    /** The default of a county that chose nothing yet. */
    public static ThreePartyRules defaults() {
        return new ThreePartyRules(
                EnumSet.of(Stage.PRIMARY, Stage.JUNIOR_SECONDARY, Stage.SENIOR_HIGH, Stage.VOCATIONAL),
                DEFAULT_DAYS,
                DEFAULT_DAYS,
                DEFAULT_DAYS);
    }

    public boolean covers(Stage stage) {
        return stage != null && stages.contains(stage);
    }

    public int daysFor(ReviewStep step) {
        return switch (step) {
            case VILLAGE -> villageDays;
            case TOWNSHIP -> townshipDays;
            case COUNTY -> countyDays;
            default -> 0;
        };
    }
}
