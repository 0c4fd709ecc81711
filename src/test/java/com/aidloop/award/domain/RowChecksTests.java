package com.aidloop.award.domain;

import static com.aidloop.award.domain.RosterColumn.AMOUNT;
import static com.aidloop.award.domain.RosterColumn.BANK;
import static com.aidloop.award.domain.RosterColumn.CARD_NUMBER;
import static com.aidloop.award.domain.RosterColumn.DIFFICULTY_LEVEL;
import static com.aidloop.award.domain.RosterColumn.DIFFICULTY_TYPE;
import static com.aidloop.award.domain.RosterColumn.GENDER;
import static com.aidloop.award.domain.RosterColumn.GRADE;
import static com.aidloop.award.domain.RosterColumn.GUARDIAN_ID_NUMBER;
import static com.aidloop.award.domain.RosterColumn.HOUSEHOLD_TOWNSHIP;
import static com.aidloop.award.domain.RosterColumn.HOUSEHOLD_VILLAGE;
import static com.aidloop.award.domain.RosterColumn.ID_NUMBER;
import static com.aidloop.award.domain.RosterColumn.PHONE;
import static com.aidloop.award.domain.RosterColumn.PROGRAMME;
import static com.aidloop.award.domain.RosterColumn.REMARK;
import static com.aidloop.award.domain.RosterColumn.SCHOOL_CODE;
import static com.aidloop.award.domain.RosterColumn.SCHOOL_NAME;
import static com.aidloop.award.domain.RosterColumn.SPECIAL_CHANNEL;
import static com.aidloop.award.domain.RosterColumn.TERM;
import static com.aidloop.award.domain.RosterColumn.TIER;
import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.award.Rosters;
import com.aidloop.iam.DataScope;
import com.aidloop.programme.Catalogues;
import com.aidloop.registry.People;
import com.aidloop.registry.RegisteredCard;
import com.aidloop.school.Stage;
import com.aidloop.shared.Masking;
import com.aidloop.shared.Term;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks of one roster row, each rule by its behaviour; no database. */
class RowChecksTests {

    private static final Term AUTUMN_2026 = new Term(2026, Term.Semester.AUTUMN);
    private static final DataScope COUNTY = DataScope.region("430626");

    private final FakeLookups lookups = new FakeLookups();

    private CheckedRow check(Rosters.Line line) {
        return check(line, COUNTY, AUTUMN_2026);
    }

    private CheckedRow check(Rosters.Line line, DataScope scope, Term term) {
        String[] cells = new String[RosterColumn.values().length];
        for (RosterColumn c : RosterColumn.values()) {
            cells[c.ordinal()] = line.get(c);
        }
        return new RowChecks(term, scope, lookups, Catalogues.catalogue(term.code())).check(RosterRow.of(5, cells));
    }

    private static List<String> codes(CheckedRow row) {
        return row.problems().stream().map(p -> p.column() + ":" + p.code()).toList();
    }

    @Test
    void acceptsACleanRowResolvingSchoolStageDivisionsAndProgramme() {
        CheckedRow row = check(Rosters.pupil("李明").set(HOUSEHOLD_VILLAGE, "月田村"));

        assertThat(row.problems()).isEmpty();
        assertThat(row.school()).isEqualTo(FakeLookups.SANSHI_PRIMARY);
        assertThat(row.stage()).isEqualTo(Stage.PRIMARY);
        assertThat(row.townshipCode()).isEqualTo("430626102");
        assertThat(row.villageCode()).isEqualTo("430626102201");
        assertThat(row.programmeCode()).isEqualTo("PRIMARY_LIVING_SUBSIDY");
        assertThat(row.tier()).isEqualTo("寄宿生");
        assertThat(row.amount().toString()).isEqualTo("500.00");
        assertThat(row.specialChannel()).isFalse();
    }

    @Test
    void readsFullWidthCharactersAndStraySpaces() {
        Rosters.Line line = Rosters.pupil("李明");
        String id = line.get(ID_NUMBER);
        StringBuilder fullWidth = new StringBuilder(" ");
        id.chars().forEach(c -> fullWidth.append((char) (c + 0xfee0)));
        line.set(ID_NUMBER, fullWidth.append(" ").toString())
                .set(AMOUNT, "５００．００")
                .set(SCHOOL_CODE, " 2143062611 ");

        CheckedRow row = check(line);

        assertThat(row.problems()).isEmpty();
        assertThat(row.idNumber()).isEqualTo(id);
    }

    @Test
    void explainsAnIdNumberThatExcelShowsInScientificNotation() {
        CheckedRow row = check(Rosters.pupil("李明").set(ID_NUMBER, "4.30624E+17"));

        assertThat(codes(row)).containsExactly("ID_NUMBER:id.scientificNotation");
    }

