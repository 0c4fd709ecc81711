package com.aidloop.identification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rule-based model by multiples of the local 低保 line (domain brief §2 "Rule-based levels"
 * [S37]), with a county's line of 6,000 yuan per person and year: up to 50 % above the line is
 * 比较困难, 51-100 % above 一般困难, major illness or disaster 特别困难.
 */
class DibaoMultiplesScoreTests {

    private final IndicatorModel county = withDibaoLine(new BigDecimal("6000.00"));

    @ParameterizedTest(name = "income {0}, illness {1}, disaster {2} → {3} points, {4}")
    @CsvSource(delimiter = '|', textBlock = """
            5000  | 否 | 否 | 20 | 比较困难 | 总分≥20分为比较困难
            6000  | 否 | 否 | 20 | 比较困难 | 总分≥20分为比较困难
            9000  | 否 | 否 | 20 | 比较困难 | 总分≥20分为比较困难
            9006  | 否 | 否 | 10 | 一般困难 | 总分≥10分为一般困难
            12000 | 否 | 否 | 10 | 一般困难 | 总分≥10分为一般困难
            12001 | 否 | 否 | 0  | 不困难   | 总分低于一般困难的分数线10分
            30000 | 是 | 否 | 30 | 特别困难 | 总分≥30分为特别困难
            30000 | 否 | 是 | 30 | 特别困难 | 总分≥30分为特别困难
            9000  | 是 | 是 | 50 | 特别困难 | 总分≥30分为特别困难
            """)
    void levelsFollowTheMultipleOfTheDibaoLine(
            String income, String illness, String disaster, BigDecimal total, String level, String rule) {
        ScoreResult result = county.score(
                Answers.of(Map.of("INCOME_MULTIPLE", income, "MAJOR_ILLNESS", illness, "DISASTER", disaster)));

        assertThat(result.total()).isEqualByComparingTo(total);
        assertThat(result.level().label()).isEqualTo(level);
        assertThat(result.levelRule()).isEqualTo(rule);
        assertThat(result.outcome()).isEqualTo(ScoreResult.Outcome.LEVELLED);
    }

    @Test
    void theIncomeLineSaysTheMultipleAndTheLineItWasMeasuredAgainst() {
        ScoreResult result = county.score(Answers.of(Map.of("INCOME_MULTIPLE", "7500")));

        IndicatorLine line = JiangsuTableScoreTests.lineOf(result, "INCOME_MULTIPLE");
        assertThat(line.answer()).isEqualTo("人均年收入7500元，为本地低保标准6000元的1.25倍");
        assertThat(line.rule()).isEqualTo("不高于低保标准的1.5倍（高出50%以内）：比较困难，20分");
    }

    @Test
    void illnessAndDisasterTogetherAreCappedAtTheirGroupsCap() {
        ScoreResult result =
                county.score(Answers.of(Map.of("INCOME_MULTIPLE", "50000", "MAJOR_ILLNESS", "是", "DISASTER", "是")));

        assertThat(result.total()).isEqualByComparingTo("30");
        assertThat(result.caps()).singleElement().satisfies(cap -> {
            assertThat(cap.before()).isEqualByComparingTo("60");
            assertThat(cap.rule()).isEqualTo("特殊情形合并最高30分");
        });
        assertThat(result.explanation()).contains("特殊情形｜小计60分｜按30分计｜特殊情形合并最高30分");
    }

    @Test
    void withoutALocalDibaoLineTheIncomeIsNotScoredAndNoLevelIsSuggested() {
        ScoreResult result = ReferenceModels.dibaoMultiples().score(Answers.of(Map.of("INCOME_MULTIPLE", "5000")));

        assertThat(JiangsuTableScoreTests.lineOf(result, "INCOME_MULTIPLE").state())
                .isEqualTo(IndicatorLine.State.SETTING_MISSING);
        assertThat(result.level()).isNull();
        assertThat(result.outcome()).isEqualTo(ScoreResult.Outcome.NO_LEVEL);
    }

    @Test
    void aFamilyInTheMonitoringListIsRecognisedDirectly() {
        ScoreResult result = county.score(Answers.of(Map.of("INCOME_MULTIPLE", "50000"), Set.of("FANGFANPIN")));

        assertThat(result.level()).isEqualTo(DifficultyLevel.SPECIAL);
        assertThat(result.levelRule()).isEqualTo("直接认定：防返贫监测对象");
    }

    @Test
    void theSameAnswersUnderTheSameVersionGiveTheSameResultEveryTime() {
        Map<String, String> first = new HashMap<>();
        first.put("DISASTER", "是");
        first.put("INCOME_MULTIPLE", "8000");
        Map<String, String> second = new java.util.LinkedHashMap<>();
        second.put("INCOME_MULTIPLE", "8000");
        second.put("DISASTER", "是");

        ScoreResult a = county.score(Answers.of(first));
        ScoreResult b = withDibaoLine(new BigDecimal("6000")).score(Answers.of(second));

        assertThat(b).isEqualTo(a);
        assertThat(b.fingerprint()).isEqualTo(a.fingerprint()).hasSize(64);
        assertThat(b.explanation()).isEqualTo(a.explanation());
    }

    static IndicatorModel withDibaoLine(BigDecimal line) {
        IndicatorModel adopted =
                ReferenceModels.dibaoMultiples().adoptedBy(new ModelOwner("430626"), "PJ-DIBAO", "平江县按低保标准倍数认定", 2026);
        ModelRules rules = adopted.rules();
        return adopted.revised(new ModelRules(
                rules.indicators(),
                rules.groupCaps(),
                rules.cutOffs(),
                rules.directGroups(),
                rules.directLevel(),
                line));
    }
}
