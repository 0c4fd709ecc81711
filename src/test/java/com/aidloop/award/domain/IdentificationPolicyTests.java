package com.aidloop.award.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.programme.IdentificationRequirement;
import com.aidloop.programme.IdentificationRule;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Scenarios of an award of the national grant (一档 ↔ 特别困难) resting on an identification: refused
 * or reported by the programme's rule, 困难等级 filled or compared.
 */
class IdentificationPolicyTests {

    private static final String YEAR = "2025-2026学年";

    private static IdentificationRequirement grant(IdentificationRule rule) {
        return new IdentificationRequirement(
                "SENIOR_HIGH_NATIONAL_GRANT",
                "国家助学金",
                rule,
                false,
                Map.of("TIER_1", Set.of("特别困难"), "TIER_2", Set.of("比较困难")));
    }

    private static CheckedRow tierOne(String typedLevel) {
        CheckedRow row = new CheckedRow(7);
        row.programmeCode = "SENIOR_HIGH_NATIONAL_GRANT";
        row.programmeName = "国家助学金（普通高中）";
        row.tier = "一档";
        row.tierCode = "TIER_1";
        row.difficultyLevel = typedLevel;
        return row;
    }

    @Test
    void anAwardWithoutIdentificationIsRefusedUnderRequiredNamingTheRowAndWhatIsMissing() {
        CheckedRow row = tierOne(null);

        IdentificationPolicy.apply(row, grant(IdentificationRule.REQUIRED), YEAR, null);

        assertThat(row.hasErrors()).isTrue();
        RowProblem problem = row.problems().getFirst();
        assertThat(problem.row()).isEqualTo(7);
        assertThat(problem.column()).isEqualTo(RosterColumn.TIER);
        assertThat(problem.code()).isEqualTo("award.identification.missing");
        assertThat(problem.args()).containsExactly("国家助学金（普通高中）", "一档", YEAR, "特别困难");
    }

    @Test
    void inATransitionYearTheSameAwardIsOnlyReported() {
        CheckedRow row = tierOne(null);

        IdentificationPolicy.apply(row, grant(IdentificationRule.WARNING), YEAR, null);

        assertThat(row.hasErrors()).isFalse();
        assertThat(row.problems())
                .extracting(RowProblem::severity, RowProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        Severity.WARNING, "award.identification.missingTransition"));
    }

    @Test
    void aLevelTheTierDoesNotAllowIsRefusedWithBothValues() {
        CheckedRow row = tierOne("一般困难");

        IdentificationPolicy.apply(row, grant(IdentificationRule.REQUIRED), YEAR, "一般困难");

        assertThat(row.hasErrors()).isTrue();
        assertThat(row.problems().getFirst().code()).isEqualTo("award.identification.levelNotAllowed");
        assertThat(row.problems().getFirst().args()).containsExactly("国家助学金（普通高中）", "一档", "特别困难", YEAR, "一般困难");
    }

    @Test
    void aBlankLevelIsFilledFromTheIdentification() {
        CheckedRow row = tierOne(null);

        boolean filled = IdentificationPolicy.apply(row, grant(IdentificationRule.REQUIRED), YEAR, "特别困难");

        assertThat(filled).isTrue();
        assertThat(row.difficultyLevel()).isEqualTo("特别困难");
        assertThat(row.hasErrors()).isFalse();
        assertThat(row.problems()).extracting(RowProblem::severity).containsExactly(Severity.NOTICE);
    }

    @Test
    void aTypedLevelThatDisagreesIsReportedWithBothValuesAndKept() {
        CheckedRow row = new CheckedRow(9);
        row.programmeCode = "PRIMARY_LIVING_SUBSIDY";
        row.programmeName = "义务教育家庭经济困难学生生活补助（小学）";
        row.tier = "寄宿生";
        row.tierCode = "BOARDER";
        row.difficultyLevel = "特别困难";
        IdentificationRequirement subsidy = new IdentificationRequirement(
                "PRIMARY_LIVING_SUBSIDY", "义务教育家庭经济困难学生生活补助", IdentificationRule.REQUIRED, true, Map.of());

        boolean filled = IdentificationPolicy.apply(row, subsidy, YEAR, "一般困难");

        assertThat(filled).isFalse();
        assertThat(row.hasErrors()).isFalse();
        assertThat(row.difficultyLevel()).isEqualTo("特别困难");
        assertThat(row.problems().getFirst().column()).isEqualTo(RosterColumn.DIFFICULTY_LEVEL);
        assertThat(row.problems().getFirst().args()).containsExactly("特别困难", YEAR, "一般困难");
    }
}
