package com.aidloop.programme.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.programme.Catalogues;
import com.aidloop.programme.ProgrammeInput;
import com.aidloop.shared.Term;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class NamesUniquePerStageTests {

    private final List<Programme> national = Catalogues.national();

    private static ProgrammeFacts facts(String name, String aliases, String firstTerm, String... stages) {
        return ProgrammeFacts.parse(new ProgrammeInput(
                "NEW_PROGRAMME", name, aliases, List.of(stages), "BOTH", "LOCAL_AID", "LOCAL", firstTerm, "", ""));
    }

    @Test
    void theSameNameAtAnotherStageIsFine() {
        assertThat(NamesUniquePerStage.clashes(facts("国家助学金", "", "2026-SPRING", "PRESCHOOL"), null, national))
                .isEmpty();
    }

    @Test
    void aNameOrAliasAlreadyUsedAtTheStageIsRefused() {
        assertThat(NamesUniquePerStage.clashes(facts("国家 助学金", "", "2026-SPRING", "普通高中"), null, national))
                .extracting(p -> p.field() + ":" + p.code() + ":" + p.args()[3])
                .containsExactly("name:programme.name.taken:SENIOR_HIGH_NATIONAL_GRANT");
        assertThat(NamesUniquePerStage.clashes(facts("县助学金", "营养餐", "2026-SPRING", "小学"), null, national))
                .extracting(p -> p.field() + ":" + p.args()[0])
                .containsExactly("aliases:营养餐");
    }

    @Test
    void aSuccessorMayTakeTheNameOfAProgrammeThatStoppedBefore() {
        Programme relief = national.getLast();
        relief.deactivate(Term.parse("2027-SPRING"), Instant.now(), "county");

        assertThat(NamesUniquePerStage.clashes(facts("县级困难学生临时救助", "", "2027-SPRING", "小学"), null, national))
                .isEmpty();
        assertThat(NamesUniquePerStage.clashes(facts("县级困难学生临时救助", "", "2026-AUTUMN", "小学"), null, national))
                .hasSize(1);
    }
}
