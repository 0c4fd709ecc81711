package com.aidloop.identification.appeal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.identification.domain.DifficultyLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** When a family may appeal and how the county may rule: plain rules, no database. */
class AppealRulesTests {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** 1 October 2026, 10:00 in China. */
    static final Instant DECIDED =
            LocalDate.of(2026, 10, 1).atTime(10, 0).atZone(CHINA).toInstant();

    final AppealWindow tenDays = new AppealWindow(10);

    static AppealWindow.Identification decided(DifficultyLevel level, DifficultyLevel suggested) {
        return new AppealWindow.Identification(true, level, suggested, DECIDED);
    }

    static Instant on(int month, int day, int hour) {
        return LocalDate.of(2026, month, day).atTime(hour, 0).atZone(CHINA).toInstant();
    }

    @Test
    void aRefusedFamilyMayAppealThroughTheLastDayOfTheWindowInChinaTimeAndNotAfter() {
        var refused = decided(DifficultyLevel.NOT_DIFFICULT, DifficultyLevel.NOT_DIFFICULT);

        assertThat(tenDays.lastDay(DECIDED, CHINA)).isEqualTo(LocalDate.of(2026, 10, 11));
        assertThat(tenDays.problem(refused, false, on(10, 11, 23), CHINA)).isNull();
        assertThat(tenDays.problem(refused, false, on(10, 12, 0), CHINA))
                .isEqualTo("identification.appeal.windowClosed");
        assertThat(new AppealWindow(15).problem(refused, false, on(10, 12, 0), CHINA))
                .isNull();
    }

    @Test
    void onlyARefusalOrALevelBelowTheSuggestionIsAGround() {
        assertThat(AppealWindow.ground(decided(DifficultyLevel.NOT_DIFFICULT, null)))
                .contains(AppealWindow.Ground.REFUSED);
        assertThat(AppealWindow.ground(decided(DifficultyLevel.GENERAL, DifficultyLevel.FAIRLY)))
                .contains(AppealWindow.Ground.LOWERED);
        assertThat(AppealWindow.ground(decided(DifficultyLevel.FAIRLY, DifficultyLevel.FAIRLY)))
                .isEmpty();
        assertThat(AppealWindow.ground(decided(DifficultyLevel.SPECIAL, DifficultyLevel.GENERAL)))
                .isEmpty();
        assertThat(AppealWindow.ground(decided(DifficultyLevel.GENERAL, null))).isEmpty();
        assertThat(tenDays.problem(
                        decided(DifficultyLevel.FAIRLY, DifficultyLevel.GENERAL), false, on(10, 2, 9), CHINA))
                .isEqualTo("identification.appeal.noGround");
    }

    @Test
    void anIdentificationNotInForceCannotBeAppealedAndASecondAppealNever() {
        var notFinal = new AppealWindow.Identification(false, DifficultyLevel.NOT_DIFFICULT, null, null);
        var refused = decided(DifficultyLevel.NOT_DIFFICULT, DifficultyLevel.GENERAL);

        assertThat(tenDays.problem(notFinal, false, on(10, 2, 9), CHINA)).isEqualTo("identification.appeal.notFinal");
        assertThat(tenDays.problem(refused, true, on(10, 2, 9), CHINA)).isEqualTo("identification.appeal.once");
    }

    @Test
    void theCountysDaysAreBetweenOneAndSixty() {
        assertThatThrownBy(() -> new AppealWindow(0)).hasMessage("identification.appeal.settingDays");
        assertThatThrownBy(() -> new AppealWindow(61)).hasMessage("identification.appeal.settingDays");
        assertThat(new AppealWindow(60).days()).isEqualTo(60);
    }

    @Test
    void theCountyMaintainsOrRaisesTheLevelAlwaysWithAReason() {
        assertThat(new AppealRuling(AppealDecision.MAINTAIN, null, " ").problem(DifficultyLevel.NOT_DIFFICULT))
                .isEqualTo("identification.appeal.reasonRequired");
        assertThat(new AppealRuling(null, null, "理由").problem(DifficultyLevel.NOT_DIFFICULT))
                .isEqualTo("identification.appeal.decisionRequired");
        assertThat(new AppealRuling(AppealDecision.CHANGE_LEVEL, DifficultyLevel.GENERAL, "理由")
                        .problem(DifficultyLevel.GENERAL))
                .isEqualTo("identification.appeal.levelRequired");
        assertThat(new AppealRuling(AppealDecision.CHANGE_LEVEL, DifficultyLevel.NOT_DIFFICULT, "理由")
                        .problem(DifficultyLevel.GENERAL))
                .isEqualTo("identification.appeal.levelRequired");
        assertThat(new AppealRuling(AppealDecision.CHANGE_LEVEL, null, "理由").problem(DifficultyLevel.GENERAL))
                .isEqualTo("identification.appeal.levelRequired");
        assertThat(new AppealRuling(AppealDecision.CHANGE_LEVEL, DifficultyLevel.FAIRLY, "家访核实")
                        .problem(DifficultyLevel.GENERAL))
                .isNull();
        assertThat(new AppealRuling(AppealDecision.MAINTAIN, DifficultyLevel.FAIRLY, "核实无误").newLevel())
                .isNull();
    }

    @Test
    void aDecidedAppealIsFinal() {
        Appeal decided = appeal(new AppealRuling(AppealDecision.MAINTAIN, null, "核实无误"));
        Appeal waiting = appeal(null);

        assertThatThrownBy(() ->
                        decided.check(new AppealRuling(AppealDecision.CHANGE_LEVEL, DifficultyLevel.GENERAL, "再议")))
                .isInstanceOf(AppealRefused.class)
                .hasMessage("identification.appeal.decided");
        assertThatThrownBy(() -> waiting.check(new AppealRuling(AppealDecision.MAINTAIN, null, "")))
                .hasMessage("identification.appeal.reasonRequired");
        waiting.check(new AppealRuling(AppealDecision.CHANGE_LEVEL, DifficultyLevel.GENERAL, "家访核实"));
        assertThat(decided.outcome()).isEqualTo("维持原认定（不困难）");
        assertThat(appeal(new AppealRuling(AppealDecision.CHANGE_LEVEL, DifficultyLevel.GENERAL, "家访核实"))
                        .outcome())
                .isEqualTo("改为一般困难");
    }

    static Appeal appeal(AppealRuling ruling) {
        return new Appeal(
                1,
                2,
                "李明",
                "三市镇中心小学",
                "三年级",
                "1班",
                2026,
                DifficultyLevel.NOT_DIFFICULT,
                DifficultyLevel.GENERAL,
                "父亲住院",
                "家长139****2046",
                DECIDED,
                ruling,
                ruling == null ? null : "county",
                ruling == null ? null : DECIDED);
    }
}
