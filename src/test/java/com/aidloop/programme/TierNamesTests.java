package com.aidloop.programme;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.school.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TierNamesTests {

    private final Catalogue catalogue = Catalogues.catalogue("2026-AUTUMN");

    private String tier(String programme, String typed) {
        ProgrammeInForce p = catalogue.programme(programme).orElseThrow();
        return switch (catalogue.standard(p, typed)) {
            case TierResolution.Found found ->
                found.standard().tier().code() + " " + found.standard().amountText();
            case TierResolution.Unknown unknown -> "UNKNOWN";
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"一档", "1档", "第一档", "一等", "第1档", "Ⅰ档", "１档", "1", " 一 档 ", "一档次", "I"})
    void readsTheFirstTierHoweverItIsWritten(String typed) {
        assertThat(tier("SENIOR_HIGH_NATIONAL_GRANT", typed)).isEqualTo("TIER_1 1,750.00");
    }

    @ParameterizedTest
    @CsvSource({"二档, 'TIER_2 1,150.00'", "第三档, TIER_3 600.00", "三等, TIER_3 600.00", "Ⅱ档, 'TIER_2 1,150.00'"})
    void readsTheOtherNumberedTiers(String typed, String expected) {
        assertThat(tier("SENIOR_HIGH_NATIONAL_GRANT", typed)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"标准", "无", "不分档", "/", "  "})
    void aProgrammeWithOneAmountTakesABlankOrStandardTier(String typed) {
        assertThat(tier("RURAL_NUTRITION", typed)).isEqualTo("STANDARD 500.00");
    }

    @Test
    void boardersAndDayStudentsOfTheLivingSubsidy() {
        assertThat(tier("PRIMARY_LIVING_SUBSIDY", "寄宿生")).isEqualTo("BOARDER 500.00");
        assertThat(tier("PRIMARY_LIVING_SUBSIDY", "寄宿")).isEqualTo("BOARDER 500.00");
        assertThat(tier("PRIMARY_LIVING_SUBSIDY", "住校生")).isEqualTo("BOARDER 500.00");
        assertThat(tier("JUNIOR_LIVING_SUBSIDY", "走读")).isEqualTo("NON_BOARDER 312.50");
        assertThat(tier("JUNIOR_LIVING_SUBSIDY", "非寄宿生")).isEqualTo("NON_BOARDER 312.50");
    }

    @Test
    void tiersThatDoNotExistThisTermAreUnknown() {
        assertThat(tier("SENIOR_HIGH_NATIONAL_GRANT", "四档")).isEqualTo("UNKNOWN");
        assertThat(tier("SENIOR_HIGH_NATIONAL_GRANT", "标准"))
                .as("a tiered programme has no single amount")
                .isEqualTo("UNKNOWN");
        assertThat(tier("SENIOR_HIGH_NATIONAL_GRANT", "")).isEqualTo("UNKNOWN");
        assertThat(tier("RURAL_NUTRITION", "一档")).isEqualTo("UNKNOWN");
    }

    @Test
    void aWithdrawnTierIsGoneFromItsTermOn() {
        Catalogue before = Catalogues.catalogue("2024-AUTUMN");
        ProgrammeInForce vocationalBefore =
                before.programme("VOCATIONAL_NATIONAL_GRANT").orElseThrow();
        ProgrammeInForce vocationalAfter =
                catalogue.programme("VOCATIONAL_NATIONAL_GRANT").orElseThrow();

        assertThat(before.standard(vocationalBefore, "标准")).isInstanceOf(TierResolution.Found.class);
        assertThat(before.standard(vocationalBefore, "一档")).isInstanceOf(TierResolution.Unknown.class);
        assertThat(catalogue.standard(vocationalAfter, "标准")).isInstanceOf(TierResolution.Unknown.class);
        assertThat(vocationalAfter.tierSummary()).isEqualTo("一档 1,750.00；二档 1,150.00；三档 600.00");
    }

    @Test
    void theNonBoarderTierBeganInAutumn2019() {
        Catalogue spring2019 = Catalogues.catalogue("2019-SPRING");

        assertThat(spring2019.check("生活补助", "非寄宿生", null, Stage.PRIMARY).rule()).isEqualTo(CatalogueRule.TIER_UNKNOWN);
        assertThat(spring2019.check("生活补助", "寄宿生", null, Stage.PRIMARY).passed())
                .isTrue();
    }
}
