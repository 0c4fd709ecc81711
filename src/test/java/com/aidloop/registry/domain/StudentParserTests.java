package com.aidloop.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.aidloop.registry.People;
import com.aidloop.registry.StudentInput;
import com.aidloop.registry.StudentInput.CardInput;
import com.aidloop.registry.StudentInput.MemberInput;
import com.aidloop.shared.FieldProblem;
import com.aidloop.shared.Gender;
import com.aidloop.shared.IdDocumentType;
import com.aidloop.shared.IdNumber;
import com.aidloop.shared.InvalidInput;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class StudentParserTests {

    private static StudentInput pupil() {
        return People.pupil("李明", 7L);
    }

    private static StudentInput with(UnaryOperator<Fields> change) {
        return change.apply(new Fields(pupil())).build();
    }

    private static List<FieldProblem> problemsOf(StudentInput input) {
        try {
            StudentParser.parse(input);
        } catch (InvalidInput e) {
            return e.problems();
        }
        throw new AssertionError("input was accepted");
    }

    @Test
    void acceptsAValidPupilWithHouseholdAndAidCard() {
        var parsed = StudentParser.parse(pupil());

        assertThat(parsed.facts().name()).isEqualTo("李明");
        assertThat(parsed.household()).hasSize(2);
        assertThat(parsed.aidCard().luhnWarning()).isFalse();
    }

    @Test
    void normalisesFullWidthDigitsAndSpacesInTheIdNumber() {
        String id = People.childId(true);
        String typed = toFullWidth(id.substring(0, 6)) + " " + id.substring(6, 14) + "　"
                + id.substring(14).toLowerCase();

        var parsed = StudentParser.parse(with(f -> f.idNumber(typed)));

        assertThat(parsed.facts().document().number()).isEqualTo(id);
    }

    @Test
    void rejectsAnIdNumberWithAWrongCheckDigitUnderTheIdField() {
        String id = People.childId(true);
        char wrong = id.charAt(17) == '1' ? '2' : '1';

        assertThat(problemsOf(with(f -> f.idNumber(id.substring(0, 17) + wrong))))
                .extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("idNumber", "id.checkDigit"));
    }

    @Test
    void checksAHongKongMacaoTaiwanResidencePermitLikeAnIdCard() {
        String first17 = "81000020140301003";
        String permit = first17 + IdNumber.checkCharacter(first17);

        var parsed = StudentParser.parse(with(f -> f.idType("港澳台居民居住证").idNumber(permit)));

        assertThat(parsed.facts().document().type()).isEqualTo(IdDocumentType.HMT_RESIDENCE_PERMIT);
        assertThat(parsed.facts().gender()).isEqualTo(Gender.MALE);
        assertThat(problemsOf(with(f -> f.idType("港澳台居民居住证").idNumber(first17 + wrongCheck(first17)))))
                .extracting(FieldProblem::code)
                .containsExactly("id.checkDigit");
    }

    @Test
    void refusesAResidencePermitWithAMainlandAddressCodeAndTheReverse() {
        String first17 = "81000020140301003";
        String permit = first17 + IdNumber.checkCharacter(first17);

        assertThat(problemsOf(with(f -> f.idType("港澳台居民居住证").idNumber(People.childId(true)))))
                .extracting(FieldProblem::code)
                .containsExactly("student.idNumber.hmtAddress");
        assertThat(problemsOf(with(f -> f.idNumber(permit))))
                .extracting(FieldProblem::code)
                .containsExactly("student.idNumber.isHmtPermit");
    }

    @Test
    void acceptsOtherDocumentsOfFiveToThirtyLettersAndDigits() {
        var parsed = StudentParser.parse(
                with(f -> f.idType("外国护照").idNumber(" e 1234 5678 ").gender("女")));

        assertThat(parsed.facts().document().number()).isEqualTo("E12345678");
        assertThat(problemsOf(with(f -> f.idType("外国护照").idNumber("E12").gender("女"))))
                .extracting(FieldProblem::code)
                .containsExactly("student.idNumber.otherFormat");
        assertThat(problemsOf(with(f -> f.idType("外国护照").idNumber("E1234#5678").gender("女"))))
                .extracting(FieldProblem::code)
                .containsExactly("student.idNumber.otherFormat");
        assertThat(problemsOf(with(f -> f.idType("外国护照").idNumber("E12345678"))))
                .extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("gender", "student.gender.required"));
    }

    @Test
    void takesTheGenderFromTheIdNumberAndRefusesAContradiction() {
        String girl = People.childId(false);

        assertThat(StudentParser.parse(with(f -> f.idNumber(girl))).facts().gender())
                .isEqualTo(Gender.FEMALE);
        assertThat(problemsOf(with(f -> f.idNumber(girl).gender("男"))))
                .extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("gender", "student.gender.mismatch"));
    }

    @Test
    void checksTheShapeOfTheStudentNumber() {
        String id = People.childId(true);

        assertThat(StudentParser.parse(with(f -> f.studentNumber("g" + id)))
                        .facts()
                        .studentNumber()
                        .value())
                .isEqualTo("G" + id);
        assertThat(StudentParser.parse(with(f -> f.studentNumber("J43062620140301123X")))
                        .facts()
                        .studentNumber())
                .isNotNull();
        assertThat(StudentParser.parse(with(f -> f.studentNumber("L430626201403014567")))
                        .facts()
                        .studentNumber())
                .isNotNull();
        assertThat(problemsOf(with(f -> f.studentNumber("X" + id))))
                .extracting(FieldProblem::code)
                .containsExactly("student.studentNumber.format");
        assertThat(problemsOf(with(f -> f.studentNumber("G" + id.substring(1)))))
                .extracting(FieldProblem::code)
                .containsExactly("student.studentNumber.format");
    }

    @Test
    void refusesAVillageThatIsNotInTheTownship() {
        assertThat(problemsOf(with(f -> f.village(People.OTHER_VILLAGE))))
                .extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("householdVillage", "student.householdVillage.notInTownship"));
        assertThat(StudentParser.parse(with(f -> f.village(""))).facts().householdVillage())
                .isNull();
    }

    @Test
    void listsEveryProblemOfTheFormAtOnce() {
        StudentInput bad = new StudentInput(
                "",
                null,
                "居民身份证",
                "123",
                "G1",
                null,
                "",
                null,
                "4306",
                null,
                "城里",
                List.of(new MemberInput(null, "", "舅舅", true, null, null, "12345", null, "-1", null)),
                new CardInput("", "6217"));

        assertThat(problemsOf(bad))
                .extracting(FieldProblem::field)
                .containsExactly(
                        "name",
                        "idNumber",
                        "studentNumber",
                        "schoolId",
                        "grade",
                        "householdTownship",
                        "residence",
                        "household[0].name",
                        "household[0].relation",
                        "household[0].phone",
                        "household[0].annualIncome",
                        "aidCard.bank",
                        "aidCard.cardNumber");
    }

    @Test
    void aCardFailingTheLuhnCheckIsKeptWithAWarning() {
        String card = People.cardNumber();
        String broken = card.substring(0, 18) + (char) ('0' + (card.charAt(18) - '0' + 1) % 10);

        var parsed = StudentParser.parse(with(f -> f.card(new CardInput("平江农商银行", broken))));

        assertThat(parsed.aidCard().luhnWarning()).isTrue();
    }

    @Test
    void onRevisionBlankSensitiveFieldsKeepTheStoredValues() {
        var original = StudentParser.parse(with(f -> f.studentNumber("L430626201403014567")));
        Student stored = Student.restore(
                11,
                2,
                original.facts(),
                List.of(
                        original.household().get(0).withId(21),
                        original.household().get(1).withId(22)),
                original.aidCard());
        StudentInput blanked = with(f -> f.idNumber("")
                .studentNumber(" ")
                .card(new CardInput("中国农业银行平江县支行", ""))
                .household(List.of(new MemberInput(21L, "李建国", "父亲", true, null, "", "", "平江县建筑公司", "", ""))));

        var revised = StudentParser.parse(blanked, stored);

        assertThat(revised.facts().document()).isEqualTo(original.facts().document());
        assertThat(revised.facts().studentNumber()).isEqualTo(original.facts().studentNumber());
        assertThat(revised.aidCard().number()).isEqualTo(original.aidCard().number());
        HouseholdMember father = revised.household().get(0);
        HouseholdMember before = original.household().get(0);
        assertThat(father.id()).isEqualTo(21);
        assertThat(father.document()).isEqualTo(before.document());
        assertThat(father.phone()).isEqualTo(before.phone());
        assertThat(father.annualIncome()).isEqualTo(before.annualIncome());
        assertThat(father.health()).isEqualTo(before.health());
    }

    @Test
    void aNewMemberWithoutStoredValuesStaysWithoutThem() {
        var parsed = StudentParser.parse(with(f -> f.household(
                List.of(new MemberInput(99L, "李建国", "父亲", true, null, "", People.mobile(), null, "", "")))));

        HouseholdMember father = parsed.household().get(0);
        assertThat(father.id()).isNull();
        assertThat(father.document()).isNull();
        assertThat(father.annualIncome()).isNull();
    }

    private static String wrongCheck(String first17) {
        return IdNumber.checkCharacter(first17) == '1' ? "2" : "1";
    }

    private static String toFullWidth(String digits) {
        StringBuilder s = new StringBuilder();
        digits.chars().forEach(c -> s.append((char) (c + 0xfee0)));
        return s.toString();
    }

    /** Changes one field of an input at a time. */
    record Fields(StudentInput s) {
        Fields idType(String v) {
            return new Fields(new StudentInput(
                    s.name(),
                    s.gender(),
                    v,
                    s.idNumber(),
                    s.studentNumber(),
                    s.schoolId(),
                    s.grade(),
                    s.className(),
                    s.householdTownship(),
                    s.householdVillage(),
                    s.residence(),
                    s.household(),
                    s.aidCard()));
        }

        Fields idNumber(String v) {
            return new Fields(new StudentInput(
                    s.name(),
                    s.gender(),
                    s.idType(),
                    v,
                    s.studentNumber(),
                    s.schoolId(),
                    s.grade(),
                    s.className(),
                    s.householdTownship(),
                    s.householdVillage(),
                    s.residence(),
                    s.household(),
                    s.aidCard()));
        }

        Fields gender(String v) {
            return new Fields(new StudentInput(
                    s.name(),
                    v,
                    s.idType(),
                    s.idNumber(),
                    s.studentNumber(),
                    s.schoolId(),
                    s.grade(),
                    s.className(),
                    s.householdTownship(),
                    s.householdVillage(),
                    s.residence(),
                    s.household(),
                    s.aidCard()));
        }

        Fields studentNumber(String v) {
            return new Fields(new StudentInput(
                    s.name(),
                    s.gender(),
                    s.idType(),
                    s.idNumber(),
                    v,
                    s.schoolId(),
                    s.grade(),
                    s.className(),
                    s.householdTownship(),
                    s.householdVillage(),
                    s.residence(),
                    s.household(),
                    s.aidCard()));
        }

        Fields village(String v) {
            return new Fields(new StudentInput(
                    s.name(),
                    s.gender(),
                    s.idType(),
                    s.idNumber(),
                    s.studentNumber(),
                    s.schoolId(),
                    s.grade(),
                    s.className(),
                    s.householdTownship(),
                    v,
                    s.residence(),
                    s.household(),
                    s.aidCard()));
        }

        Fields household(List<MemberInput> v) {
            return new Fields(new StudentInput(
                    s.name(),
                    s.gender(),
                    s.idType(),
                    s.idNumber(),
                    s.studentNumber(),
                    s.schoolId(),
                    s.grade(),
                    s.className(),
                    s.householdTownship(),
                    s.householdVillage(),
                    s.residence(),
                    v,
                    s.aidCard()));
        }

        Fields card(CardInput v) {
            return new Fields(new StudentInput(
                    s.name(),
                    s.gender(),
                    s.idType(),
                    s.idNumber(),
                    s.studentNumber(),
                    s.schoolId(),
                    s.grade(),
                    s.className(),
                    s.householdTownship(),
                    s.householdVillage(),
                    s.residence(),
                    s.household(),
                    v));
        }

        StudentInput build() {
            return s;
        }
    }
}
