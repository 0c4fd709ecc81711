package com.aidloop.programme;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.school.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProgrammeNameResolutionTests {

    private final Catalogue catalogue = Catalogues.catalogue("2026-AUTUMN");

    private String resolved(String typed, Stage stage) {
        return switch (catalogue.resolve(typed, stage)) {
            case NameResolution.Found found -> found.programme().code();
            case NameResolution.NotForStage other ->
                "NOT_FOR_STAGE:" + other.programmes().getFirst().code();
            case NameResolution.Unknown unknown -> "UNKNOWN:" + String.join("|", unknown.suggestions());
        };
    }

    @Test
    void theSameNameResolvesToTheProgrammeOfTheStudentsStage() {
        assertThat(resolved("国家助学金", Stage.SENIOR_HIGH)).isEqualTo("SENIOR_HIGH_NATIONAL_GRANT");
        assertThat(resolved("国家助学金", Stage.VOCATIONAL)).isEqualTo("VOCATIONAL_NATIONAL_GRANT");
        assertThat(resolved("国家助学金", Stage.HIGHER)).isEqualTo("HIGHER_NATIONAL_GRANT");
    }

    @ParameterizedTest
    @CsvSource({
        "'国家 助学金', SENIOR_HIGH, SENIOR_HIGH_NATIONAL_GRANT",
        "'　国家助学金　', SENIOR_HIGH, SENIOR_HIGH_NATIONAL_GRANT",
        "'国家助学金（普通高中）', SENIOR_HIGH, SENIOR_HIGH_NATIONAL_GRANT",
        "'国家助学金(普高)', SENIOR_HIGH, SENIOR_HIGH_NATIONAL_GRANT",
        "'国家助学金-中职', VOCATIONAL, VOCATIONAL_NATIONAL_GRANT",
        "普高国家助学金, SENIOR_HIGH, SENIOR_HIGH_NATIONAL_GRANT",
        "中职国家助学金, VOCATIONAL, VOCATIONAL_NATIONAL_GRANT",
        "中等职业教育国家助学金, VOCATIONAL, VOCATIONAL_NATIONAL_GRANT",
        "本专科国家奖学金, HIGHER, HIGHER_NATIONAL_SCHOLARSHIP",
        "两免一补生活补助, PRIMARY, PRIMARY_LIVING_SUBSIDY",
        "两免一补生活补助, JUNIOR_SECONDARY, JUNIOR_LIVING_SUBSIDY",
        "家庭经济困难学生生活补助, JUNIOR_SECONDARY, JUNIOR_LIVING_SUBSIDY",
        "小学生活补助, PRIMARY, PRIMARY_LIVING_SUBSIDY",
        "义务教育生活补助, JUNIOR_SECONDARY, JUNIOR_LIVING_SUBSIDY",
        "营养餐, PRIMARY, RURAL_NUTRITION",
        "'营 养 餐', JUNIOR_SECONDARY, RURAL_NUTRITION",
        "初中营养餐, JUNIOR_SECONDARY, RURAL_NUTRITION",
        "农村义务教育学生营养改善计划, PRIMARY, RURAL_NUTRITION",
    })
    void toleratesWidthSpacingPunctuationAliasesAndStageWords(String typed, Stage stage, String code) {
        assertThat(resolved(typed, stage)).isEqualTo(code);
    }

    @Test
    void everyDisplayNameTheTemplateOffersResolvesForEachOfItsStages() {
        for (ProgrammeInForce programme : catalogue.programmes()) {
            for (Stage stage : programme.programme().stages()) {
                assertThat(resolved(programme.programme().displayName(), stage))
                        .as(programme.programme().displayName() + " " + stage)
                        .isEqualTo(programme.code());
            }
        }
        assertThat(resolved("农村义务教育学生营养改善计划（小学、初中）", Stage.JUNIOR_SECONDARY)).isEqualTo("RURAL_NUTRITION");
        assertThat(resolved("农村义务教育学生营养改善计划(小学、初中)", Stage.SENIOR_HIGH)).isEqualTo("NOT_FOR_STAGE:RURAL_NUTRITION");
    }

    @Test
    void aNameOfAnotherStageIsNotForTheStudentsStage() {
        assertThat(resolved("中职国家助学金", Stage.SENIOR_HIGH)).isEqualTo("NOT_FOR_STAGE:VOCATIONAL_NATIONAL_GRANT");
        assertThat(resolved("营养餐", Stage.SENIOR_HIGH)).isEqualTo("NOT_FOR_STAGE:RURAL_NUTRITION");
        assertThat(resolved("国家奖学金", Stage.PRIMARY)).isEqualTo("NOT_FOR_STAGE:HIGHER_NATIONAL_SCHOLARSHIP");
        assertThat(resolved("高中生活补助", Stage.SENIOR_HIGH)).startsWith("NOT_FOR_STAGE:");
    }

    @Test
    void anUnknownNameSuggestsTheClosestProgrammesOfTheStageFirst() {
        assertThat(resolved("国家助学", Stage.SENIOR_HIGH)).startsWith("UNKNOWN:国家助学金（普通高中）|");
        assertThat(resolved("临时求助", Stage.PRIMARY)).isEqualTo("UNKNOWN:县级困难学生临时救助（小学、初中、普通高中、中职）");
        assertThat(resolved("美术特长奖", Stage.PRIMARY)).isEqualTo("UNKNOWN:");
        assertThat(resolved("", Stage.PRIMARY)).isEqualTo("UNKNOWN:");
        assertThat(resolved(null, Stage.PRIMARY)).isEqualTo("UNKNOWN:");
    }

    @Test
    void aProgrammeIsFoundByNameEvenInATermItDoesNotPay() {
        Catalogue spring = Catalogues.catalogue("2026-SPRING");

        assertThat(spring.resolve("国家奖学金", Stage.HIGHER)).isInstanceOf(NameResolution.Found.class);
        assertThat(spring.check("国家奖学金", "标准", null, Stage.HIGHER).rule()).isEqualTo(CatalogueRule.NOT_FOR_TERM);
    }

    @Test
    void repeatedNamesGiveTheSameAnswer() {
        assertThat(catalogue.resolve("营养餐", Stage.PRIMARY)).isSameAs(catalogue.resolve("营养餐", Stage.PRIMARY));
    }
}
