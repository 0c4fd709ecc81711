package com.aidloop.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumberTests {

    // Both examples are printed in GB 11643-1999 itself.
    private static final String STANDARD_EXAMPLE_FEMALE = "11010519491231002X";
    private static final String STANDARD_EXAMPLE_MALE = "440524188001010014";

    @Test
    void acceptsTheExamplesPublishedInTheStandard() {
        assertThat(IdNumber.parse(STANDARD_EXAMPLE_FEMALE).value()).isEqualTo(STANDARD_EXAMPLE_FEMALE);
        assertThat(IdNumber.parse(STANDARD_EXAMPLE_MALE).value()).isEqualTo(STANDARD_EXAMPLE_MALE);
    }

    @Test
    void computesTheCheckCharacterOfThePublishedExamples() {
        assertThat(IdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(IdNumber.checkCharacter("44052418800101001")).isEqualTo('4');
    }

    @ParameterizedTest
    @ValueSource(strings = {"430626201003152382", "360728200911082012", "522624201305150033", "430626202402290015"})
    void acceptsValidNumbersOfCountiesStudentsComeFrom(String id) {
        assertThat(IdNumber.parse(id).value()).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"810000199408230021", "820000200009100032", "830000199201300022"})
    void acceptsHongKongMacaoAndTaiwanResidencePermitNumbers(String id) {
        assertThat(IdNumber.parse(id).addressCode()).endsWith("0000");
    }

    @Test
    void acceptsAValidNumberThatHappensToEndIn000() {
        assertThat(IdNumber.parse("430626201201010000").value()).isEqualTo("430626201201010000");
    }

    @Test
    void rejectsIdNumberWithWrongCheckDigit() {
        InvalidValue rejected = Rejection.of(() -> IdNumber.parse("110105194912310021"));

        assertThat(rejected.code()).isEqualTo("id.checkDigit");
        assertThat(rejected.getLocalizedMessage()).isEqualTo("证件号码校验位错误，请核对后重新填写");
    }

    @Test
    void rejectsFebruary29thInANonLeapYear() {
        InvalidValue rejected = Rejection.of(() -> IdNumber.parse("430626202302290018"));

        assertThat(rejected.code()).isEqualTo("id.birthDate");
        assertThat(rejected.getLocalizedMessage()).contains("20230229").contains("不存在");
    }

    @Test
    void rejectsMonthThirteen() {
        assertThat(Rejection.of(() -> IdNumber.parse("430626202413010015")).code())
                .isEqualTo("id.birthDate");
    }

    @Test
    void rejectsBirthAfterToday() {
        String tomorrow =
                LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).format(DateTimeFormatter.BASIC_ISO_DATE);
        String first17 = "430626" + tomorrow + "001";

        InvalidValue rejected = Rejection.of(() -> IdNumber.parse(first17 + IdNumber.checkCharacter(first17)));

        assertThat(rejected.code()).isEqualTo("id.birthDateOutOfRange");
        assertThat(rejected.getLocalizedMessage()).contains(tomorrow).contains("晚于今天");
    }

    @Test
    void rejectsBirthBefore1800() {
        String first17 = "44052417991231001";

        assertThat(Rejection.of(() -> IdNumber.parse(first17 + IdNumber.checkCharacter(first17)))
                        .code())
                .isEqualTo("id.birthDateOutOfRange");
    }

    @Test
    void rejectsOldFifteenDigitNumbersWithTheirOwnMessage() {
        InvalidValue rejected = Rejection.of(() -> IdNumber.parse("430626100315238"));

        assertThat(rejected.code()).isEqualTo("id.fifteenDigits");
        assertThat(rejected.getLocalizedMessage()).contains("15位").contains("18位");
    }

    @ParameterizedTest
    @ValueSource(strings = {"4.30626E+17", "4.30626e+17", "4.30626201003152E+17", "４.３０６２６Ｅ＋１７"})
    void recognisesScientificNotationFromSpreadsheets(String shown) {
        InvalidValue rejected = Rejection.of(() -> IdNumber.parse(shown));

        assertThat(rejected.code()).isEqualTo("id.scientificNotation");
        assertThat(rejected.getLocalizedMessage()).contains("科学计数法").contains("文本格式");
    }

    @Test
    void explainsANumberThatASpreadsheetCutTo15SignificantDigits() {
        // 430626201012312157 typed into a number cell comes back with its last three digits zeroed.
        InvalidValue rejected = Rejection.of(() -> IdNumber.parse("430626201012312000"));

        assertThat(rejected.code()).isEqualTo("id.excelTruncated");
        assertThat(rejected.getLocalizedMessage()).contains("前15位").contains("文本格式");
    }

    @Test
    void callsAWrongCheckDigitJustThatWhenTheNumberDoesNotEndIn000() {
        assertThat(Rejection.of(() -> IdNumber.parse("430626201012312150")).code())
                .isEqualTo("id.checkDigit");
    }

    @Test
    void normalisesFullWidthDigitsAndIdeographicSpaces() {
        IdNumber id = IdNumber.parse("　４３０６２６　２０１００３１５　２３８２　");

        assertThat(id.value()).isEqualTo("430626201003152382");
    }

    @Test
    void normalisesLowercaseXToUppercase() {
        IdNumber typed = IdNumber.parse("11010519491231002x");

        assertThat(typed.value()).isEqualTo(STANDARD_EXAMPLE_FEMALE);
        assertThat(typed).isEqualTo(new IdNumber(STANDARD_EXAMPLE_FEMALE));
        assertThat(IdNumber.parse("11010519491231002ｘ").value()).isEqualTo(STANDARD_EXAMPLE_FEMALE);
    }

    @Test
    void rejectsLettersInsideTheNumber() {
        assertThat(Rejection.of(() -> IdNumber.parse("43062620100315238A")).code())
                .isEqualTo("id.characters");
        assertThat(Rejection.of(() -> IdNumber.parse("4306262010031X2382")).code())
                .isEqualTo("id.characters");
    }

    @Test
    void rejectsAWrongLengthSayingHowLongItIs() {
        InvalidValue rejected = Rejection.of(() -> IdNumber.parse("43062620100315238"));

        assertThat(rejected.code()).isEqualTo("id.length");
        assertThat(rejected.getLocalizedMessage()).isEqualTo("证件号码应为18位，当前为17位，请核对后重新填写");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u3000"})
    void requiresANumber(String blank) {
        assertThat(Rejection.of(() -> IdNumber.parse(blank)).code()).isEqualTo("id.required");
    }

    @Test
    void readsBirthDateAndGender() {
        IdNumber female = IdNumber.parse(STANDARD_EXAMPLE_FEMALE);
        IdNumber male = IdNumber.parse(STANDARD_EXAMPLE_MALE);

        assertThat(female.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(female.gender()).isEqualTo(Gender.FEMALE);
        assertThat(male.birthDate()).isEqualTo(LocalDate.of(1880, 1, 1));
        assertThat(male.gender()).isEqualTo(Gender.MALE);
    }

    @Test
    void readsTheAddressCodeOfFirstRegistration() {
        assertThat(IdNumber.parse("430626201003152382").addressCode()).isEqualTo("430626");
    }

    @Test
    void masksItselfInToString() {
        IdNumber id = IdNumber.parse("430626201003152382");

        assertThat(id.toString()).isEqualTo("430626********2382").doesNotContain("20100315");
        assertThat(id.masked()).isEqualTo(id.toString());
        assertThat(String.valueOf(java.util.List.of(id))).doesNotContain("430626201003152382");
    }

    @Test
    void keepsTheFullNumberOutOfItsRejections() {
        InvalidValue rejected = Rejection.of(() -> IdNumber.parse("110105194912310021"));

        assertThat(rejected.toString()).doesNotContain("110105194912310021");
        assertThat(rejected.getLocalizedMessage()).doesNotContain("110105194912310021");
    }
}
