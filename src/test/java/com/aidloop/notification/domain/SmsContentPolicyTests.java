package com.aidloop.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.notification.SmsContentRefused;
import com.aidloop.notification.SmsContentRule;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SmsContentPolicyTests {

    private final SmsContentPolicy policy = SmsContentPolicy.withDefaultWords();

    @Test
    void letsAPayoutNoticeWithTheCardsLastFourDigitsPass() {
        assertThat(policy.check("【平江县学生资助】李明同学：2026年秋季学期国家助学金1250.00元已发放至尾号1234的资助卡，请查收。"))
                .isEmpty();
        assertThat(policy.check("【学生资助】王芳同学：2026年秋季学期义务教育家庭经济困难学生生活补助625.00元已发放至尾号0088的资助卡，请查收。"))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "李明同学（身份证430626201003152382）：助学金已发放",
                "李明同学（身份证43062620100315238X）：助学金已发放",
                "李明同学（身份证４３０６２６２０１００３１５２３８２）：助学金已发放"
            })
    void refusesAnIdLikeNumber(String text) {
        assertThat(policy.check(text)).get().extracting(SmsContentRefused::rule).isEqualTo(SmsContentRule.ID_NUMBER);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "助学金已发放至资助卡6222600260001072444，请查收",
                "助学金已发放至资助卡6222600260001072，请查收",
                "助学金已发放至资助卡 6222 6002 6000 1072 444，请查收",
                "助学金已发放至资助卡6222-6002-6000-1072-444，请查收",
                "流水号62226002600010724441234已入账"
            })
    void refusesAFullCardNumberHoweverItIsWritten(String text) {
        assertThat(policy.check(text)).get().extracting(SmsContentRefused::rule).isEqualTo(SmsContentRule.CARD_NUMBER);
    }

    @Test
    void refusesAMobileNumberInTheText() {
        assertThat(policy.check("助学金已发放，如有疑问请联系监护人13812345678"))
                .get()
                .extracting(SmsContentRefused::rule)
                .isEqualTo(SmsContentRule.PHONE_NUMBER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"低保", "特困", "建档立卡", "脱贫", "残疾", "孤儿", "困难等级", "特别困难", "大病"})
    void refusesWordsThatRevealHardship(String word) {
        SmsContentRefused refused =
                policy.check("李明同学：2026年秋季学期" + word + "学生补助800.00元已发放").orElseThrow();

        assertThat(refused.rule()).isEqualTo(SmsContentRule.HARDSHIP_WORD);
        assertThat(refused.word()).isEqualTo(word);
        assertThat(refused.reason()).isEqualTo("短信内容含有反映家庭困难情况的词语“" + word + "”，不能发送；请改用不含该词的短信模板");
    }

    @Test
    void findsAHardshipWordSplitBySpaces() {
        assertThat(policy.check("李明同学：建档 立卡学生补助已发放"))
                .get()
                .extracting(SmsContentRefused::word)
                .isEqualTo("建档立卡");
    }

    @Test
    void explainsEachRefusalInChineseWithoutRepeatingTheNumber() {
        assertThatThrownBy(() -> policy.require("身份证430626201003152382"))
                .isInstanceOf(SmsContentRefused.class)
                .hasMessageNotContaining("430626201003152382")
                .extracting(e -> ((SmsContentRefused) e).reason())
                .isEqualTo("短信内容含有疑似身份证号码，不能发送；短信中不得出现证件号码");
        assertThat(policy.check("卡号6222600260001072444").orElseThrow().reason())
                .isEqualTo("短信内容含有疑似完整银行卡号，不能发送；短信中只能出现卡号后四位");
    }

    @Test
    void refusesAnEmptyOrOverlongText() {
        assertThat(policy.check("  ")).get().extracting(SmsContentRefused::rule).isEqualTo(SmsContentRule.LENGTH);
        assertThat(policy.check("助".repeat(301)))
                .get()
                .extracting(SmsContentRefused::rule)
                .isEqualTo(SmsContentRule.LENGTH);
    }

    @Test
    void takesItsHardshipWordsFromConfiguration() {
        SmsContentPolicy local = new SmsContentPolicy(List.of("留守", " 单亲 ", ""));

        assertThat(local.hardshipWords()).containsExactly("留守", "单亲");
        assertThat(local.check("留守儿童补助已发放")).isPresent();
        assertThat(local.check("低保家庭补助已发放")).isEmpty();
    }

    @Test
    void leavesOrdinaryNumbersAlone() {
        assertThat(policy.check("2026-2027学年第一学期助学金1250.00元已于2026年11月27日发放至尾号1234的资助卡，批次202611270001"))
                .isEmpty();
    }
}