    @Test
    void explainsAnIdNumberWhoseLastDigitsExcelReplacedWithZeros() {
        String truncated;
        do {
            truncated = People.childId(true).substring(0, 15) + "000";
        } while (com.aidloop.shared.IdNumber.checkCharacter(truncated.substring(0, 17)) == '0');

        CheckedRow row = check(Rosters.pupil("李明").set(ID_NUMBER, truncated));

        assertThat(codes(row)).containsExactly("ID_NUMBER:id.excelTruncated");
    }

    @Test
    void reportsAWrongCheckDigitUnderTheIdNumberColumn() {
        String id = People.childId(true);
        String wrong = id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');

        CheckedRow row = check(Rosters.pupil("李明").set(ID_NUMBER, wrong));

        assertThat(codes(row)).containsExactly("ID_NUMBER:id.checkDigit");
        assertThat(row.hasErrors()).isTrue();
    }

    @Test
    void refusesAGenderThatContradictsTheIdNumber() {
        CheckedRow row = check(Rosters.pupil("李明").set(GENDER, "女"));

        assertThat(codes(row)).containsExactly("GENDER:student.gender.mismatch");
    }

    @Test
    void refusesAnUnknownSchoolCodeAndOneThatExcelTurnedIntoANumber() {
        assertThat(codes(check(Rosters.pupil("李明").set(SCHOOL_CODE, "2143069999"))))
                .contains("SCHOOL_CODE:award.school.unknown");
        assertThat(codes(check(Rosters.pupil("李明").set(SCHOOL_CODE, "2.14306E+9"))))
                .contains("SCHOOL_CODE:award.school.scientificNotation");
    }

    @Test
    void refusesASchoolOutsideTheUploadersScope() {
        CheckedRow row = check(Rosters.pupil("李明").set(SCHOOL_CODE, FakeLookups.OTHER_COUNTY.code()));

        assertThat(codes(row)).contains("SCHOOL_CODE:award.school.outsideScope");
    }

    @Test
    void schoolStaffMayImportOnlyRowsOfTheirOwnSchool() {
        DataScope anding = DataScope.school(FakeLookups.ANDING_PRIMARY.id());

        assertThat(codes(check(Rosters.pupil("李明"), anding, AUTUMN_2026)))
                .contains("SCHOOL_CODE:award.school.notOwnSchool");
        assertThat(check(
                                Rosters.pupil("李明")
                                        .set(SCHOOL_CODE, "2143062612")
                                        .set(SCHOOL_NAME, "")
                                        .set(HOUSEHOLD_TOWNSHIP, "安定镇"),
                                anding,
                                AUTUMN_2026)
                        .problems())
                .isEmpty();
    }

    @Test
    void warnsWhenTheSchoolNameDiffersFromTheCode() {
        CheckedRow row = check(Rosters.pupil("李明").set(SCHOOL_NAME, "三市小学"));

        assertThat(codes(row)).containsExactly("SCHOOL_NAME:award.school.nameDiffers");
        assertThat(row.hasErrors()).isFalse();
    }

