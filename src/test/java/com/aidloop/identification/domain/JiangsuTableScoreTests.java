package com.aidloop.identification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.shared.InvalidInput;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Jiangsu 2020 additive table (domain brief §2 [S40]), answer by answer: every choice the
 * published table gives points for scores them, every blank is "not given" and leaves the total
 * incomplete, and the level is never invented (the table's cut-offs were not captured).
 */
class JiangsuTableScoreTests {

    private final IndicatorModel model = ReferenceModels.jiangsu2020();

    @ParameterizedTest(name = "{0} = {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            HOME_REGION             | 苏北地区、西部省份                 | 10
            HOME_REGION             | 苏中地区、中部省份                 | 7
            HOME_REGION             | 苏南地区、东部省份                 | 5
            HOME_REGION             | 集中连片特困地区                   | 15
            RESIDENCE               | 县城及农村                         | 3
            RESIDENCE               | 地级市所辖区                       | 1
            OWN_HEALTH              | 良好                               | 0
            OWN_HEALTH              | 身体残疾                           | 50
            OWN_HEALTH              | 有严重疾病                         | 30
            FAMILY_TYPE             | 单亲家庭子女（父母一方去世）       | 40
            FAMILY_TYPE             | 单亲家庭子女（父母离异且一方抚养） | 20
            FAMILY_TYPE             | 以上均不是                         | 0
            FATHER_JOB              | 劳力工人（技术含量较低）           | 6
            FATHER_JOB              | 技术性工人                         | 4
            FATHER_JOB              | 中层及以上管理人员或技术人员       | -2
            MOTHER_JOB              | 劳力工人（技术含量较低）           | 6
            MOTHER_JOB              | 技术性工人                         | 4
            MOTHER_JOB              | 中层及以上管理人员或技术人员       | -2
            SIBLING_HEALTH          | 有1个兄弟姐妹身体残疾或重病        | 8
            SIBLING_HEALTH          | 以上均不是                         | 0
            """)
    void scoresEachAnswerThePublishedTableGivesPointsFor(String indicator, String answer, BigDecimal points) {
        ScoreResult result = model.score(Answers.of(Map.of(indicator, answer)));

        IndicatorLine line = lineOf(result, indicator);
        assertThat(line.state()).isEqualTo(IndicatorLine.State.COUNTED);
        assertThat(line.points()).isEqualByComparingTo(points);
        assertThat(line.answer()).isEqualTo(answer);
        assertThat(line.rule()).contains(answer);
        assertThat(result.total()).isEqualByComparingTo(points);
    }

    @ParameterizedTest(name = "{0} = {1} is not given by the table")
    @CsvSource(delimiter = '|', textBlock = """
            OWN_HEALTH              | 一般
            FAMILY_TYPE             | 单亲家庭子女（父母离异且双方抚养）
            FATHER_JOB              | 无业人员（无收入）
            FATHER_JOB              | 农村务农
            MOTHER_JOB              | 退休
            SIBLING_HEALTH          | 有2个兄弟姐妹身体残疾或重病
            SIBLINGS_COMPULSORY     | 有1个兄弟姐妹在读义务教育学段
            SIBLINGS_NON_COMPULSORY | 有1个兄弟姐妹在读非义务教育学段
            """)
    void anAnswerWhosePointsTheTableLeavesBlankCountsNothingAndSaysSo(String indicator, String answer) {
        ScoreResult result = model.score(Answers.of(Map.of(indicator, answer)));

        assertThat(lineOf(result, indicator).state()).isEqualTo(IndicatorLine.State.POINTS_NOT_SET);
        assertThat(result.outcome()).isEqualTo(ScoreResult.Outcome.NO_LEVEL);
        assertThat(result.unresolved()).anyMatch(reason -> reason.contains("1项指标的分值未载明"));
    }

    @Test
    void aWholeFamilyScoresTheSumAndNoLevelSinceTheCutOffsAreUnknown() {
        ScoreResult result = model.score(Answers.of(Map.of(
                "HOME_REGION", "苏北地区、西部省份",
                "RESIDENCE", "县城及农村",
                "OWN_HEALTH", "有严重疾病",
                "FAMILY_TYPE", "单亲家庭子女（父母一方去世）",
                "FATHER_JOB", "劳力工人（技术含量较低）",
                "MOTHER_JOB", "中层及以上管理人员或技术人员",
                "SIBLING_HEALTH", "有1个兄弟姐妹身体残疾或重病",
                "SIBLINGS_COMPULSORY", "以上均不是",
                "SIBLINGS_NON_COMPULSORY", "以上均不是")));

        // 10 + 3 + 30 + 40 + 6 - 2 + 8
        assertThat(result.total()).isEqualByComparingTo("95");
        assertThat(result.outcome()).isEqualTo(ScoreResult.Outcome.NO_LEVEL);
        assertThat(result.level()).isNull();
        assertThat(result.unresolved()).containsExactly("认定档次分数线未设置（本地设置，须由模型所属地区填写）");
        assertThat(result.explanation())
                .contains("本人健康状况｜答：有严重疾病｜30分｜有严重疾病：30分")
                .contains("总分｜95分")
                .contains("建议档次｜未给出");
    }

    @Test
    void theSpecialGroupsOfTheTableAreRecognisedDirectlyWithTheirReasonNotScored() {
        ScoreResult result = model.score(Answers.of(Map.of("HOME_REGION", "苏北地区、西部省份"), Set.of("GUER", "DIBAO")));

        assertThat(result.outcome()).isEqualTo(ScoreResult.Outcome.DIRECT);
        assertThat(result.level()).isEqualTo(DifficultyLevel.SPECIAL);
        assertThat(result.levelRule()).isEqualTo("直接认定：低保家庭子女、孤儿");
        assertThat(result.lines()).isEmpty();
    }

    @Test
    void anAnswerThatIsNoChoiceOfTheIndicatorIsRefusedNamingIt() {
        assertThatThrownBy(() -> model.score(Answers.of(Map.of("RESIDENCE", "海外"))))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("identification.answer.choice");
    }

    @Test
    void theModelSaysItsCutOffsAreALocalSettingToFillIn() {
        assertThat(model.rules().cutOffsSet()).isFalse();
        assertThat(model.source()).contains("S40").contains("须本地填写");
    }

    static IndicatorLine lineOf(ScoreResult result, String code) {
        return result.lines().stream()
                .filter(l -> l.code().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
