package com.aidloop.award.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.award.importing.ProgrammeRules.ProgrammeCheck;
import com.aidloop.school.Stage;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import org.junit.jupiter.api.Test;

class InterimProgrammeCatalogueTests {

    private final InterimProgrammeCatalogue catalogue = new InterimProgrammeCatalogue();
    private final Term autumn2026 = new Term(2026, Term.Semester.AUTUMN);

    @Test
    void theNationalGrantIsTheSeniorHighOrTheVocationalOneByTheStudentsStage() {
        ProgrammeCheck high = catalogue.forTerm(autumn2026).check("国家助学金", "一档", Money.yuan(1750), Stage.SENIOR_HIGH);
        ProgrammeCheck vocational = catalogue.forTerm(autumn2026).check("国家助学金", "", Money.yuan(1150), Stage.VOCATIONAL);

        assertThat(high).isInstanceOfSatisfying(ProgrammeCheck.Accepted.class, a -> assertThat(a.programmeCode()).isEqualTo("SENIOR_HIGH_GRANT"));
        assertThat(vocational).isInstanceOfSatisfying(ProgrammeCheck.Accepted.class, a -> assertThat(a.programmeCode()).isEqualTo("VOCATIONAL_GRANT"));
    }

    @Test
    void standardsAreEffectiveDated() {
        Term autumn2024 = new Term(2024, Term.Semester.AUTUMN);
        assertThat(catalogue.forTerm(autumn2024).check("普通高中国家助学金", "一档", Money.yuan(1250), Stage.SENIOR_HIGH))
                .isInstanceOf(ProgrammeCheck.Accepted.class);
        assertThat(catalogue.forTerm(autumn2026).check("普通高中国家助学金", "一档", Money.yuan(1250), Stage.SENIOR_HIGH))
                .isInstanceOfSatisfying(ProgrammeCheck.Refused.class, r -> assertThat(r.rule()).isEqualTo("AMOUNT_MISMATCH"));
    }

    @Test
    void namesTheRuleARowBreaks() {
        var term = catalogue.forTerm(autumn2026);
        assertThat(rule(term.check("奖学金", "", Money.yuan(500), Stage.PRIMARY))).isEqualTo("PROGRAMME_UNKNOWN");
        assertThat(rule(term.check("中职免学费", "", Money.yuan(500), Stage.PRIMARY))).isEqualTo("NOT_FOR_STAGE");
        assertThat(rule(term.check("生活补助", "三档", Money.yuan(500), Stage.PRIMARY))).isEqualTo("TIER_UNKNOWN");
        assertThat(rule(term.check("普通高中免学杂费", "", Money.yuan(5000), Stage.SENIOR_HIGH))).isEqualTo("AMOUNT_OUT_OF_RANGE");
        assertThat(rule(catalogue.forTerm(new Term(2015, Term.Semester.SPRING)).check("普通高中免学杂费", "", Money.yuan(800), Stage.SENIOR_HIGH)))
                .isEqualTo("NOT_FOR_TERM");
    }

    @Test
    void readsTiersAsPeopleWriteThem() {
        assertThat(InterimProgrammeCatalogue.tier("第一档")).isEqualTo("一档");
        assertThat(InterimProgrammeCatalogue.tier("1档")).isEqualTo("一档");
        assertThat(InterimProgrammeCatalogue.tier("住校")).isEqualTo("寄宿生");
    }

    private static String rule(ProgrammeCheck check) {
        return check instanceof ProgrammeCheck.Refused r ? r.rule() : "ACCEPTED";
    }
}