    @Test
    void suggestsTheClosestTownshipsOfTheSchoolsCounty() {
        CheckedRow row = check(Rosters.pupil("李明").set(HOUSEHOLD_TOWNSHIP, "三氏镇"));

        assertThat(row.problems()).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo(HOUSEHOLD_TOWNSHIP);
            assertThat(p.code()).isEqualTo("award.township.unknownSuggest");
            assertThat(p.args()).containsExactly("三氏镇", "平江县", "三市镇");
        });
    }

    @Test
    void asksForTheFullNameWhenATownshipNameIsAmbiguous() {
        assertThat(codes(check(Rosters.pupil("李明").set(HOUSEHOLD_TOWNSHIP, "安市镇"))))
                .containsExactly("HOUSEHOLD_TOWNSHIP:award.township.ambiguous");
    }

    @Test
    void refusesAVillageThatIsNotOneOfTheTownships() {
        CheckedRow row = check(Rosters.pupil("李明").set(HOUSEHOLD_VILLAGE, "田心村"));

        assertThat(codes(row)).containsExactly("HOUSEHOLD_VILLAGE:award.village.unknownSuggest");
    }

    @Test
    void onlyWarnsAboutAVillageWhenTheCountysVillagesAreNotLoaded() {
        lookups.villagesLoaded = false;

        CheckedRow row = check(Rosters.pupil("李明").set(HOUSEHOLD_VILLAGE, "田心村"));

        assertThat(codes(row)).containsExactly("HOUSEHOLD_VILLAGE:award.village.notChecked");
        assertThat(row.villageCode()).isNull();
    }

    @Test
    void refusesAProgrammeThatDoesNotApplyToTheStudentsStage() {
        CheckedRow row = check(
                Rosters.pupil("李明").set(PROGRAMME, "普通高中国家助学金").set(TIER, "一档").set(AMOUNT, "1750"));

        assertThat(codes(row)).containsExactly("PROGRAMME:programme.check.notForStage");
    }

    @Test
    void takesTheStageFromTheGradeInASchoolOfTwoStages() {
        Rosters.Line junior = Rosters.pupil("李明")
                .set(SCHOOL_CODE, FakeLookups.NINE_YEAR.code())
                .set(SCHOOL_NAME, "")
                .set(GRADE, "八年级")
                .set(AMOUNT, "625.00");

        CheckedRow row = check(junior);

        assertThat(row.problems()).isEmpty();
        assertThat(row.stage()).isEqualTo(Stage.JUNIOR_SECONDARY);
        assertThat(codes(check(junior.copy().set(GRADE, "毕业班")))).containsExactly("GRADE:award.grade.stageUnclear");
    }

    @Test
    void refusesAGradeOfAStageTheSchoolDoesNotTeach() {
        assertThat(codes(check(Rosters.pupil("李明").set(GRADE, "高一"))))
                .containsExactly("GRADE:award.grade.stageMismatch");
    }

    @Test
    void refusesAnAmountThatDiffersFromTheStandardOfTheTierAndTerm() {
        CheckedRow row = check(Rosters.pupil("李明").set(AMOUNT, "520.00"));

        assertThat(row.problems()).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo(AMOUNT);
            assertThat(p.code()).isEqualTo("programme.check.amountMismatch");
            assertThat(p.args()).contains("520.00", "500.00");
        });
    }

    @Test
    void refusesAnUnknownTierAndAMissingOne() {
        assertThat(codes(check(Rosters.pupil("李明").set(TIER, "四档"))))
                .containsExactly("TIER:programme.check.tierUnknown");
        assertThat(codes(check(Rosters.pupil("李明").set(TIER, "")))).containsExactly("TIER:programme.check.tierMissing");
    }

    @Test
    void refusesATierThatWasNotPaidYetInTheTerm() {
        Term spring2019 = new Term(2019, Term.Semester.SPRING);

        CheckedRow row =
                check(Rosters.pupil("李明").set(TIER, "非寄宿生").set(AMOUNT, "250").set(TERM, ""), COUNTY, spring2019);

        assertThat(codes(row)).containsExactly("TIER:programme.check.tierUnknown");
    }

    @Test
    void refusesARowWhoseTermIsNotTheImportsTerm() {
        assertThat(codes(check(Rosters.pupil("李明").set(TERM, "2027年春季学期"))))
                .containsExactly("TERM:award.term.mismatch");
        assertThat(check(Rosters.pupil("李明").set(TERM, "")).problems()).isEmpty();
    }

    @Test
    void refusesAnAmountThatIsNotANumberOrNotPositive() {
        assertThat(codes(check(Rosters.pupil("李明").set(AMOUNT, "五百")))).containsExactly("AMOUNT:money.format");
        assertThat(codes(check(Rosters.pupil("李明").set(AMOUNT, "0"))))
                .containsExactly("AMOUNT:award.amount.notPositive");
    }

    @Test
    void checksTheGuardiansIdNumberAndPhone() {
        String guardian = People.idNumber(1985, true);
        String wrong = guardian.substring(0, 17) + (guardian.charAt(17) == '1' ? '2' : '1');

        assertThat(codes(check(Rosters.pupil("李明").set(GUARDIAN_ID_NUMBER, wrong))))
                .containsExactly("GUARDIAN_ID_NUMBER:id.checkDigit");
        assertThat(codes(check(Rosters.pupil("李明").set(PHONE, "1380013800")))).containsExactly("PHONE:phone.format");
        assertThat(codes(check(Rosters.pupil("李明").set(PHONE, ""))))
                .containsExactly("PHONE:member.guardian.phoneRequired");
    }

    @Test
    void onlyWarnsAboutACardThatFailsTheLuhnCheck() {
        String card = People.cardNumber();
        String failing = card.substring(0, 18) + (char) ('0' + (card.charAt(18) - '0' + 1) % 10);

        CheckedRow row = check(Rosters.pupil("李明").set(CARD_NUMBER, failing));

        assertThat(codes(row)).containsExactly("CARD_NUMBER:card.luhnWarning");
        assertThat(row.hasErrors()).isFalse();
        assertThat(row.cardNumber()).isEqualTo(failing);
    }

    @Test
    void takesABlankCardFromTheStudentsRegistryRecordAndSaysSo() {
        Rosters.Line line = Rosters.pupil("李明").set(CARD_NUMBER, "").set(BANK, "");
        String card = People.cardNumber();
        lookups.registeredCards.put(line.get(ID_NUMBER), new RegisteredCard("平江农商银行", card));

        CheckedRow row = check(line);

        assertThat(row.hasErrors()).isFalse();
        assertThat(row.cardNumber()).isEqualTo(card);
        assertThat(row.bank()).isEqualTo("平江农商银行");
        assertThat(row.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.NOTICE);
            assertThat(p.column()).isEqualTo(CARD_NUMBER);
            assertThat(p.row()).isEqualTo(5);
            assertThat(p.code()).isEqualTo("award.card.fromRegistry");
            assertThat(p.args()).containsExactly("平江农商银行", Masking.bankCard(card));
        });
    }

    @Test
    void warnsWithoutRefusingWhenTheStudentHasNoCardAnywhere() {
        CheckedRow row = check(Rosters.pupil("李明").set(CARD_NUMBER, "").set(BANK, ""));

        assertThat(row.hasErrors()).isFalse();
        assertThat(row.cardNumber()).isNull();
        assertThat(row.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.code()).isEqualTo("award.card.missingEverywhere");
        });
    }

    @Test
    void keepsATypedCardAndAsksNoCardForProgrammesPaidToTheSchool() {
        Rosters.Line typed = Rosters.pupil("李明");
        lookups.registeredCards.put(typed.get(ID_NUMBER), new RegisteredCard("平江农商银行", People.cardNumber()));
        assertThat(check(typed).cardNumber()).isEqualTo(typed.get(CARD_NUMBER));
        assertThat(check(typed).problems()).isEmpty();

        lookups.settledWithSchool.add("PRIMARY_LIVING_SUBSIDY");
        CheckedRow blank = check(Rosters.pupil("王芳").set(CARD_NUMBER, "").set(BANK, ""));
        assertThat(blank.problems()).isEmpty();
        assertThat(blank.cardNumber()).isNull();
    }

    @Test
    void explainsACardNumberThatExcelTurnedIntoANumber() {
        assertThat(codes(check(Rosters.pupil("李明").set(CARD_NUMBER, "6.21799E+18"))))
                .containsExactly("CARD_NUMBER:award.card.scientificNotation");
    }

    @Test
    void marksTheSpecialChannelFromItsColumnOrFromTheRemark() {
        assertThat(check(Rosters.pupil("李明").set(SPECIAL_CHANNEL, "是")).specialChannel())
                .isTrue();
        assertThat(check(Rosters.pupil("李明").set(REMARK, "经绿色通道入学")).specialChannel())
                .isTrue();
        assertThat(check(Rosters.pupil("李明").set(REMARK, "特别通道").set(SPECIAL_CHANNEL, "否"))
                        .specialChannel())
                .isFalse();
        assertThat(codes(check(Rosters.pupil("李明").set(SPECIAL_CHANNEL, "可能"))))
                .containsExactly("SPECIAL_CHANNEL:award.specialChannel.unknown");
    }

    @Test
    void readsDifficultyTypesByTheirCommonShortNames() {
        assertThat(check(Rosters.pupil("李明").set(DIFFICULTY_TYPE, "低保户")).difficultyType())
                .isEqualTo("最低生活保障家庭学生");
        assertThat(codes(check(Rosters.pupil("李明").set(DIFFICULTY_TYPE, "富裕"))))
                .containsExactly("DIFFICULTY_TYPE:award.difficultyType.unknown");
        assertThat(codes(check(Rosters.pupil("李明").set(DIFFICULTY_LEVEL, "不困难"))))
                .containsExactly("DIFFICULTY_LEVEL:award.difficultyLevel.unknown");
    }

    @Test
    void reportsEveryProblemOfARowAtOnce() {
        CheckedRow row = check(Rosters.pupil("")
                .set(ID_NUMBER, "4.30624E+17")
                .set(HOUSEHOLD_TOWNSHIP, "三氏镇")
                .set(AMOUNT, "520")
                .set(PHONE, "12345"));

        assertThat(codes(row))
                .containsExactlyInAnyOrder(
                        "STUDENT_NAME:student.name.required",
                        "ID_NUMBER:id.scientificNotation",
                        "HOUSEHOLD_TOWNSHIP:award.township.unknownSuggest",
                        "AMOUNT:programme.check.amountMismatch",
                        "PHONE:phone.format");
        assertThat(row.problems()).allSatisfy(p -> assertThat(p.row()).isEqualTo(5));
    }
}
