package com.aidloop.disbursement.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.disbursement.DeadlineRule;
import com.aidloop.shared.Term;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlineBookTests {

    private static final Term SPRING_2026 = new Term(2026, Term.Semester.SPRING);
    private static final Term AUTUMN_2025 = new Term(2025, Term.Semester.AUTUMN);
    private static final Term AUTUMN_2026 = new Term(2026, Term.Semester.AUTUMN);
    private static final Term AUTUMN_2027 = new Term(2027, Term.Semester.AUTUMN);

    @Test
    void springTermsArePaidBy31MayWhateverTheProvinceRecorded() {
        DeadlineBook book = new DeadlineBook(List.of(rule(1, null, AUTUMN_2025, 11, 30, false)));

        assertThat(book.deadlineFor("SENIOR_HIGH_NATIONAL_GRANT", SPRING_2026)).isEqualTo(LocalDate.of(2026, 5, 31));
    }

    @Test
    void autumnTermsArePaidBy31DecemberUnlessTheProvinceRecordedOtherwise() {
        assertThat(new DeadlineBook(List.of()).deadlineFor("PRESCHOOL_AID", AUTUMN_2026))
                .isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void aProvinceRuleAppliesFromItsFirstTermOnAndLeavesEarlierTermsAsTheyWere() {
        DeadlineBook book = new DeadlineBook(List.of(rule(1, null, AUTUMN_2026, 11, 30, false)));

        assertThat(book.deadlineFor("PRESCHOOL_AID", AUTUMN_2025)).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(book.deadlineFor("PRESCHOOL_AID", AUTUMN_2026)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(book.deadlineFor("PRESCHOOL_AID", AUTUMN_2027)).isEqualTo(LocalDate.of(2027, 11, 30));
    }

    @Test
    void aProgrammeOverrideBeatsTheProvinceWideRuleForThatProgrammeOnly() {
        DeadlineBook book = new DeadlineBook(List.of(
                rule(1, null, AUTUMN_2025, 11, 30, false),
                rule(2, "SENIOR_HIGH_NATIONAL_GRANT", AUTUMN_2026, 1, 31, true)));

        assertThat(book.deadlineFor("SENIOR_HIGH_NATIONAL_GRANT", AUTUMN_2026)).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(book.deadlineFor("SENIOR_HIGH_NATIONAL_GRANT", AUTUMN_2025)).isEqualTo(LocalDate.of(2025, 11, 30));
        assertThat(book.deadlineFor("PRESCHOOL_AID", AUTUMN_2026)).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void aLaterRecordOfTheSameTermCorrectsTheEarlierOne() {
        DeadlineBook book = new DeadlineBook(
                List.of(rule(1, null, AUTUMN_2026, 11, 30, false), rule(2, null, AUTUMN_2026, 12, 15, false)));

        assertThat(book.deadlineFor(null, AUTUMN_2026)).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(book.ruleFor(null, AUTUMN_2026)).map(DeadlineRule::id).contains(2L);
    }

    @Test
    void aDayPastTheEndOfTheMonthIsItsLastDay() {
        DeadlineRule february = rule(1, null, AUTUMN_2026, 2, 31, true);

        assertThat(february.deadlineOf(AUTUMN_2026)).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(february.label()).isEqualTo("次年2月31日");
    }

    private static DeadlineRule rule(long id, String programme, Term from, int month, int day, boolean followingYear) {
        return new DeadlineRule(id, "43", programme, from, month, day, followingYear, "province", Instant.EPOCH);
    }
}
