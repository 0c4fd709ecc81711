package com.aidloop.award.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.award.PayingRule;
import com.aidloop.award.RuleBreach;
import com.aidloop.award.RuleBreach.BreachingAward;
import com.aidloop.award.domain.ConfirmationPolicy.Candidate;
import com.aidloop.award.domain.ConfirmationPolicy.Held;
import com.aidloop.award.domain.ConfirmationPolicy.Lane;
import com.aidloop.shared.Money;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfirmationPolicyTests {

    private static final String LIVING = "PRIMARY_LIVING_SUBSIDY";
    private static final String NATIONAL = "HIGHER_NATIONAL_SCHOLARSHIP";
    private static final String ENCOURAGEMENT = "HIGHER_ENCOURAGEMENT_SCHOLARSHIP";
    private static final Map<String, Set<String>> EXCLUSIVE =
            Map.of(NATIONAL, Set.of(ENCOURAGEMENT), ENCOURAGEMENT, Set.of(NATIONAL));
    private static final Map<String, String> NAMES =
            Map.of(NATIONAL, "国家奖学金", ENCOURAGEMENT, "国家励志奖学金", LIVING, "生活补助");

    private static Candidate award(long id, String programme, String student, String yuan) {
        return new Candidate(
                id,
                programme,
                NAMES.get(programme),
                "idx-" + student,
                "430626********00" + id,
                student,
                "三市镇中心小学",
                Money.yuan(yuan),
                null);
    }

    private static Lane lane(String programme, long confirmed, String confirmedYuan, Integer quota, String budget) {
        return new Lane(
                programme,
                NAMES.get(programme),
                confirmed,
                Money.yuan(confirmedYuan),
                quota,
                budget == null ? null : Money.yuan(budget));
    }

    @Test
    void confirmsWhenEveryRuleHolds() {
        List<Candidate> awards = List.of(award(1, LIVING, "李明", "500"), award(2, LIVING, "王芳", "500"));
        assertThat(ConfirmationPolicy.check(
                        awards, Map.of(LIVING, lane(LIVING, 1, "500", 3, "1500")), Map.of(), Set.of(), NAMES))
                .isEmpty();
    }

    @Test
    void refusesAwardsBeyondTheQuotaCountingThoseConfirmedBefore() {
        List<Candidate> awards =
                List.of(award(1, LIVING, "李明", "500"), award(2, LIVING, "王芳", "500"), award(3, LIVING, "张伟", "500"));
        List<RuleBreach> breaches = ConfirmationPolicy.check(
                awards, Map.of(LIVING, lane(LIVING, 1, "500", 2, null)), Map.of(), Set.of(), NAMES);
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.rule()).isEqualTo(PayingRule.QUOTA);
            assertThat(b.args()).containsExactly("生活补助", 2, 1L, 3, 1L);
            assertThat(b.awards()).extracting(BreachingAward::studentName).containsExactly("王芳", "张伟");
        });
    }

    @Test
    void refusesAwardsBeyondTheBudget() {
        List<Candidate> awards = List.of(award(1, LIVING, "李明", "500"), award(2, LIVING, "王芳", "250"));
        List<RuleBreach> breaches = ConfirmationPolicy.check(
                awards, Map.of(LIVING, lane(LIVING, 0, "0", null, "700")), Map.of(), Set.of(), NAMES);
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.rule()).isEqualTo(PayingRule.BUDGET);
            assertThat(b.awards()).extracting(BreachingAward::studentName).containsExactly("王芳");
        });
        assertThat(ConfirmationPolicy.check(
                        awards, Map.of(LIVING, lane(LIVING, 0, "0", null, "750")), Map.of(), Set.of(), NAMES))
                .isEmpty();
    }

    @Test
    void refusesAnExclusiveProgrammeAlreadyConfirmedInTheSchoolYear() {
        List<Candidate> awards = List.of(award(1, ENCOURAGEMENT, "李明", "6000"), award(2, ENCOURAGEMENT, "王芳", "6000"));
        List<RuleBreach> breaches = ConfirmationPolicy.check(
                awards,
                Map.of(ENCOURAGEMENT, lane(ENCOURAGEMENT, 0, "0", null, null)),
                EXCLUSIVE,
                Set.of(new Held("idx-李明", NATIONAL)),
                NAMES);
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.rule()).isEqualTo(PayingRule.EXCLUSIVE_PROGRAMMES);
            assertThat(b.awards()).singleElement().satisfies(a -> {
                assertThat(a.studentName()).isEqualTo("李明");
                assertThat(a.idNumberMasked()).contains("****");
                assertThat(a.detail()).isEqualTo("已确认国家奖学金");
            });
        });
    }

    @Test
    void refusesExclusiveProgrammesInTheSameConfirmation() {
        List<Candidate> awards = List.of(
                award(1, NATIONAL, "李明", "10000"),
                award(2, ENCOURAGEMENT, "李明", "6000"),
                award(3, ENCOURAGEMENT, "王芳", "6000"));
        List<RuleBreach> breaches = ConfirmationPolicy.check(
                awards,
                Map.of(
                        NATIONAL,
                        lane(NATIONAL, 0, "0", null, null),
                        ENCOURAGEMENT,
                        lane(ENCOURAGEMENT, 0, "0", null, null)),
                EXCLUSIVE,
                Set.of(),
                NAMES);
        assertThat(breaches).singleElement().satisfies(b -> assertThat(b.awards())
                .extracting(BreachingAward::awardId)
                .containsExactly(1L, 2L));
    }

    @Test
    void refusesAnAmountOutsideTheStandardAndNamesEveryBrokenRule() {
        Candidate wrong = new Candidate(
                1,
                LIVING,
                "生活补助",
                "idx-李明",
                "430626********0011",
                "李明",
                "三市镇中心小学",
                Money.yuan("480"),
                "金额480.00元与标准500.00元不符");
        List<RuleBreach> breaches = ConfirmationPolicy.check(
                List.of(wrong, award(2, LIVING, "王芳", "500")),
                Map.of(LIVING, lane(LIVING, 0, "0", 1, null)),
                Map.of(),
                Set.of(),
                NAMES);
        assertThat(breaches).extracting(RuleBreach::rule).containsExactly(PayingRule.QUOTA, PayingRule.STANDARD_AMOUNT);
        assertThat(breaches.get(1).awards()).singleElement().satisfies(a -> assertThat(a.detail())
                .contains("480.00"));
    }
}
