package com.aidloop.identification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.identification.ModelInUse;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Versions and ownership: a published version is never changed, only superseded; who may change or adopt. */
class ModelVersionTests {

    private final IndicatorModel reference = ReferenceModels.jiangsu2020();

    @Test
    void aPublishedVersionRefusesEveryChange() {
        IndicatorModel county = reference
                .adoptedBy(new ModelOwner("430626"), "PJ", "平江县量化指标", 2026)
                .published();

        assertThatThrownBy(() -> county.revised(county.rules())).isInstanceOf(ModelInUse.class);
        assertThatThrownBy(county::published).isInstanceOf(ModelInUse.class);
        assertThatThrownBy(() -> county.inForceFrom(2027)).isInstanceOf(ModelInUse.class);
    }

    @Test
    void theNextVersionIsADraftOfTheSameFamilyWithTheSameRules() {
        IndicatorModel county = reference
                .adoptedBy(new ModelOwner("430626"), "PJ", "平江县量化指标", 2026)
                .published();

        IndicatorModel next = county.nextDraft(2027);

        assertThat(next.version()).isEqualTo(2);
        assertThat(next.status()).isEqualTo(ModelStatus.DRAFT);
        assertThat(next.rules()).isEqualTo(county.rules());
        assertThat(next.basedOn()).isEqualTo("REF-JS-2020 第1版");
        assertThatThrownBy(() -> next.nextDraft(2027)).isInstanceOf(ModelInUse.class);
        assertThatThrownBy(() -> reference.nextDraft(2027)).isInstanceOf(ModelInUse.class);
    }

    @Test
    void aCountyAdoptsAReferenceOrItsProvincesModelAndChangesOnlyItsOwn() {
        ModelOwner hunan = new ModelOwner("43");
        ModelOwner pingjiang = new ModelOwner("430626");

        assertThat(ModelOwner.REFERENCE.adoptableFrom("430626")).isTrue();
        assertThat(ModelOwner.REFERENCE.adoptableFrom("43")).isTrue();
        assertThat(hunan.adoptableFrom("430626")).isTrue();
        assertThat(hunan.adoptableFrom("320102")).isFalse();
        assertThat(pingjiang.adoptableFrom("430602")).isFalse();
        assertThat(pingjiang.changeableFrom("430626")).isTrue();
        assertThat(pingjiang.changeableFrom("43")).isFalse();
        assertThat(ModelOwner.REFERENCE.changeableFrom("43")).isFalse();
        assertThat(hunan.appliesIn("430626")).isTrue();
        assertThat(ModelOwner.REFERENCE.appliesIn("430626")).isFalse();
    }

    @Test
    void aCountWithACapAndAGroupCapBothLimitThePoints() {
        ModelRules rules = new ModelRules(
                List.of(
                        new CountIndicator("SICK", "患大病的家庭成员人数", "健康", new BigDecimal(10), new BigDecimal(25), null),
                        new YesNoIndicator("DISABLED", "本人持证残疾", "健康", new BigDecimal(20), null)),
                List.of(new GroupCap("健康", new BigDecimal(40), null)),
                List.of(new CutOff(DifficultyLevel.SPECIAL, new BigDecimal(40))),
                List.of(),
                DifficultyLevel.SPECIAL,
                null);

        ScoreResult three = rules.score(Answers.of(Map.of("SICK", "3")));
        ScoreResult all = rules.score(Answers.of(Map.of("SICK", "3", "DISABLED", "是")));

        assertThat(three.total()).isEqualByComparingTo("25");
        assertThat(three.lines().getFirst().rule()).isEqualTo("每项10分，最高25分（已封顶）");
        assertThat(three.level()).isEqualTo(DifficultyLevel.NOT_DIFFICULT);
        assertThat(all.total()).isEqualByComparingTo("40");
        assertThat(all.caps()).hasSize(1);
        assertThat(all.level()).isEqualTo(DifficultyLevel.SPECIAL);
        assertThat(all.levelRule()).isEqualTo("总分≥40分为特别困难");
    }

    @Test
    void cutOffsMustFallWithTheLevel() {
        assertThatThrownBy(() -> new ModelRules(
                        List.of(),
                        List.of(),
                        List.of(
                                new CutOff(DifficultyLevel.SPECIAL, new BigDecimal(20)),
                                new CutOff(DifficultyLevel.FAIRLY, new BigDecimal(30))),
                        List.of(),
                        DifficultyLevel.SPECIAL,
                        null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
