package com.aidloop.shared;

import static com.aidloop.shared.Term.Semester.AUTUMN;
import static com.aidloop.shared.Term.Semester.SPRING;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TermTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026年秋季学期",
                "2026秋",
                "2026年秋季",
                "2026秋季学期",
                "2026-AUTUMN",
                "2026 autumn",
                "2026fall",
                "２０２６年秋季学期",
                "2026-2027学年第一学期"
            })
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

    @ParameterizedTest
    @CsvSource({
        "2026-01-31, 2025-AUTUMN",
        "2026-02-01, 2026-SPRING",
        "2026-07-31, 2026-SPRING",
        "2026-08-01, 2026-AUTUMN",
        "2026-09-01, 2026-AUTUMN",
        "2026-12-31, 2026-AUTUMN"
    })
    void placesADateInTheSpringTermFromFebruaryToJulyAndInTheAutumnTermFromAugustToJanuary(
            LocalDate date, String term) {
        assertThat(Term.of(date)).isEqualTo(Term.parse(term));
    }

    @Test
    void readsTodaysTermInTheClocksZone() {
        Instant lastMinuteOfJulyInBeijing = Instant.parse("2026-07-31T15:59:00Z");

        assertThat(Term.current(Clock.fixed(lastMinuteOfJulyInBeijing, ZoneId.of("Asia/Shanghai"))))
                .isEqualTo(new Term(2026, SPRING));
        assertThat(Term.current(Clock.fixed(lastMinuteOfJulyInBeijing.plusSeconds(60), ZoneId.of("Asia/Shanghai"))))
                .isEqualTo(new Term(2026, AUTUMN));
    }

    @Test
    void stepsToTheNextAndThePreviousTermAcrossTheNewYear() {
        assertThat(new Term(2026, AUTUMN).next()).isEqualTo(new Term(2027, SPRING));
        assertThat(new Term(2026, SPRING).next()).isEqualTo(new Term(2026, AUTUMN));
        assertThat(new Term(2027, SPRING).previous()).isEqualTo(new Term(2026, AUTUMN));
        assertThat(new Term(2026, AUTUMN).previous()).isEqualTo(new Term(2026, SPRING));
    }

    @Test
    void offersTheTermsAroundItNewestFirstWithAChosenTermOutsideThemInItsPlace() {
        Term current = new Term(2026, AUTUMN);

        assertThat(current.around(2, 1))
                .extracting(Term::code)
                .containsExactly("2027-SPRING", "2026-AUTUMN", "2026-SPRING", "2025-AUTUMN");
        assertThat(current.around(1, 0, new Term(2020, SPRING)))
                .extracting(Term::code)
                .containsExactly("2026-AUTUMN", "2026-SPRING", "2020-SPRING");
        assertThat(current.around(1, 0, new Term(2026, SPRING))).hasSize(2);
    }

    @Test
    void offersNoTermBeyondTheOnesThePlatformKnows() {
        assertThat(new Term(2000, AUTUMN).around(3, 0))
                .extracting(Term::code)
                .containsExactly("2000-AUTUMN", "2000-SPRING");
        assertThat(new Term(2100, SPRING).around(0, 3))
                .extracting(Term::code)
                .containsExactly("2100-AUTUMN", "2100-SPRING");
    }

    @Test
    void readsALenientFilterAsTheFallbackWhenNothingReadableIsWritten() {
        Term fallback = new Term(2026, AUTUMN);

        assertThat(Term.parseOr("2025年春季学期", fallback)).isEqualTo(new Term(2025, SPRING));
        assertThat(Term.parseOr("", fallback)).isEqualTo(fallback);
        assertThat(Term.parseOr(null, fallback)).isEqualTo(fallback);
        assertThat(Term.parseOr("下学期", fallback)).isEqualTo(fallback);
    }

    @Test
    void knowsTheTwoTermsOfItsSchoolYear() {
        assertThat(new Term(2027, SPRING).schoolYearTerms())
                .containsExactly(new Term(2026, AUTUMN), new Term(2027, SPRING));
        assertThat(new Term(2026, AUTUMN).schoolYearTerms())
                .containsExactly(new Term(2026, AUTUMN), new Term(2027, SPRING));
    }
}
