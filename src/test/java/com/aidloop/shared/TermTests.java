package com.aidloop.shared;

import static com.aidloop.shared.Term.Semester.AUTUMN;
import static com.aidloop.shared.Term.Semester.SPRING;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TermTests {

    @ParameterizedTest
    @ValueSource(strings = {"2026年秋季学期", "2026秋", "2026年秋季", "2026秋季学期", "2026-AUTUMN", "2026 autumn", "2026fall",
        "２０２６年秋季学期", "2026-2027学年第一学期"})
    void parsesAnAutumnTermAsWritten(String written) {
        assertThat(Term.parse(written)).isEqualTo(new Term(2026, AUTUMN));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2027年春季学期", "2027春", "2027-SPRING", "2026-2027学年第二学期", "2026-2027学年第2学期"})
    void parsesASpringTermAsWritten(String written) {
        assertThat(Term.parse(written)).isEqualTo(new Term(2027, SPRING));
    }

    @Test
    void placesASpringTermInTheSchoolYearThatOpenedTheAutumnBefore() {
        assertThat(Term.parse("2027年春季学期").schoolYear()).isEqualTo("2026-2027学年");
        assertThat(Term.parse("2026年秋季学期").schoolYear()).isEqualTo("2026-2027学年");
        assertThat(Term.parse("2026年春季学期").schoolYear()).isEqualTo("2025-2026学年");
    }

    @Test
    void writesItsLabelAndCodeSoThatTheyParseBack() {
        Term term = new Term(2026, AUTUMN);

        assertThat(term.label()).isEqualTo("2026年秋季学期");
        assertThat(term.code()).isEqualTo("2026-AUTUMN");
        assertThat(term.toString()).isEqualTo("2026年秋季学期");
        assertThat(Term.parse(term.label())).isEqualTo(term);
        assertThat(Term.parse(term.code())).isEqualTo(term);
    }

    @Test
    void ordersTermsAsTheyFollowEachOther() {
        assertThat(new Term(2026, SPRING)).isLessThan(new Term(2026, AUTUMN));
        assertThat(new Term(2026, AUTUMN)).isLessThan(new Term(2027, SPRING));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026年", "2026春秋", "秋季学期", "2026年秋季学期第二批", "2026-2028学年第一学期", "1999秋", ""})
    void rejectsWhatIsNotATerm(String written) {
        InvalidValue rejected = Rejection.of(() -> Term.parse(written));

        assertThat(rejected.code()).isEqualTo("term.format");
        assertThat(rejected.getLocalizedMessage()).contains("2026年秋季学期");
    }

    @Test
    void showsTheYearAsWrittenInItsMessage() {
        InvalidValue rejected = Rejection.of(() -> new Term(1999, AUTUMN));

        assertThat(rejected.getLocalizedMessage()).isEqualTo("学期“1999”格式不对，请填写如“2026年秋季学期”");
    }

    @Test
    void showsWhatWasTypedInItsMessage() {
        assertThat(Rejection.of(() -> Term.parse("2026-2028学年第一学期")).getLocalizedMessage())
                .contains("“2026-2028学年第一学期”");
    }
}
