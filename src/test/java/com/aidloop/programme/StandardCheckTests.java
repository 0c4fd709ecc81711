package com.aidloop.programme;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.programme.CatalogueRule.Column;
import com.aidloop.school.Stage;
import com.aidloop.shared.Money;
import org.junit.jupiter.api.Test;

class StandardCheckTests {

    private final Catalogue spring2025 = Catalogues.catalogue("2025-SPRING");

    @Test
    void aRowMatchingTheStandardPasses() {
        StandardCheck check = spring2025.check("普高国家助学金", "一档", Money.yuan("1750.00"), Stage.SENIOR_HIGH);

        assertThat(check.passed()).isTrue();
        assertThat(check.programme().code()).isEqualTo("SENIOR_HIGH_NATIONAL_GRANT");
        assertThat(check.standard().tier().code()).isEqualTo("TIER_1");
        assertThat(check.message()).isEmpty();
    }

    @Test
    void theOldAmountNoLongerMatchesOnceTheNewStandardApplies() {
        StandardCheck check = spring2025.check("国家助学金", "一档", Money.yuan("1500"), Stage.SENIOR_HIGH);

        assertThat(check.rule()).isEqualTo(CatalogueRule.AMOUNT_MISMATCH);
        assertThat(check.rule().column()).isEqualTo(Column.AMOUNT);
        assertThat(check.catalogueAmount()).isEqualTo(Money.yuan("1750"));
        assertThat(check.message()).isEqualTo("资助金额1,500.00元与“国家助学金（普通高中）”一档在2025年春季学期的标准1,750.00元不符，请按标准填写1,750.00元");
        assertThat(Catalogues.catalogue("2024-AUTUMN")
                        .check("国家助学金", "一档", Money.yuan("1500"), Stage.SENIOR_HIGH)
                        .passed())
                .isTrue();
    }

    @Test
    void anUnknownProgrammeSaysWhatIsClose() {
        StandardCheck check = spring2025.check("国家助学", "一档", Money.yuan("1750"), Stage.SENIOR_HIGH);

        assertThat(check.rule()).isEqualTo(CatalogueRule.PROGRAMME_UNKNOWN);
        assertThat(check.rule().column()).isEqualTo(Column.PROGRAMME);
        assertThat(check.programme()).isNull();
        assertThat(check.message()).startsWith("资助项目“国家助学”不在资助项目目录中，请核对项目名称；相近的项目：国家助学金（普通高中）");
        assertThat(spring2025.check(" ", "一档", null, Stage.SENIOR_HIGH).message())
                .isEqualTo("资助项目为空，请填写项目名称，如“国家助学金”");
    }

    @Test
    void aProgrammeOfAnotherStageIsNotForTheStudent() {
        StandardCheck check = spring2025.check("营养餐", "标准", Money.yuan("500"), Stage.SENIOR_HIGH);

        assertThat(check.rule()).isEqualTo(CatalogueRule.NOT_FOR_STAGE);
        assertThat(check.message()).isEqualTo("资助项目“营养餐”不适用于普通高中学生（适用学段：小学、初中），请核对学生学段或项目名称");
    }

    @Test
    void aProgrammeThatDoesNotPayInTheTermSaysWhen() {
        StandardCheck spring = spring2025.check("国家奖学金", "标准", Money.yuan("10000"), Stage.HIGHER);
        assertThat(spring.rule()).isEqualTo(CatalogueRule.NOT_FOR_TERM);
        assertThat(spring.message()).isEqualTo("资助项目“国家奖学金（高等教育）”只在秋季学期发放，2025年春季学期不发放，请核对学期或项目名称");

        StandardCheck early = Catalogues.catalogue("2018-AUTUMN").check("营养餐", "标准", null, Stage.PRIMARY);
        assertThat(early.rule()).isEqualTo(CatalogueRule.NOT_FOR_TERM);
        assertThat(early.message()).contains("自2019年春季学期起执行");
    }

    @Test
    void aProgrammeWithoutAStandardForTheTermDoesNotPay() {
        StandardCheck check = Catalogues.catalogue("2023-AUTUMN").check("本专科国家助学金", "一档", null, Stage.HIGHER);

        assertThat(check.rule()).isEqualTo(CatalogueRule.NOT_FOR_TERM);
        assertThat(check.message()).contains("在2023年秋季学期没有执行标准");
    }

    @Test
    void anUnknownTierListsTheTiersOfTheTerm() {
        StandardCheck check = spring2025.check("国家助学金", "四档", Money.yuan("300"), Stage.SENIOR_HIGH);

        assertThat(check.rule()).isEqualTo(CatalogueRule.TIER_UNKNOWN);
        assertThat(check.rule().column()).isEqualTo(Column.TIER);
        assertThat(check.message()).isEqualTo("资助档次“四档”不是“国家助学金（普通高中）”在2025年春季学期的档次，请填写：一档、二档、三档");
        assertThat(spring2025.check("国家助学金", "", null, Stage.SENIOR_HIGH).message())
                .isEqualTo("资助档次为空：“国家助学金（普通高中）”在2025年春季学期分为一档、二档、三档，请填写档次");
    }

    @Test
    void aBandAcceptsAmountsWithinItsLimits() {
        assertThat(spring2025
                        .check("临时救助", "", Money.yuan("200"), Stage.PRIMARY)
                        .passed())
                .isTrue();
        assertThat(spring2025
                        .check("临时救助", "", Money.yuan("2000.00"), Stage.PRIMARY)
                        .passed())
                .isTrue();
        assertThat(spring2025
                        .check("临时救助", "标准", Money.yuan("888.88"), Stage.VOCATIONAL)
                        .passed())
                .isTrue();

        StandardCheck tooMuch = spring2025.check("临时救助", "", Money.yuan("2000.01"), Stage.PRIMARY);
        assertThat(tooMuch.rule()).isEqualTo(CatalogueRule.AMOUNT_OUT_OF_RANGE);
        assertThat(tooMuch.message())
                .isEqualTo("资助金额2,000.01元超出“县级困难学生临时救助（小学、初中、普通高中、中职）”在2025年春季学期的标准范围200.00元至2,000.00元，请在范围内填写");
        assertThat(spring2025
                        .check("临时救助", "", Money.yuan("199.99"), Stage.PRIMARY)
                        .rule())
                .isEqualTo(CatalogueRule.AMOUNT_OUT_OF_RANGE);
    }

    @Test
    void withoutAnAmountOnlyTheProgrammeAndTierAreChecked() {
        assertThat(spring2025
                        .check("生活补助", "非寄宿生", null, Stage.JUNIOR_SECONDARY)
                        .passed())
                .isTrue();
        assertThat(spring2025
                        .check("生活补助", "非寄宿生", null, Stage.JUNIOR_SECONDARY)
                        .catalogueAmount())
                .isEqualTo(Money.yuan("312.50"));
    }

    @Test
    void aBrokenRuleBecomesAFieldProblemForTheImportReport() {
        StandardCheck check = spring2025.check("国家助学金", "一档", Money.yuan("1500"), Stage.SENIOR_HIGH);

        assertThat(check.problem("资助金额").field()).isEqualTo("资助金额");
        assertThat(check.problem("资助金额").code()).isEqualTo("programme.check.amountMismatch");
        assertThat(check.problem("资助金额").args())
                .containsExactly("1,500.00", "国家助学金（普通高中）", "一档", "2025年春季学期", "1,750.00");
    }
}
