package com.aidloop.comparison.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.shared.Term;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorklistRulesTests {

    private final WorklistRules rules =
            new WorklistRules(List.of("LIVING_SUBSIDY"), new BigDecimal("150000"), 2, 6, 17);

    @Test
    void aSuspectCaseLooksAtTheSchoolYearAndTheTermBefore() {
        assertThat(WorklistRules.recentTerms(LocalDate.of(2026, 12, 6)))
                .containsExactly(Term.parse("2026-SPRING"), Term.parse("2026-AUTUMN"), Term.parse("2027-SPRING"));
        assertThat(WorklistRules.recentTerms(LocalDate.of(2027, 3, 1)))
                .containsExactly(Term.parse("2026-AUTUMN"), Term.parse("2027-SPRING"));
    }

    @Test
    void schoolAgeIsCountedOnTheFirstOfSeptemberOfTheSchoolYear() {
        assertThat(rules.schoolAge(LocalDate.of(2020, 9, 1), 2026)).isTrue();
        assertThat(rules.schoolAge(LocalDate.of(2020, 9, 2), 2026)).isFalse();
        assertThat(rules.schoolAge(LocalDate.of(2013, 3, 5), 2026)).isTrue();
        assertThat(rules.schoolAge(LocalDate.of(2008, 9, 1), 2026)).isFalse();
    }
}
